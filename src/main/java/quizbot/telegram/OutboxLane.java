package quizbot.telegram;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One chat's queue and rate state. Guarded by the outbox lock. */
final class OutboxLane {

    /** Logged as the outbox's own decisions. */
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    enum State { IDLE, WAITING, READY, RUNNING }

    /**
     * A chat's steady rate as a generic cell rate algorithm (a token bucket): {@code interval} nanoseconds between
     * two calls once the burst is spent; {@code burstTolerance}, how far ahead of its theoretical time a call may go.
     * Immutable.
     */
    record ChatRate(long interval, long burstTolerance) {

        static ChatRate of(Limits limits) {
            long interval = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / limits.chatPerSecond()));
            return new ChatRate(interval, (limits.chatBurst() - 1) * interval);
        }

        /** The earliest a call may start, given the theoretical arrival of the next call. */
        long earliestStart(long theoreticalArrival) {
            return theoreticalArrival - burstTolerance;
        }

        /** The theoretical arrival after a call that ended at {@code end}: from its end, so calls stay apart on Telegram's side too. */
        long afterCall(long theoreticalArrival, long end) {
            return Math.max(end, theoreticalArrival) + interval;
        }

        /** A cautious start's theoretical arrival: an empty bucket, so the first call is due one interval after the start. */
        long emptyBucket() {
            return interval + burstTolerance;
        }
    }

    final long chatId;
    final ArrayDeque<OutboxJob<?>> jobs = new ArrayDeque<>();
    /** Only for groups: the per-window message limit. */
    final OutboxWindow groupWindow;
    State state = State.IDLE;
    /** The time the next call would be due at the steady rate ({@link ChatRate}). */
    long theoreticalArrival;
    long pausedUntil;
    /** Until then the chat's calls are dropped: Telegram asked to wait longer than worth waiting. */
    long mutedUntil;

    OutboxLane(long chatId, OutboxWindow groupWindow) {
        this.chatId = chatId;
        this.groupWindow = groupWindow;
    }

    /**
     * A new lane. With a cautious start (see the {@link Outbox} constructor that takes a clock) its bucket starts
     * empty: the first call is due one interval after the start, then the steady rate; a group's window starts half
     * full for its first window.
     */
    static OutboxLane open(long chatId, ChatRate rate, int groupMessages, long groupWindow, boolean cautiousStart, long now) {
        OutboxLane lane = new OutboxLane(chatId, chatId < 0 ? new OutboxWindow(groupMessages, groupWindow) : null);
        if (cautiousStart) {
            lane.theoreticalArrival = rate.emptyBucket();
            if (lane.groupWindow != null && now < groupWindow) {
                lane.groupWindow.occupy(groupMessages / 2, 0);
            }
        }
        return lane;
    }

    /**
     * The earliest its next call may start: after its pause, and for a chat (not the calls tied to none, chat 0) at
     * its steady rate and within its group's window.
     */
    long earliestStart(long now, ChatRate rate) {
        long at = Math.max(now, pausedUntil);
        if (chatId != 0) {
            at = Math.max(at, rate.earliestStart(theoreticalArrival));
            if (groupWindow != null) {
                at = Math.max(at, groupWindow.earliestStart(now));
            }
        }
        return at;
    }

    /**
     * Its running call ended at {@code end}: its rate moves on from there; the call leaves the queue unless it is to
     * be retried, after a pause; a call given up ({@link OutboxRetryPolicy.Retry#giveUp()}) mutes the chat as long.
     */
    void ended(long end, ChatRate rate, OutboxRetryPolicy.Retry retry) {
        if (chatId != 0) {
            theoreticalArrival = rate.afterCall(theoreticalArrival, end);
        }
        if (retry == null || retry.giveUp()) {
            jobs.pollFirst();
        }
        if (retry != null) {
            pausedUntil = end + retry.delayNanos();
        }
        if (retry != null && retry.giveUp()) {
            mutedUntil = pausedUntil;
        }
        state = State.IDLE;
    }

    /**
     * Its queue is full: drops the call {@code newcomer} supersedes ({@link OutboxQueueCap}); false when none may be
     * dropped.
     */
    boolean makeRoom(OutboxQueueCap cap, Outgoing<?> newcomer) {
        OutboxJob<?> dropped = cap.superseded(jobs, state == State.RUNNING, job -> job.outgoing);
        if (dropped == null) {
            log.debug("Chat {} has {} calls queued, none of which may be dropped", chatId, jobs.size());
            return false;
        }
        log.info("Chat {} has {} calls queued: dropped its oldest queued {}, superseded by a newer {}", chatId,
                jobs.size(), dropped.outgoing.method(), newcomer.method());
        jobs.remove(dropped);
        return true;
    }

    /** A flood wait too long to wait out: drops the chat's queued calls, as new ones are dropped; how many. */
    int dropQueued() {
        int dropped = 0;
        OutboxJob<?> job;
        while ((job = jobs.pollFirst()) != null) {
            dropped++;
            log.info("Dropped {} to chat {}: the chat is flood-limited", job.outgoing.method(), chatId);
        }
        return dropped;
    }

    /** True when forgetting this lane changes nothing: a new one would behave the same. */
    boolean isFresh(long now) {
        return theoreticalArrival <= now && pausedUntil <= now && (groupWindow == null || groupWindow.isEmpty(now));
    }
}
