package quizbot.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.PollAnswer;
import quizbot.chat.Incoming;
import quizbot.quiz.User;

/**
 * Telegram updates to chat events; updates the bot does not handle (edits, joins, channel posts)
 * and updates lacking what an event needs (a sender, a chat) map to nothing. Files are fetched
 * only from private chats. Stateless.
 */
final class UpdateMapper {

    private UpdateMapper() {
    }

    static Optional<Inbound> map(Update update) {
        int id = update.getUpdateId();
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null || query.getMessage().getChat() == null || query.getFrom() == null) {
                return Optional.empty(); // a button under an inline-mode message, or no chat to answer in: not ours
            }
            long chat = query.getMessage().getChatId();
            var press = new Incoming.Press(chat, isGroup(query.getMessage().getChat()), user(query.getFrom()), query.getData());
            return Optional.of(new Inbound(id, chat, press, query.getId(), query.getMessage().getMessageId(), null));
        }
        if (update.hasPollAnswer()) {
            PollAnswer answer = update.getPollAnswer();
            if (answer.getUser() == null) {
                return Optional.empty(); // an anonymous vote by a chat: not scored
            }
            var event = new Incoming.PollAnswer(user(answer.getUser()), answer.getPollId(), answer.getOptionIds());
            return Optional.of(new Inbound(id, answer.getUser().getId(), event, null, null, null));
        }
        if (update.hasMessage() && update.getMessage().getFrom() != null && update.getMessage().getChat() != null) {
            Message message = update.getMessage();
            long chat = message.getChatId();
            boolean group = isGroup(message.getChat());
            User from = user(message.getFrom());
            if (message.hasText()) {
                return Optional.of(new Inbound(id, chat, new Incoming.Text(chat, group, from, message.getText()), null, null, null));
            }
            if (message.hasDocument()) {
                Document document = message.getDocument();
                long size = document.getFileSize() == null ? 0 : document.getFileSize();
                var event = new Incoming.Document(chat, group, from, document.getFileName(), size, new byte[0]);
                return Optional.of(new Inbound(id, chat, event, null, null, group ? null : document.getFileId()));
            }
        }
        return Optional.empty();
    }

    private static boolean isGroup(Chat chat) {
        return Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat());
    }

    /** The learner's name as leaderboards show it: first and last name, else the username. */
    private static User user(org.telegram.telegrambots.meta.api.objects.User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null) {
            name = (name + " " + user.getLastName()).strip();
        }
        if (name.isBlank() && user.getUserName() != null) {
            name = "@" + user.getUserName();
        }
        return new User(user.getId(), name, user.getUserName());
    }
}
