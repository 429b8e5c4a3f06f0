package quizbot.chat;

import java.util.List;
import quizbot.quiz.User;

/** What a learner did in a chat. */
public sealed interface Incoming {

    /** Who did it; null for events the adapter makes itself (a poll's period ending). */
    User from();

    /** A message typed in a chat (commands start with "/"); {@code group} for groups and supergroups. */
    record Text(long chatId, boolean group, User from, String text) implements Incoming {
    }

    /** A press on a button the bot sent; {@code data} is the button's callback data, possibly forged or replayed. */
    record Press(long chatId, boolean group, User from, String data) implements Incoming {
    }

    /**
     * A file sent to the bot: its declared size, and its content, left empty when the file is too
     * large to fetch ({@link Conversation#MAX_DOCUMENT_BYTES}) or was sent in a group (files are
     * read in private chats only).
     */
    record Document(long chatId, boolean group, User from, String fileName, long size, byte[] content) implements Incoming {
        public Document {
            content = content.clone();
        }
    }

    /** The period of a group quiz's poll has ended (the adapter's timer says so). */
    record PollClosed(long chatId, long runId, int position) implements Incoming {
        @Override
        public User from() {
            return null;
        }
    }

    /** An answer to a poll the bot sent, by poll id and the chosen options. */
    record PollAnswer(User from, String pollId, List<Integer> optionIds) implements Incoming {
        public PollAnswer {
            optionIds = List.copyOf(optionIds);
        }
    }
}
