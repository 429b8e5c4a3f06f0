package quizbot.chat;

import java.util.List;
import quizbot.quiz.User;

/** What a learner did in a chat. */
public sealed interface Incoming {

    User from();

    /** A message typed in a chat (commands start with "/"). */
    record Text(long chatId, User from, String text) implements Incoming {
    }

    /** A press on a button the bot sent; {@code data} is the button's callback data, possibly forged or replayed. */
    record Press(long chatId, User from, String data) implements Incoming {
    }

    /** A file sent to the bot. */
    record Document(long chatId, User from, String fileName, byte[] content) implements Incoming {
        public Document {
            content = content.clone();
        }
    }

    /** An answer to a poll the bot sent, by poll id and the chosen options. */
    record PollAnswer(User from, String pollId, List<Integer> optionIds) implements Incoming {
        public PollAnswer {
            optionIds = List.copyOf(optionIds);
        }
    }
}
