package quizbot.storage;

/** For tests: turns an open database read-only, as a full disk or a read-only file would (root ignores file permissions). */
public final class ReadOnlyDatabase {

    private ReadOnlyDatabase() {
    }

    public static void makeReadOnly(Database database) {
        database.run(sql -> {
            sql.execute("PRAGMA query_only = ON");
            return null;
        });
    }
}
