package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;

/** The promises of {@link AnswerStore}, for every implementation. */
public abstract class AnswerStoreContract extends StoreContract {

    private StoredSet planets;

    @BeforeEach
    void loadPlanets() {
        planets = load(TestSets.planets());
    }

    @Test
    void recordStoresTheAnswerAndItsReviewCard() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        var answer = new Answer(session.id(), 0, ANNA.id(), "planets", 1, "p1", Kind.PLACE, "Venus", false, true,
                T0.plusSeconds(40), Duration.ofMillis(40_123));
        var card = new ReviewCard(ANNA.id(), "planets", "p1", 1, T0.plusSeconds(40));

        assertTrue(stores.answers().record(answer, card));

        assertEquals(List.of(answer), stores.answers().ofSession(session.id()));
        assertEquals(Optional.of(card), stores.reviews().card(ANNA.id(), "planets", "p1"));
    }

    @Test
    void aSecondAnswerToTheSamePositionIsRefusedAndChangesNothing() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        Answer first = answer(session, 0, true, T0.plusSeconds(5));
        ReviewCard firstCard = new ReviewCard(ANNA.id(), "planets", "p1", 2, T0.plusSeconds(5).plus(Duration.ofDays(1)));
        assertTrue(stores.answers().record(first, firstCard));

        Answer again = answer(session, 0, false, T0.plusSeconds(6));
        boolean recorded = stores.answers().record(again, new ReviewCard(ANNA.id(), "planets", "p1", 1, T0.plusSeconds(6)));

        assertFalse(recorded);
        assertEquals(List.of(first), stores.answers().ofSession(session.id()));
        assertEquals(Optional.of(firstCard), stores.reviews().card(ANNA.id(), "planets", "p1"), "the card is unchanged");
    }

    @Test
    void recordAndMoveOnShowsTheNextQuestionAtTheAnswersTime() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        Answer first = answer(session, 0, true, T0.plusSeconds(5));

        assertTrue(stores.answers().recordAndMoveOn(first, new ReviewCard(ANNA.id(), "planets", "p1", 2, T0), false));

        QuizSession after = stores.sessions().session(session.id()).orElseThrow();
        assertEquals(T0.plusSeconds(5), after.questionShownAt());
        assertEquals(SessionStatus.ACTIVE, after.status());
        assertEquals(List.of(first), stores.answers().ofSession(session.id()));
    }

    @Test
    void recordAndMoveOnFinishesTheSessionAfterItsLastQuestion() {
        QuizSession session = start(ANNA, CHAT, planets, T0);

        assertTrue(stores.answers().recordAndMoveOn(answer(session, 0, true, T0.plusSeconds(5)),
                new ReviewCard(ANNA.id(), "planets", "p1", 2, T0), true));

        assertEquals(SessionStatus.FINISHED, stores.sessions().session(session.id()).orElseThrow().status());
        assertEquals(Optional.empty(), stores.sessions().active(ANNA.id(), CHAT));
    }

    @Test
    void recordAndMoveOnRefusesADuplicateAndLeavesTheSessionAsItWas() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        assertTrue(stores.answers().recordAndMoveOn(answer(session, 0, true, T0.plusSeconds(5)),
                new ReviewCard(ANNA.id(), "planets", "p1", 2, T0), false));

        boolean recorded = stores.answers().recordAndMoveOn(answer(session, 0, false, T0.plusSeconds(9)),
                new ReviewCard(ANNA.id(), "planets", "p1", 1, T0), true);

        assertFalse(recorded);
        QuizSession after = stores.sessions().session(session.id()).orElseThrow();
        assertEquals(SessionStatus.ACTIVE, after.status(), "not finished by the refused answer");
        assertEquals(T0.plusSeconds(5), after.questionShownAt());
    }

    @Test
    void ofSessionIsInPositionOrder() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        Answer third = answer(session, 2, true, T0.plusSeconds(3));
        Answer first = answer(session, 0, false, T0.plusSeconds(1));
        Answer second = answer(session, 1, true, T0.plusSeconds(2));
        for (Answer answer : List.of(third, first, second)) {
            assertTrue(stores.answers().record(answer, new ReviewCard(ANNA.id(), "planets", answer.questionId(), 1, T0)));
        }

        assertEquals(List.of(first, second, third), stores.answers().ofSession(session.id()));
    }

    @Test
    void ofSessionHoldsOnlyThatSessionsAnswers() {
        QuizSession anna = start(ANNA, CHAT, planets, T0);
        QuizSession boris = start(BORIS, CHAT, planets, T0);
        record(anna, 0, true, T0.plusSeconds(1));
        record(boris, 0, false, T0.plusSeconds(2));
        record(boris, 1, true, T0.plusSeconds(3));

        assertEquals(List.of(answer(anna, 0, true, T0.plusSeconds(1))), stores.answers().ofSession(anna.id()));
        assertEquals(2, stores.answers().ofSession(boris.id()).size());
        assertEquals(List.of(), stores.answers().ofSession(987_654));
    }

    @Test
    void theSamePositionInAnotherSessionIsAnotherAnswer() {
        QuizSession first = start(ANNA, CHAT, planets, T0);
        assertTrue(record(first, 0, true, T0.plusSeconds(1)));
        QuizSession second = start(ANNA, CHAT, planets, T0.plusSeconds(60));

        assertTrue(record(second, 0, true, T0.plusSeconds(61)));

        assertEquals(1, stores.answers().ofSession(second.id()).size());
    }
}
