package quizbot.storage;

/** For tests: an open database that can no longer be written, as a read-only file or a full disk leaves it. */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /** Refuses every write, as a read-only file would (root ignores file permissions, so the file's mode cannot do it). */
    public static void makeReadOnly(Database database) {
        database.run(sql -> {
            sql.execute("PRAGMA query_only = ON");
            return null;
        });
    }

    /**
     * Leaves no room to grow, as a full disk would: the file may not grow past its size now, and a filler table
     * takes every free page. A write that needs a new page then fails with SQLite's own SQLITE_FULL
     * ("database or disk is full"), the error a full disk gives.
     */
    public static void fillUp(Database database) {
        database.run(sql -> {
            sql.execute("PRAGMA max_page_count = " + sql.one("PRAGMA page_count", row -> row.getLong(1)).orElseThrow());
            sql.execute("CREATE TABLE filler (bytes BLOB)");
            try {
                while (true) {
                    sql.update("INSERT INTO filler VALUES (randomblob(1000))");
                }
            } catch (StorageException full) {
                if (!full.getMessage().contains("full")) {
                    throw full;
                }
            }
            return null;
        });
    }
}
