package quizbot.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import quizbot.quiz.AllStores;
import quizbot.quiz.StoreContracts;

/** The store contracts, run against SQLite: a fresh database file for every test. */
class SqliteStoresTest extends StoreContracts {

    @TempDir
    Path folder;

    static AllStores open(Path file) {
        Database database = Database.open(file);
        SqliteStores stores = new SqliteStores(database, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        return new AllStores(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(), stores.stats(),
                stores.groupRuns(), stores.classes(), stores.drafts(), database::close);
    }

    @Override
    protected AllStores fresh() {
        return open(folder.resolve("quizbot.db"));
    }
}
