package quizbot.telegram;

import quizbot.chat.Incoming;

/**
 * An update as the adapter handles it: the chat event, the key whose updates must be handled in
 * order (the chat, or the voter for poll answers), and what replying needs: the callback query to
 * answer and the pressed message to edit (both null unless a button was pressed), and the file to
 * download (null unless a document came).
 */
record Inbound(int updateId, long orderKey, Incoming event, String callbackQueryId, Integer messageId, String fileId) {

    /** The same update for replies sent later, after its button was answered: they edit nothing and answer no press. */
    Inbound withoutButton() {
        return new Inbound(updateId, orderKey, event, null, null, fileId);
    }
}
