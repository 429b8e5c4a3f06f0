package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promises of {@link SessionStore}, for every implementation. */
public abstract class SessionStoreContract extends StoreContract {

    private StoredSet planets;

    @BeforeEach
    void loadPlanets() {
        planets = load(TestSets.planets());
    }

    private QuizSession status(QuizSession session) {
        return stores.sessions().session(session.id()).orElseThrow();
    }

    @Test
    void startGivesTheSessionAnIdAndStoresItAsGiven() {
        stores.users().save(ANNA);
        var given = new QuizSession(0, ANNA.id(), OTHER_CHAT, "planets", 1, List.of("p3", "p1", "p5"), -8_765_432_109_876L, true,
                SessionStatus.ACTIVE, T0, Duration.ofSeconds(30), T0.plusMillis(1500));

        QuizSession started = stores.sessions().start(given);

        assertTrue(started.id() > 0, "stored sessions have an id");
        assertEquals(new QuizSession(started.id(), ANNA.id(), OTHER_CHAT, "planets", 1, List.of("p3", "p1", "p5"),
                -8_765_432_109_876L, true, SessionStatus.ACTIVE, T0, Duration.ofSeconds(30), T0.plusMillis(1500)), started);
        assertEquals(Optional.of(started), stores.sessions().session(started.id()));
        assertEquals(Optional.of(started), stores.sessions().active(ANNA.id(), OTHER_CHAT));
    }

    @Test
    void aSessionWithoutTimeLimitOrShownTimeKeepsThemAbsent() {
        stores.users().save(ANNA);

        QuizSession started = stores.sessions().start(new QuizSession(0, ANNA.id(), CHAT, "planets", 1, List.of("p1"), 1, false,
                SessionStatus.ACTIVE, T0, null, null));

        QuizSession stored = stores.sessions().session(started.id()).orElseThrow();
        assertEquals(null, stored.timeLimit());
        assertEquals(null, stored.questionShownAt());
        assertEquals(started, stored);
    }

    @Test
    void activeInListsEveryLearnersActiveQuizInThatChatOnly() {
        QuizSession anna = start(ANNA, OTHER_CHAT, planets, T0);
        QuizSession boris = start(BORIS, OTHER_CHAT, planets, T0);
        start(CLARA, CHAT, planets, T0);
        QuizSession ended = start(CLARA, OTHER_CHAT, planets, T0);
        stores.sessions().end(ended.id(), SessionStatus.FINISHED, T0);

        assertEquals(List.of(anna, boris), stores.sessions().activeIn(OTHER_CHAT));
    }

    @Test
    void everySessionGetsItsOwnId() {
        QuizSession first = start(ANNA, CHAT, planets, T0);
        QuizSession second = start(BORIS, CHAT, planets, T0);

        assertNotEquals(first.id(), second.id());
    }

    @Test
    void startStopsTheLearnersActiveQuizInTheSameChat() {
        QuizSession first = start(ANNA, CHAT, planets, T0);

        QuizSession second = start(ANNA, CHAT, planets, T0.plusSeconds(60));

        assertEquals(SessionStatus.STOPPED, status(first).status());
        assertEquals(Optional.of(second), stores.sessions().active(ANNA.id(), CHAT));
    }

    @Test
    void startLeavesQuizzesInOtherChatsAndOfOtherLearnersActive() {
        QuizSession annaElsewhere = start(ANNA, OTHER_CHAT, planets, T0);
        QuizSession boris = start(BORIS, CHAT, planets, T0);

        start(ANNA, CHAT, planets, T0.plusSeconds(60));

        assertEquals(SessionStatus.ACTIVE, status(annaElsewhere).status());
        assertEquals(SessionStatus.ACTIVE, status(boris).status());
        assertEquals(Optional.of(annaElsewhere), stores.sessions().active(ANNA.id(), OTHER_CHAT));
        assertEquals(Optional.of(boris), stores.sessions().active(BORIS.id(), CHAT));
    }

    @Test
    void noQuizIsActiveBeforeTheFirstOrAfterItEnded() {
        assertEquals(Optional.empty(), stores.sessions().active(ANNA.id(), CHAT));
        QuizSession session = start(ANNA, CHAT, planets, T0);

        stores.sessions().end(session.id(), SessionStatus.FINISHED, T0.plusSeconds(90));

        assertEquals(Optional.empty(), stores.sessions().active(ANNA.id(), CHAT));
        assertEquals(SessionStatus.FINISHED, status(session).status());
    }

    @Test
    void endingAnEndedSessionChangesNothing() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        stores.sessions().end(session.id(), SessionStatus.FINISHED, T0.plusSeconds(90));
        QuizSession ended = status(session);

        stores.sessions().end(session.id(), SessionStatus.STOPPED, T0.plusSeconds(120));
        stores.sessions().end(session.id(), SessionStatus.FINISHED, T0.plusSeconds(150));

        assertEquals(ended, status(session));
        assertEquals(SessionStatus.FINISHED, status(session).status());
    }

    @Test
    void endingAStoppedSessionKeepsItStopped() {
        QuizSession first = start(ANNA, CHAT, planets, T0);
        start(ANNA, CHAT, planets, T0.plusSeconds(60));

        stores.sessions().end(first.id(), SessionStatus.FINISHED, T0.plusSeconds(90));

        assertEquals(SessionStatus.STOPPED, status(first).status());
    }

    @Test
    void questionShownNotesWhenTheCurrentQuestionWasShown() {
        QuizSession session = start(ANNA, CHAT, planets, T0);
        Instant shown = T0.plusSeconds(42).plusMillis(7);

        stores.sessions().questionShown(session.id(), shown);

        QuizSession after = status(session);
        assertEquals(shown, after.questionShownAt());
        assertEquals(T0, after.startedAt());
        assertEquals(SessionStatus.ACTIVE, after.status());
        assertEquals(Optional.of(after), stores.sessions().active(ANNA.id(), CHAT));
    }

    @Test
    void anUnknownSessionIsEmpty() {
        start(ANNA, CHAT, planets, T0);

        assertEquals(Optional.empty(), stores.sessions().session(987_654));
    }
}
