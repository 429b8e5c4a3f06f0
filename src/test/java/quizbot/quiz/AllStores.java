package quizbot.quiz;

/** The stores of one backing store, as the contract tests get them; closing releases the backing store. */
public record AllStores(QuestionSetStore sets, UserStore users, SessionStore sessions, AnswerStore answers,
                        ReviewStore reviews, StatsStore stats, GroupRunStore groupRuns, ClassStore classes,
                        DraftStore drafts, Runnable closeBacking) implements AutoCloseable {

    public static AllStores of(InMemoryStores stores) {
        return new AllStores(stores, stores, stores, stores, stores, stores, stores, stores, stores, () -> { });
    }

    @Override
    public void close() {
        closeBacking.run();
    }
}
