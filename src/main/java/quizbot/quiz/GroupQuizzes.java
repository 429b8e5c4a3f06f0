package quizbot.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;

/**
 * Group quizzes with native quiz polls. A run draws choice and true/false questions (a poll cannot
 * take a typed answer) and shows one poll at a time; each member's first vote on the open poll is
 * their answer, recorded in that member's own session of the run (so scores, streaks, review and
 * the group's leaderboard work as for private quizzes); when the poll's period ends the run moves
 * on. A vote can arrive before the adapter has reported the poll's Telegram id (it learns the id
 * only when sending the poll returns): such a vote is held briefly in memory and counted when the
 * poll is reported. The run's starter, or a privileged user (a teacher or admin), may stop it.
 * Thread-safe when its stores are (the early votes are guarded by their own lock).
 */
public final class GroupQuizzes {

    /** What closing a poll led to: the next poll, or the end of the run. */
    public sealed interface Step {
        record Next(GroupPoll poll) implements Step {
        }

        record Finished(GroupRun run, String setTitle) implements Step {
        }

        /** The poll was not the open one of an active run (a late or repeated timer): nothing changed. */
        record Stale() implements Step {
        }
    }

    /** What asking to stop a group's quiz came to. */
    public sealed interface StopResult {
        /** The run was stopped. */
        record Stopped(GroupRun run) implements StopResult {
        }

        /** A run is going, but this user may not stop it: only its starter or a privileged user may. */
        record NotAllowed(GroupRun run) implements StopResult {
        }

        /** No quiz runs in the group. */
        record NoneRunning() implements StopResult {
        }
    }

    /** The most votes held while their poll's id is not yet known; the oldest go first beyond that. */
    public static final int MAX_EARLY_VOTES = 10_000;
    /** How long a vote on a not-yet-known poll is held. */
    public static final Duration EARLY_VOTE_HOLD = Duration.ofSeconds(60);

    private final QuestionSetStore sets;
    private final UserStore users;
    private final SessionStore sessions;
    private final AnswerStore answers;
    private final ReviewStore reviews;
    private final GroupRunStore runs;
    private final Clock clock;
    private final LongSupplier seeds;
    /** Guarded by itself, which also orders holding a vote against reporting its poll. */
    private final EarlyVotes earlyVotes = new EarlyVotes(MAX_EARLY_VOTES, EARLY_VOTE_HOLD);

    public GroupQuizzes(QuestionSetStore sets, UserStore users, SessionStore sessions, AnswerStore answers,
                        ReviewStore reviews, GroupRunStore runs, Clock clock, LongSupplier seeds) {
        this.sets = sets;
        this.users = users;
        this.sessions = sessions;
        this.answers = answers;
        this.reviews = reviews;
        this.runs = runs;
        this.clock = clock;
        this.seeds = seeds;
    }

    /** Starts a group quiz (stopping the group's running one); empty when the set has no question a poll can ask. */
    public Optional<GroupPoll> start(long chatId, User starter, String setId, int count, Duration openPeriod) {
        StoredSet set = sets.latest(setId).orElseThrow(() -> new IllegalArgumentException("no question set \"" + setId + "\""));
        long seed = seeds.getAsLong();
        var ids = new ArrayList<String>(set.content().questions().stream()
                .filter(question -> question.type() != QuestionType.TYPED).map(Question::id).toList());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Collections.shuffle(ids, new Random(seed));
        users.save(starter);
        runs.activeRun(chatId).ifPresent(old -> finish(old, SessionStatus.STOPPED)); // its members' sessions too
        GroupRun run = runs.start(new GroupRun(0, chatId, starter.id(), set.id(), set.version(),
                Draw.withoutGiveaways(set.content(), ids, Quizzes.clip(count, ids.size())), seed, 0, openPeriod, SessionStatus.ACTIVE));
        return Optional.of(poll(run, set, 0));
    }

    /**
     * The adapter reports the Telegram id of the poll it sent for a run's position; votes on that
     * poll that came before this are counted now, as given when they came.
     */
    public void pollOpened(long runId, int position, String pollId) {
        Instant now = clock.instant();
        List<EarlyVotes.Vote> held;
        synchronized (earlyVotes) {
            runs.pollOpened(runId, position, pollId, now);
            held = earlyVotes.take(pollId, now);
        }
        GroupRunStore.PollRef ref = new GroupRunStore.PollRef(runId, position, now);
        for (EarlyVotes.Vote vote : held) {
            record(vote.member(), ref, vote.optionIds(), vote.at());
        }
    }

    /**
     * A member's vote. Counts when it is on the open poll of an active run and is the member's first
     * on that poll; returns whether it was recorded. A vote on a poll not reported yet is held (see
     * {@link #pollOpened}) and returns false; a retracted vote (no option) drops a held one.
     */
    public boolean vote(User member, String pollId, List<Integer> optionIds) {
        Instant now = clock.instant();
        Optional<GroupRunStore.PollRef> ref = runs.poll(pollId);
        if (ref.isEmpty()) {
            synchronized (earlyVotes) {
                ref = runs.poll(pollId); // reported meanwhile?
                if (ref.isEmpty()) {
                    earlyVotes.hold(new EarlyVotes.Vote(member, pollId, List.copyOf(optionIds), now));
                    return false;
                }
            }
        }
        return record(member, ref.get(), optionIds, now);
    }

