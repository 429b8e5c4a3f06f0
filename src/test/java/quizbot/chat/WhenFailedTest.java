package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import quizbot.failure.QuizbotException;

/** What a chat says for each category of the bot's own failures: one place, for every adapter. */
class WhenFailedTest {

    private static final class Failure extends QuizbotException {
        Failure(Category category, String message) {
            super(category, message, null);
        }
    }

    @Test
    void aStorageFailureSaysNothingWasSaved() {
        assertEquals(Conversation.CANNOT_RECORD,
                Conversation.whenFailed(new Failure(QuizbotException.Category.STORAGE_UNAVAILABLE, "[SQLITE_FULL] [SQL: insert …]")));
    }

    @Test
    void anInvalidFileSaysWhatIsWrongWithIt() {
        assertEquals("That file is not a valid question set: bank.csv: line 7: field \"options\": too long",
                Conversation.whenFailed(new Failure(QuizbotException.Category.INVALID_FILE,
                        "bank.csv: line 7: field \"options\": too long")));
    }

    @Test
    void anUnusableArticleSaysWhyItGaveNoQuestions() {
        var failure = new Failure(QuizbotException.Category.UNUSABLE_ARTICLE, "no question passed the quality gate");
        assertEquals("I could not make questions from that article: no question passed the quality gate",
                Conversation.whenFailed(failure));
        assertEquals("I could not make questions from that link: no question passed the quality gate",
                Conversation.whenFailed(failure, "link"));
    }

    @Test
    void aPageThatWasNotFetchedSaysWhy() {
        assertEquals("I could not make questions from that link: refused http://127.0.0.1/x: the address 127.0.0.1 is a loopback address",
                Conversation.whenFailed(new Failure(QuizbotException.Category.ARTICLE_NOT_FETCHED,
                        "refused http://127.0.0.1/x: the address 127.0.0.1 is a loopback address"), "link"));
    }
}
