package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        groups = TestCore.over(stores).clock(clock).seeds(new AtomicLong(5)::getAndIncrement).groupQuizzes();
    }

    private GroupPoll open(GroupPoll poll) {
        groups.pollOpened(poll.runId(), poll.position(), "poll-" + poll.position());
        return poll;
    }

    private static int wrongOption(GroupPoll poll) {
        return poll.correctOption() == 0 ? 1 : 0;
    }

    @Test
    void aGroupQuizNeverPollsTwoQuestionsWhereOnesAnswerStandsInTheOthersPrompt() {
        stores.saveAll(List.of(TestSets.siblings()));
        GroupPoll first = groups.start(GROUP, ANNA, "siblings", 4, Duration.ofSeconds(20)).orElseThrow();
        assertEquals(1, first.total(), "the typed question cannot be a poll, and the railway sentence is asked once");
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

    private List<Answer> answersOf(User member) {
        return stores.sessions().stream().flatMap(session -> stores.ofSession(session).stream())
                .filter(answer -> answer.userId() == member.id()).toList();
    }

    @Test
    void aVoteBeforeItsPollIsReportedCountsWhenThePollIsReported() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        assertFalse(groups.vote(BORIS, "poll-0", List.of(first.correctOption())), "not counted yet");
        assertEquals(1, groups.earlyVotesHeld());
        clock.advance(Duration.ofSeconds(2));

        open(first);

        assertEquals(1, stores.totals(BORIS.id()).correct(), "counted when the poll was reported");
        assertEquals(0, groups.earlyVotesHeld());
        assertEquals(clock.instant().minusSeconds(2), answersOf(BORIS).get(0).answeredAt(), "as given when it came");
        assertFalse(groups.vote(BORIS, "poll-0", List.of(wrongOption(first))), "still one vote per member");
    }

    @Test
    void anEarlyVoteHeldLongerThanTheHoldPeriodIsDropped() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(600)).orElseThrow();
        groups.vote(BORIS, "poll-0", List.of(first.correctOption()));
        clock.advance(GroupQuizzes.EARLY_VOTE_HOLD.plusSeconds(1));
        groups.vote(CLARA, "poll-0", List.of(first.correctOption()));

        open(first);

        assertEquals(0, stores.totals(BORIS.id()).answered(), "held too long");
        assertEquals(1, stores.totals(CLARA.id()).answered());
    }

    @Test
    void earlyVotesBeyondTheBufferDropTheOldestFirst() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        groups.vote(BORIS, "poll-0", List.of(first.correctOption()));
        for (int i = 0; i < GroupQuizzes.MAX_EARLY_VOTES; i++) {
            groups.vote(new User(1_000 + i, "Voter " + i), "poll-never-reported", List.of(0));
        }
        assertEquals(GroupQuizzes.MAX_EARLY_VOTES, groups.earlyVotesHeld(), "bounded");
        groups.vote(CLARA, "poll-0", List.of(first.correctOption()));

        open(first);

        assertEquals(0, stores.totals(BORIS.id()).answered(), "the oldest was dropped to make room");
        assertEquals(1, stores.totals(CLARA.id()).answered());
    }

    @Test
    void aRetractedEarlyVoteIsNotCounted() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        groups.vote(BORIS, "poll-0", List.of(first.correctOption()));
        groups.vote(BORIS, "poll-0", List.of());
        open(first);
        assertEquals(0, stores.totals(BORIS.id()).answered());
    }

    @Test
    void earlyVotesRacingThePollReportAreEachCountedOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            GroupPoll poll = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
            String pollId = "race-" + round;
            int voters = 16;
            var ready = new java.util.concurrent.CyclicBarrier(voters + 1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(voters + 1);
            try {
                var done = new ArrayList<java.util.concurrent.Future<?>>();
                for (int v = 0; v < voters; v++) {
                    User voter = new User(500 + v, "Voter " + v);
                    done.add(pool.submit(() -> {
                        ready.await();
                        return groups.vote(voter, pollId, List.of(poll.correctOption()));
                    }));
                }
                done.add(pool.submit(() -> {
                    ready.await();
                    groups.pollOpened(poll.runId(), 0, pollId);
                    return null;
                }));
                for (var future : done) {
                    future.get(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            long counted = stores.activeIn(GROUP).stream().filter(session -> stores.ofSession(session.id()).size() == 1).count();
            assertEquals(voters, counted, "round " + round + ": every vote counted once, early or not");
            assertEquals(0, groups.earlyVotesHeld());
        }
    }

    @Test
    void onlyTheStarterOrAPrivilegedUserStopsAGroupQuiz() {
        GroupPoll poll = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();

        var refused = assertInstanceOf(GroupQuizzes.StopResult.NotAllowed.class, groups.stop(GROUP, BORIS.id(), false));
        assertEquals(ANNA.id(), refused.run().startedBy());
        assertEquals(SessionStatus.ACTIVE, stores.run(poll.runId()).orElseThrow().status(), "still running");

        assertInstanceOf(GroupQuizzes.StopResult.Stopped.class, groups.stop(GROUP, BORIS.id(), true), "a teacher or admin may");
        assertEquals(SessionStatus.STOPPED, stores.run(poll.runId()).orElseThrow().status());
        assertInstanceOf(GroupQuizzes.StopResult.NoneRunning.class, groups.stop(GROUP, BORIS.id(), true));

        GroupPoll again = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        var stopped = assertInstanceOf(GroupQuizzes.StopResult.Stopped.class, groups.stop(GROUP, ANNA.id(), false), "the starter may");
        assertEquals(again.runId(), stopped.run().id());
    }

    @Test
    void startingANewGroupQuizFinishesTheOldRunsSessions() {
        GroupPoll first = open(groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow());
        groups.vote(BORIS, "poll-0", List.of(first.correctOption()));
        long borisSession = stores.active(BORIS.id(), GROUP).orElseThrow().id();

        groups.start(GROUP, CLARA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();

        assertEquals(SessionStatus.STOPPED, stores.session(borisSession).orElseThrow().status());
        assertEquals(List.of(), stores.activeIn(GROUP));
    }

    @Test
    void aGroupAnswersTimeRunsFromWhenItsPollOpened() {
        GroupPoll first = groups.start(GROUP, ANNA, "planets", 4, Duration.ofSeconds(20)).orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        open(first);
        clock.advance(Duration.ofSeconds(3));
        groups.vote(BORIS, "poll-0", List.of(first.correctOption()));
        clock.advance(Duration.ofSeconds(16));
        GroupPoll second = ((GroupQuizzes.Step.Next) groups.pollClosed(first.runId(), 0)).poll();
        clock.advance(Duration.ofSeconds(1));
        open(second);
        clock.advance(Duration.ofSeconds(4));
        groups.vote(BORIS, "poll-1", List.of(second.correctOption()));

        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(4)), answersOf(BORIS).stream().map(Answer::elapsed).toList());
    }
}