    /** How many votes are held for polls not reported yet (those older than the hold period are dropped first). */
    public int earlyVotesHeld() {
        synchronized (earlyVotes) {
            return earlyVotes.size(clock.instant());
        }
    }

    private boolean record(User member, GroupRunStore.PollRef ref, List<Integer> optionIds, Instant at) {
        if (optionIds.size() != 1) {
            return false; // a retracted vote (no option)
        }
        Optional<GroupRun> found = runs.run(ref.runId());
        int position = ref.position();
        if (found.isEmpty() || found.get().status() != SessionStatus.ACTIVE || found.get().position() != position) {
            return false;
        }
        GroupRun run = found.get();
        StoredSet set = storedSet(run);
        GroupPoll poll = poll(run, set, position);
        int chosen = optionIds.get(0);
        if (chosen < 0 || chosen >= poll.options().size()) {
            return false;
        }
        users.save(member);
        QuizSession session = memberSession(member, run);
        Question question = poll.question();
        boolean correct = chosen == poll.correctOption();
        Instant opened = ref.openedAt() != null ? ref.openedAt()
                : session.questionShownAt() == null ? session.startedAt() : session.questionShownAt();
        Duration elapsed = at.isBefore(opened) ? Duration.ZERO : Duration.between(opened, at);
        var answer = new Answer(session.id(), position, member.id(), run.setId(), run.setVersion(), question.id(),
                question.kind(), poll.options().get(chosen), correct, false, at, elapsed);
        ReviewCard card = ReviewCard.after(reviews.card(member.id(), run.setId(), question.id()).orElse(null),
                member.id(), run.setId(), question.id(), correct, at);
        return answers.record(answer, card);
    }

    /** The member's session for this run: the active one in the group with the run's seed, else a new one. */
    private QuizSession memberSession(User member, GroupRun run) {
        Optional<QuizSession> active = sessions.active(member.id(), run.chatId());
        if (active.isPresent() && active.get().seed() == run.seed() && active.get().setId().equals(run.setId())) {
            return active.get();
        }
        Instant now = clock.instant();
        return sessions.start(new QuizSession(0, member.id(), run.chatId(), run.setId(), run.setVersion(), run.questionIds(),
                run.seed(), false, SessionStatus.ACTIVE, now, null, now));
    }

    /** The open poll's period ended: the next poll, or the end of the run (every member's session finished). */
    public Step pollClosed(long runId, int position) {
        Optional<GroupRun> found = runs.run(runId);
        if (found.isEmpty() || found.get().status() != SessionStatus.ACTIVE || found.get().position() != position
                || !runs.advance(runId, position)) {
            return new Step.Stale();
        }
        GroupRun run = found.get();
        StoredSet set = storedSet(run);
        if (position + 1 < run.size()) {
            return new Step.Next(poll(runs.run(runId).orElseThrow(), set, position + 1));
        }
        finish(run, SessionStatus.FINISHED);
        return new Step.Finished(run, set.content().title());
    }

    /** The running group quizzes, to move on again after a restart (their poll timers died with the process). */
    public List<GroupRun> running() {
        return runs.activeRuns();
    }

    /**
     * Stops the group's running quiz whoever asks; the stopped run, or empty when none ran.
     * Prefer {@link #stop(long, long, boolean)}, which checks who may.
     */
    public Optional<GroupRun> stop(long chatId) {
        return runs.activeRun(chatId).map(run -> {
            finish(run, SessionStatus.STOPPED);
            return run;
        });
    }

    /**
     * Stops the group's running quiz if this user may: the one who started it, or a privileged
     * user ({@code privileged}: the caller's judgement, e.g. a teacher or an admin).
     */
    public StopResult stop(long chatId, long userId, boolean privileged) {
        Optional<GroupRun> running = runs.activeRun(chatId);
        if (running.isEmpty()) {
            return new StopResult.NoneRunning();
        }
        if (!mayStop(running.get(), userId, privileged)) {
            return new StopResult.NotAllowed(running.get());
        }
        finish(running.get(), SessionStatus.STOPPED);
        return new StopResult.Stopped(running.get());
    }

    /** Whether this user may stop the run: its starter, or a privileged user (a teacher or an admin). */
    public static boolean mayStop(GroupRun run, long userId, boolean privileged) {
        return privileged || run.startedBy() == userId;
    }

    private void finish(GroupRun run, SessionStatus status) {
        runs.endRun(run.id(), status);
        Instant now = clock.instant();
        for (QuizSession member : sessions.activeIn(run.chatId())) {
            if (member.seed() == run.seed() && member.setId().equals(run.setId())) {
                sessions.end(member.id(), status, now);
            }
        }
    }

    private StoredSet storedSet(GroupRun run) {
        return sets.version(run.setId(), run.setVersion()).orElseThrow(() -> new IllegalStateException(
                "group run " + run.id() + " refers to set " + run.setId() + " version " + run.setVersion() + ", which is not stored"));
    }

    private static GroupPoll poll(GroupRun run, StoredSet set, int position) {
        Question question = set.question(run.questionIds().get(position)).orElseThrow();
        List<String> options = Quizzes.shownOptions(question, run.seed(), position);
        return new GroupPoll(run.id(), run.chatId(), position, run.size(), set.content().title(), question, options,
                options.indexOf(question.correctAnswer()), run.openPeriod());
    }
}
