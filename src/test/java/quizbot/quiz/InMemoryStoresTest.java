package quizbot.quiz;

import org.junit.jupiter.api.Nested;

/** The store contracts, run against the in-memory fake so that it stays honest. */
class InMemoryStoresTest {

    private static AllStores fresh() {
        return AllStores.of(new InMemoryStores());
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
