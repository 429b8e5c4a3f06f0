package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promises of {@link GroupRunStore}, for every implementation. */
public abstract class GroupRunStoreContract extends StoreContract {

    private static final long GROUP = -1_000_777L;

    @BeforeEach
    void loadPlanets() {
        load(TestSets.planets());
        stores.users().save(ANNA);
    }

    private GroupRun run(long chatId) {
        return stores.groupRuns().start(new GroupRun(0, chatId, ANNA.id(), "planets", 1, List.of("p1", "p2", "p3"), 99, 0,
                Duration.ofSeconds(20), SessionStatus.ACTIVE));
    }

    @Test
    void startGivesTheRunAnIdAndStoresItAsGiven() {
        GroupRun run = run(GROUP);
        assertTrue(run.id() > 0);
        assertEquals(new GroupRun(run.id(), GROUP, ANNA.id(), "planets", 1, List.of("p1", "p2", "p3"), 99, 0,
                Duration.ofSeconds(20), SessionStatus.ACTIVE), run);
        assertEquals(Optional.of(run), stores.groupRuns().run(run.id()));
        assertEquals(Optional.of(run), stores.groupRuns().activeRun(GROUP));
    }

    @Test
    void startStopsTheGroupsRunningQuizOnly() {
        GroupRun first = run(GROUP);
        GroupRun elsewhere = run(GROUP - 1);
        GroupRun second = run(GROUP);
        assertEquals(SessionStatus.STOPPED, stores.groupRuns().run(first.id()).orElseThrow().status());
        assertEquals(Optional.of(second), stores.groupRuns().activeRun(GROUP));
        assertEquals(SessionStatus.ACTIVE, stores.groupRuns().run(elsewhere.id()).orElseThrow().status());
    }

    @Test
    void activeRunsListsEveryGroupsRunningQuizOldestFirst() {
        GroupRun first = run(GROUP);
        GroupRun other = run(GROUP - 1);
        GroupRun ended = run(GROUP - 2);
        stores.groupRuns().endRun(ended.id(), SessionStatus.FINISHED);
        assertEquals(List.of(first, other), stores.groupRuns().activeRuns());
    }

    @Test
    void pollsAreFoundByTheirTelegramId() {
        GroupRun run = run(GROUP);
        stores.groupRuns().pollOpened(run.id(), 0, "5301234567890", T0.plusSeconds(3));
        assertEquals(Optional.of(new GroupRunStore.PollRef(run.id(), 0, T0.plusSeconds(3))), stores.groupRuns().poll("5301234567890"));
        assertEquals(Optional.empty(), stores.groupRuns().poll("unknown"));
    }

    @Test
    void advanceMovesOnlyFromTheGivenPositionOnce() {
        GroupRun run = run(GROUP);
        assertTrue(stores.groupRuns().advance(run.id(), 0));
        assertFalse(stores.groupRuns().advance(run.id(), 0), "a repeated timer changes nothing");
        assertEquals(1, stores.groupRuns().run(run.id()).orElseThrow().position());
    }

    @Test
    void anEndedRunStaysEndedAndNoLongerAdvances() {
        GroupRun run = run(GROUP);
        stores.groupRuns().endRun(run.id(), SessionStatus.FINISHED);
        stores.groupRuns().endRun(run.id(), SessionStatus.STOPPED);
        assertEquals(SessionStatus.FINISHED, stores.groupRuns().run(run.id()).orElseThrow().status());
        assertEquals(Optional.empty(), stores.groupRuns().activeRun(GROUP));
        assertFalse(stores.groupRuns().advance(run.id(), 0));
    }

    @Test
    void theRunKeepsWhoStartedIt() {
        stores.users().save(BORIS);
        GroupRun run = stores.groupRuns().start(new GroupRun(0, GROUP, BORIS.id(), "planets", 1, List.of("p1"), 1, 0,
                Duration.ofSeconds(20), SessionStatus.ACTIVE));
        assertEquals(BORIS.id(), stores.groupRuns().run(run.id()).orElseThrow().startedBy());
        assertEquals(BORIS.id(), stores.groupRuns().activeRun(GROUP).orElseThrow().startedBy());
    }
}
