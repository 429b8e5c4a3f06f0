package quizbot.failure;

/**
 * The root of the bot's own failures, each of one {@link Category}; the adapters' edge turns the
 * category into the user's message in one place ({@code Conversation.whenFailed}). The message
 * names what failed (a file and field, an SQL statement), never what users typed. Immutable.
 */
public abstract class QuizbotException extends RuntimeException {

    /** What kind of failure it is, and so what the user is told. */
    public enum Category {
        /** The database cannot be opened or a statement failed: nothing of the request was saved. */
        STORAGE_UNAVAILABLE,
        /** A question-set file is unreadable or breaks its format. */
        INVALID_FILE,
        /** An article gives nothing to ask, or its generation was stopped before it was done. */
        UNUSABLE_ARTICLE,
        /** A teacher's link or saved page gave no article: the fetch was refused, or the page holds no text. */
        ARTICLE_NOT_FETCHED
    }

    private final Category category;

    protected QuizbotException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public final Category category() {
        return category;
    }
}
