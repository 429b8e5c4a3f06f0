package quizbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Outbox}'s queues and rate state: a lane per chat (its calls in order, its steady rate, a group's window,
 * its pauses), the overall window, and the button answers that skip them all. Workers take the next call that may
 * start now ({@link #next}) and report its end ({@link #finish}); delays pass on the timer, times come from the
 * injected clock. Thread-safe: every field is guarded by one lock.
 */
final class OutboxLanes {

    /** Logged as the outbox's own decisions. */
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** A call a worker may start, with the places it claimed in the rate windows (none for a button answer). */
    record Dispatch(OutboxJob<?> job, OutboxLane lane, OutboxWindow.Slot globalSlot, OutboxWindow.Slot groupSlot) {
    }

    private final boolean cautiousStart;
    /** Nanoseconds as {@link System#nanoTime}; tests may jump it forward, never back. */
    private final LongSupplier nanoClock;
    private final long origin;
    private final OutboxLane.ChatRate chatRate;
    private final int groupMessages;
    private final long groupWindow;
    private final OutboxQueueCap queueCap;
    private final ScheduledExecutorService timer;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever work, a free slot or the end of a call may let someone proceed. */
    private final Condition changed = lock.newCondition();
    // Guarded by lock:
    private final Map<Long, OutboxLane> lanes = new HashMap<>();
    private final ArrayDeque<OutboxLane> ready = new ArrayDeque<>();
    private final ArrayDeque<OutboxJob<?>> urgent = new ArrayDeque<>();
    private final OutboxWindow global;
    private int pending;
    private int peakChatQueue;
    private long superseded;
    private long droppedInFloodWait;
    private boolean closed;
    private boolean stopped;

    /** A cautious start: see the {@link Outbox} constructor that takes a clock. */
    OutboxLanes(Limits limits, OutboxTuning tuning, LongSupplier nanoClock, ScheduledExecutorService timer) {
        this.cautiousStart = tuning.cautiousStart();
        this.nanoClock = nanoClock;
        this.origin = nanoClock.getAsLong();
        this.chatRate = OutboxLane.ChatRate.of(limits);
        this.groupMessages = limits.groupMessages();
        this.groupWindow = limits.groupWindow().toNanos();
        this.global = new OutboxWindow(limits.globalPerSecond(), SECOND);
        this.queueCap = new OutboxQueueCap(tuning.chatQueueCap());
        this.timer = timer;
        if (cautiousStart) {
            global.occupy(limits.globalPerSecond(), 0);
        }
    }

    /** Calls queued or in flight. */
    int pending() {
        return locked(() -> pending);
    }

    /** Calls queued for {@code chatId}, the one in flight included; button answers skip the queue and are not counted. */
    int queued(long chatId) {
        return locked(() -> lanes.containsKey(chatId) ? lanes.get(chatId).jobs.size() : 0);
    }

    /** The longest any chat's queue has been since start (see {@link #queued}). */
    int peakChatQueue() {
        return locked(() -> peakChatQueue);
    }

    Outbox.Stats stats() {
        return locked(() -> new Outbox.Stats(pending, lanes.values().stream().mapToInt(lane -> lane.jobs.size()).max().orElse(0),
                peakChatQueue, superseded, droppedInFloodWait));
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops accepting calls and waits up to {@code timeout} for the queued ones to be delivered, then stops the
     * workers' waiting; the calls left undelivered, or -1 when closed already.
     */
    int closeAndFlush(Duration timeout) {
        lock.lock();
        try {
            if (closed) {
                return -1;
            }
            closed = true;
            long deadline = now() + timeout.toNanos();
            while (pending > 0) {
                long remaining = deadline - now();
                if (remaining <= 0) {
                    break;
                }
                try {
                    changed.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            stopped = true;
            changed.signalAll();
            return pending;
        } finally {
            lock.unlock();
        }
    }

    /** Queues the call on its chat's lane (button answers: ahead of every lane), unless closed or its chat is muted. */
    void enqueue(Outgoing<?> outgoing) {
        lock.lock();
        try {
            if (closed) {
                log.warn("Outbox closed: dropped {} to chat {}", outgoing.method(), outgoing.chatId());
                return;
            }
            OutboxJob<?> job = new OutboxJob<>(outgoing);
            if (outgoing.urgent()) {
                pending++;
                urgent.addLast(job);
                changed.signalAll();
                return;
            }
            OutboxLane lane = lanes.computeIfAbsent(outgoing.chatId(),
                    chatId -> OutboxLane.open(chatId, chatRate, groupMessages, groupWindow, cautiousStart, now()));
            if (now() < lane.mutedUntil) {
                droppedInFloodWait++;
                log.info("Dropped {} to chat {}: the chat is flood-limited for {} s more", outgoing.method(),
                        lane.chatId, TimeUnit.NANOSECONDS.toSeconds(lane.mutedUntil - now()) + 1);
                return;
            }
            pending++;
            if (queueCap.isFull(lane.jobs.size()) && lane.makeRoom(queueCap, outgoing)) {
                pending--;
                superseded++;
            }
            lane.jobs.addLast(job);
            peakChatQueue = Math.max(peakChatQueue, lane.jobs.size());
            if (lane.state == OutboxLane.State.IDLE) {
                schedule(lane, now());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Puts an idle lane with work in line: at once, or when its chat's limits and pauses allow. Holds the lock. */
    private void schedule(OutboxLane lane, long now) {
        long at = lane.earliestStart(now, chatRate);
        if (at <= now) {
            lane.state = OutboxLane.State.READY;
            ready.addLast(lane);
            changed.signalAll();
        } else {
            lane.state = OutboxLane.State.WAITING;
            later(at - now, () -> wake(lane));
        }
    }

    private void wake(OutboxLane lane) {
        lock.lock();
        try {
            if (lane.state == OutboxLane.State.WAITING && !stopped) {
                schedule(lane, now());
            }
        } finally {
            lock.unlock();
        }
    }

    private void requeueUrgent(OutboxJob<?> job) {
        lock.lock();
        try {
            urgent.addLast(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code task} after {@code delayNanos} on the timer. Holds the lock. */
    private void later(long delayNanos, Runnable task) {
        try {
            timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Outbox stopping: a delayed call is not rescheduled");
        }
    }

    /** Forgets the lanes that would behave as new ones, so a bot that met millions of chats keeps few. */
    void forgetIdleChats() {
        lock.lock();
        try {
            long now = now();
            lanes.values().removeIf(lane -> lane.state == OutboxLane.State.IDLE && lane.jobs.isEmpty() && lane.isFresh(now));
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a call that may start now and claims its places in the rate windows; null once stopped. */
    Dispatch next() throws InterruptedException {
        lock.lock();
        try {
            while (!stopped) {
                if (urgent.isEmpty() && ready.isEmpty()) {
                    changed.await();
                    continue;
                }
                OutboxJob<?> job = urgent.pollFirst();
                if (job != null) {
                    return new Dispatch(job, null, null, null);
                }
                long now = now();
                long start = global.earliestStart(now);
                if (start > now) {
                    if (start == Long.MAX_VALUE) {
                        changed.await();
                    } else {
                        changed.awaitNanos(start - now);
                    }
                    continue;
                }
                OutboxWindow.Slot globalSlot = global.claim();
                OutboxLane lane = ready.pollFirst();
                lane.state = OutboxLane.State.RUNNING;
                OutboxWindow.Slot groupSlot = lane.groupWindow == null ? null : lane.groupWindow.claim();
                return new Dispatch(lane.jobs.peekFirst(), lane, globalSlot, groupSlot);
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Records the end of a call, then retries it later or moves its chat on. */
    void finish(Dispatch dispatch, long end, OutboxRetryPolicy.Retry retry) {
        lock.lock();
        try {
            OutboxLane lane = dispatch.lane();
            if (lane == null) {
                if (retry == null || retry.giveUp()) {
                    pending--;
                } else {
                    later(retry.delayNanos(), () -> requeueUrgent(dispatch.job()));
                }
            } else {
                OutboxWindow.release(dispatch.globalSlot(), end);
                if (dispatch.groupSlot() != null) {
                    OutboxWindow.release(dispatch.groupSlot(), end);
                }
                lane.ended(end, chatRate, retry);
                if (retry == null || retry.giveUp()) {
                    pending--;
                }
                if (retry != null && retry.giveUp()) {
                    int dropped = lane.dropQueued();
                    pending -= dropped;
                    droppedInFloodWait += dropped;
                }
                if (!lane.jobs.isEmpty()) {
                    schedule(lane, now());
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long now() {
        return nanoClock.getAsLong() - origin;
    }
}
