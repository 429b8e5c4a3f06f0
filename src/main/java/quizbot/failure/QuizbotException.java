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
        INVALID_FILE
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
