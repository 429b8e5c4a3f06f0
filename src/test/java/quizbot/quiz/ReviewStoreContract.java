package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promises of {@link ReviewStore}, for every implementation (cards are written with answers). */
public abstract class ReviewStoreContract extends StoreContract {

    private StoredSet planets;

    @BeforeEach
    void loadPlanets() {
        planets = load(TestSets.planets());
    }

    /** Gives the cards, one per position of a new session of the card's learner. */
    private void write(ReviewCard... cards) {
        User user = cards[0].userId() == ANNA.id() ? ANNA : BORIS;
        QuizSession session = start(user, CHAT, planets, T0);
        for (int position = 0; position < cards.length; position++) {
            Answer answer = answer(session, position, true, T0);
            ReviewCard card = cards[position];
            assertEquals(answer.questionId(), card.questionId(), "cards follow the set's question order");
            assertTrue(stores.answers().record(answer, card));
        }
    }

    private static ReviewCard card(User user, String questionId, int box, Instant due) {
        return new ReviewCard(user.id(), "planets", questionId, box, due);
    }

    @Test
    void aQuestionNeverAnsweredHasNoCard() {
        assertEquals(Optional.empty(), stores.reviews().card(ANNA.id(), "planets", "p1"));
    }

    @Test
    void theCardIsTheOneWrittenWithTheLatestAnswer() {
        QuizSession first = start(ANNA, CHAT, planets, T0);
        record(first, 0, true, T0);
        QuizSession second = start(ANNA, CHAT, planets, T0.plus(Duration.ofDays(2)));

        record(second, 0, true, T0.plus(Duration.ofDays(2)));

        assertEquals(Optional.of(card(ANNA, "p1", 3, T0.plus(Duration.ofDays(2 + 3)))), stores.reviews().card(ANNA.id(), "planets", "p1"));
        assertEquals(Optional.empty(), stores.reviews().card(BORIS.id(), "planets", "p1"), "cards are the learner's own");
        assertEquals(Optional.empty(), stores.reviews().card(ANNA.id(), "moons", "p1"));
    }

    @Test
    void dueListsTheCardsDueByNowEarliestFirst() {
        Instant now = T0.plus(Duration.ofDays(10));
        ReviewCard dueAtNow = card(ANNA, "p1", 3, now);
        ReviewCard longOverdue = card(ANNA, "p2", 1, T0);
        ReviewCard notYet = card(ANNA, "p3", 4, now.plusMillis(1));
        ReviewCard overdue = card(ANNA, "p4", 2, now.minus(Duration.ofDays(1)));
        write(dueAtNow, longOverdue, notYet, overdue);

        assertEquals(List.of(longOverdue, overdue, dueAtNow), stores.reviews().due(ANNA.id(), now, 10));
    }

    @Test
    void dueStopsAtTheLimit() {
        write(card(ANNA, "p1", 1, T0.plusSeconds(3)), card(ANNA, "p2", 1, T0.plusSeconds(1)), card(ANNA, "p3", 1, T0.plusSeconds(2)));

        assertEquals(List.of(card(ANNA, "p2", 1, T0.plusSeconds(1)), card(ANNA, "p3", 1, T0.plusSeconds(2))),
                stores.reviews().due(ANNA.id(), T0.plusSeconds(10), 2));
    }

    @Test
    void dueListsOnlyTheLearnersOwnCards() {
        write(card(ANNA, "p1", 1, T0));
        write(card(BORIS, "p1", 1, T0), card(BORIS, "p2", 1, T0));

        assertEquals(List.of(card(ANNA, "p1", 1, T0)), stores.reviews().due(ANNA.id(), T0, 10));
        assertEquals(List.of(), stores.reviews().due(CLARA.id(), T0, 10));
    }
}
