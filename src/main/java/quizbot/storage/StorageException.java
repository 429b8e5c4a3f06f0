package quizbot.storage;

import java.sql.SQLException;
import quizbot.failure.QuizbotException;

/**
 * The database failed: it cannot be opened or migrated, or a statement failed. The message names
 * the statement's SQL (never its parameter values, which hold what learners typed). Immutable.
 */
public final class StorageException extends QuizbotException {
    private final String sql;

    StorageException(String message, Throwable cause) {
        super(Category.STORAGE_UNAVAILABLE, message, cause);
        this.sql = null;
    }

    StorageException(String sql, SQLException cause) {
        super(Category.STORAGE_UNAVAILABLE, cause.getMessage() + " [SQL: " + oneLine(sql) + "]", cause);
        this.sql = sql;
    }

    /** The statement that failed, or null when the failure was not one statement's (opening, migrating). */
    public String sql() {
        return sql;
    }

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
