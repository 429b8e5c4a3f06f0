package quizbot.storage;

import java.sql.SQLException;

/**
 * The database failed: it cannot be opened or migrated, or a statement failed. The message names
 * the statement's SQL (never its parameter values, which hold what learners typed). Immutable.
 */
public final class StorageException extends RuntimeException {
    private final String sql;

    StorageException(String message, Throwable cause) {
        super(message, cause);
        this.sql = null;
    }

    StorageException(String sql, SQLException cause) {
        super(cause.getMessage() + " [SQL: " + oneLine(sql) + "]", cause);
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
