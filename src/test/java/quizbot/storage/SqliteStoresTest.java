package quizbot.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import quizbot.quiz.AllStores;
import quizbot.quiz.AnswerStoreContract;
import quizbot.quiz.QuestionSetStoreContract;
import quizbot.quiz.ReviewStoreContract;
import quizbot.quiz.SessionStoreContract;
import quizbot.quiz.StatsStoreContract;
import quizbot.quiz.UserStoreContract;

/** The store contracts, run against SQLite: a fresh database file for every test. */
class SqliteStoresTest {

    @TempDir
    Path folder;

    static AllStores open(Path file) {
        Database database = Database.open(file);
        SqliteStores stores = new SqliteStores(database, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        return new AllStores(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(), stores.stats(),
                database::close);
    }

    private AllStores fresh() {
        return open(folder.resolve("quizbot.db"));
    }

    @Nested
    class QuestionSets extends QuestionSetStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Users extends UserStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Sessions extends SessionStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Answers extends AnswerStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Reviews extends ReviewStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Stats extends StatsStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }
}
