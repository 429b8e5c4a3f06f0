package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.questions.QuestionType;

/** Group quizzes: one poll at a time, every member scored on their own, the run moving on when a poll closes. */
class GroupQuizzesTest {

    private static final long GROUP = -100_200;
    private static final User ANNA = new User(1, "Anna");
    private static final User BORIS = new User(2, "Boris");
    private static final User CLARA = new User(3, "Clara");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private InMemoryStores stores;
    private GroupQuizzes groups;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.planets()));
        groups = new GroupQuizzes(stores, stores, stores, stores, stores, stores, clock, new AtomicLong(5)::getAndIncrement);
    }

    private GroupPoll open(GroupPoll poll) {
        groups.pollOpened(poll.runId(), poll.position(), "poll-" + poll.position());
        return poll;
    }

    private static int wrongOption(GroupPoll poll) {
        return poll.correctOption() == 0 ? 1 : 0;
    }

    @Test
    void aGroupQuizAsksOnlyWhatAPollCanAsk() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 10, Duration.ofSeconds(20)).orElseThrow();
        assertEquals(4, first.total(), "the typed question is left out");
        assertTrue(first.question().type() != QuestionType.TYPED);
        assertEquals(first.question().correctAnswer(), first.options().get(first.correctOption()));
    }

    @Test
    void everyMemberIsScoredOnTheirOwnAndVotesOnce() {
        GroupPoll first = open(groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow());
        assertTrue(groups.vote(ANNA, "poll-0", List.of(first.correctOption())));
        assertTrue(groups.vote(BORIS, "poll-0", List.of(wrongOption(first))));
        assertFalse(groups.vote(ANNA, "poll-0", List.of(wrongOption(first))), "a second vote does not count");
        assertFalse(groups.vote(CLARA, "unknown-poll", List.of(0)));

        assertEquals(1, stores.totals(ANNA.id()).correct());
        assertEquals(0, stores.totals(BORIS.id()).correct());
        assertEquals(1, stores.totals(BORIS.id()).answered());
    }

    @Test
    void theRunMovesOnWhenAPollClosesAndAVoteOnAClosedPollDoesNotCount() {
        GroupPoll first = open(groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow());
        var next = assertInstanceOf(GroupQuizzes.Step.Next.class, groups.pollClosed(first.runId(), 0));
        assertEquals(1, next.poll().position());
        assertInstanceOf(GroupQuizzes.Step.Stale.class, groups.pollClosed(first.runId(), 0), "a repeated timer changes nothing");
        assertFalse(groups.vote(CLARA, "poll-0", List.of(first.correctOption())), "that poll is closed");
        open(next.poll());
        assertTrue(groups.vote(CLARA, "poll-1", List.of(next.poll().correctOption())), "a member may join late");
    }

    @Test
    void theLastPollFinishesTheRunAndEveryMembersSession() {
        GroupPoll poll = open(groups.start(GROUP, ANNA, "planets", 2, Duration.ofSeconds(20)).orElseThrow());
        groups.vote(ANNA, "poll-0", List.of(poll.correctOption()));
        groups.vote(BORIS, "poll-0", List.of(poll.correctOption()));
        poll = open(((GroupQuizzes.Step.Next) groups.pollClosed(poll.runId(), 0)).poll());
        groups.vote(ANNA, "poll-1", List.of(poll.correctOption()));

        var finished = assertInstanceOf(GroupQuizzes.Step.Finished.class, groups.pollClosed(poll.runId(), 1));
        assertEquals("The planets", finished.setTitle());
        assertEquals(List.of(), stores.activeIn(GROUP));
        assertEquals(1, stores.totals(ANNA.id()).quizzes());
        List<StatsStore.Standing> board = stores.leaderboard(GROUP, 10);
        assertEquals(List.of(ANNA.id(), BORIS.id()), board.stream().map(StatsStore.Standing::userId).toList());
        assertEquals(2, board.get(0).correct());
    }

    @Test
    void stopEndsTheRunAndANewQuizReplacesARunningOne() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        GroupPoll second = groups.start(GROUP, BORIS, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        assertEquals(SessionStatus.STOPPED, stores.run(first.runId()).orElseThrow().status());
        assertTrue(groups.stop(GROUP).isPresent());
        assertEquals(SessionStatus.STOPPED, stores.run(second.runId()).orElseThrow().status());
        assertTrue(groups.stop(GROUP).isEmpty());
    }
}
