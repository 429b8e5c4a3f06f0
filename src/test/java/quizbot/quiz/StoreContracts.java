package quizbot.quiz;

import org.junit.jupiter.api.Nested;

/**
 * Every store contract, for one implementation: a test class extends this and says how to get a
 * fresh set of stores; JUnit runs each contract as a nested class.
 */
public abstract class StoreContracts {

    /** Fresh, empty stores for one test. */
    protected abstract AllStores fresh();

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
    class GroupRuns extends GroupRunStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Classes extends ClassStoreContract {
        @Override
        protected AllStores openStores() {
            return fresh();
        }
    }

    @Nested
    class Drafts extends DraftStoreContract {
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
