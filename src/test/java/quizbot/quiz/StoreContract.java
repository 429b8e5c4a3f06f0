package quizbot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/**
 * What every store contract test shares: fresh stores per test, and builders that go through the
 * stores the way {@link Quizzes} does (the user saved before the session, the set loaded first).
 */
public abstract class StoreContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    protected static final long CHAT = 100;
    protected static final long OTHER_CHAT = -1001234567890L;
    protected static final User ANNA = new User(1, "Anna");
    protected static final User BORIS = new User(2, "Boris");
    protected static final User CLARA = new User(3, "Clara");

    protected AllStores stores;

    /** Fresh, empty stores, all six on the same backing store. */
    protected abstract AllStores openStores();

    @BeforeEach
    final void openFreshStores() {
        stores = openStores();
    }

    @AfterEach
    final void closeStores() {
        stores.close();
    }

    protected StoredSet load(QuestionSet set) {
        return stores.sets().saveAll(List.of(set)).get(0).set();
    }

    /** Starts a quiz of all the set's questions, in set order. */
    protected QuizSession start(User user, long chatId, StoredSet set, Instant at) {
        stores.users().save(user);
        List<String> questionIds = set.content().questions().stream().map(Question::id).toList();
        return stores.sessions().start(new QuizSession(0, user.id(), chatId, set.id(), set.version(), questionIds, 7, false,
                SessionStatus.ACTIVE, at, null, at));
    }

    /** An answer, right or wrong, to the question at that position of the session. */
    protected Answer answer(QuizSession session, int position, boolean correct, Instant at) {
        StoredSet set = stores.sets().version(session.setId(), session.setVersion()).orElseThrow();
        Question question = set.question(session.questionIds().get(position)).orElseThrow();
        return new Answer(session.id(), position, session.userId(), session.setId(), session.setVersion(), question.id(),
                question.kind(), correct ? question.correctAnswer() : "surely not this", correct, false, at, Duration.ofSeconds(5));
    }

    /** Records an answer with the card the quiz would write for it; false when the store refused it. */
    protected boolean record(QuizSession session, int position, boolean correct, Instant at) {
        Answer answer = answer(session, position, correct, at);
        ReviewCard previous = stores.reviews().card(answer.userId(), answer.setId(), answer.questionId()).orElse(null);
        return stores.answers().record(answer, ReviewCard.after(previous, answer.userId(), answer.setId(), answer.questionId(),
                correct, at));
    }
}
