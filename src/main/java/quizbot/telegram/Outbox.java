package quizbot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one queue for every outgoing Bot API call. TelegramBots neither throttles nor retries, so this does both:
 * <ul>
 *   <li>Each chat's calls go out in the order they were queued, one at a time (the question may only follow its
 *       verdict); different chats proceed in parallel on a few worker threads, taking turns.</li>
 *   <li>Rate limits ({@link Limits}) hold on Telegram's side too: a call occupies its place in a window from the
 *       moment it starts until its answer arrives, so network jitter cannot squeeze two calls closer together on
 *       the server than they were allowed here.</li>
 *   <li>A 429 pauses the chat for {@code retry_after} and retries the same call; calls tied to no chat (chat 0,
 *       e.g. setMyCommands) are a chat of their own here, so their 429 pauses only them. A {@code retry_after}
 *       longer than worth waiting gives the call up and drops the chat's calls until it is over. A 5xx, an
 *       unreadable answer or a connection that never reached the server is retried with exponential backoff; any
 *       other failure is logged and dropped. A call whose outcome is unknown (e.g. read timeout) is retried only
 *       when running it twice changes nothing (edits, button answers, commands; a refusal of the retry then means
 *       the first landed); a message or poll is not, so nothing arrives twice.</li>
 *   <li>A chat's queue is capped: when it is full, a new call drops the oldest queued plain message (never an edit
 *       or a button answer), so a learner asking faster than the chat's rate gets the newest state, not a backlog.</li>
 *   <li>A new outbox starts cautious: Telegram still counts the calls of the process before (see the constructor).</li>
 *   <li>{@code answerCallbackQuery} is not a chat message: it skips the chat's queue and every rate limit, which
 *       Telegram sets for messages, so the learner's button stops spinning at once.</li>
 * </ul>
 * Logs name the method and chat id, never the bot token.
 *
 * <p>Thread-safe: {@code send} may be called from any thread. {@code onDelivered} runs on a worker thread before the
 * chat's next call starts.
 */
public final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long LANE_SWEEP_SECONDS = 60;

    /**
     * How the outbox works apart from the rate limits; tests shorten the waits. {@code chatQueueCap}: calls queued
     * for one chat (the one in flight included) before a new plain message supersedes the oldest queued one.
     * {@code maxFloodWait}: the longest {@code retry_after} worth waiting; beyond it the call is given up and the
     * chat's calls are dropped until the wait is over. {@code cautiousStart}: start as if the previous process had
     * just sent (see {@link Outbox#Outbox(TelegramClient, Limits, Tuning, LongSupplier)}); off only in tests that
     * measure a burst.
     */
    record Tuning(int workers, Duration firstBackoff, Duration maxBackoff, int maxAttempts, int maxFloodWaits,
                  Duration flushTimeout, int chatQueueCap, Duration maxFloodWait, boolean cautiousStart) {

        /**
         * 50: never less than what the flood guard lets one learner ask at once (a burst of 20 updates, each
         * answered with up to two messages, e.g. a verdict and the next question, plus its slow-down notice), so the
         * cap drops nothing a burst the guard admitted; beyond that the chat is asked steadily for more than its 1/s,
         * and the cap keeps its backlog under a minute instead of growing by the hour.
         */
        static final int CHAT_QUEUE_CAP = 50;
        /**
         * Five minutes: a learner who waits longer has left, and a quiz question older than that is stale; Telegram
         * answers hours (even a day) after a flood, and holding a chat's calls that long only lets its queue rot.
         */
        static final Duration MAX_FLOOD_WAIT = Duration.ofMinutes(5);
        static final Tuning DEFAULT = new Tuning(8, Duration.ofMillis(500), Duration.ofSeconds(8), 6, 10,
                Duration.ofSeconds(10), CHAT_QUEUE_CAP, MAX_FLOOD_WAIT, true);

        Tuning {
            if (workers < 1 || maxAttempts < 1 || maxFloodWaits < 0 || chatQueueCap < 1) {
                throw new IllegalArgumentException("workers, attempts and the chat queue cap must be positive");
            }
            Objects.requireNonNull(firstBackoff, "firstBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(flushTimeout, "flushTimeout");
            Objects.requireNonNull(maxFloodWait, "maxFloodWait");
        }

        /** The retry settings; the rest as in {@link #DEFAULT}. */
        Tuning(int workers, Duration firstBackoff, Duration maxBackoff, int maxAttempts, int maxFloodWaits,
               Duration flushTimeout) {
            this(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout, CHAT_QUEUE_CAP,
                    MAX_FLOOD_WAIT, true);
        }

        Tuning withChatQueueCap(int cap) {
            return new Tuning(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout, cap,
                    maxFloodWait, cautiousStart);
        }

        Tuning withMaxFloodWait(Duration longest) {
            return new Tuning(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout,
                    chatQueueCap, longest, cautiousStart);
        }

        Tuning withCautiousStart(boolean cautious) {
            return new Tuning(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout,
                    chatQueueCap, maxFloodWait, cautious);
        }
    }

    /**
     * For monitoring: calls queued or in flight; the longest chat queue now and the longest since start; plain
     * messages dropped because a newer one superseded them in a full chat queue; calls dropped because their chat
     * was told to wait longer than worth waiting.
     */
    public record Stats(int pending, int longestChatQueue, int peakChatQueue, long superseded,
                        long droppedInFloodWait) {
    }

    private enum LaneState { IDLE, WAITING, READY, RUNNING }

    private final TelegramClient client;
    private final Tuning tuning;
    /** Nanoseconds as {@link System#nanoTime}; tests may jump it forward, never back. */
    private final LongSupplier nanoClock;
    private final long origin;
    /** Nanoseconds between two calls to one chat once its burst is spent. */
    private final long chatInterval;
    /** How far ahead of its theoretical time a chat's call may go: the burst. */
    private final long chatBurstTolerance;
    private final int groupMessages;
    private final long groupWindow;
    private final OutboxQueueCap queueCap;
    private final OutboxFloodPolicy floodPolicy;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever work, a free slot or the end of a call may let someone proceed. */
    private final Condition changed = lock.newCondition();
    // Guarded by lock:
    private final Map<Long, Lane> lanes = new HashMap<>();
    private final ArrayDeque<Lane> ready = new ArrayDeque<>();
    private final ArrayDeque<Job<?>> urgent = new ArrayDeque<>();
    private final OutboxWindow global;
    private int pending;
    private int peakChatQueue;
    private long superseded;
    private long droppedInFloodWait;
    private boolean closed;
    private boolean stopped;

    public Outbox(TelegramClient client, Limits limits) {
        this(client, limits, Tuning.DEFAULT);
    }

    Outbox(TelegramClient client, Limits limits, Tuning tuning) {
        this(client, limits, tuning, System::nanoTime);
    }

    /**
     * With {@code nanoClock} in place of {@link System#nanoTime}. Delays still pass on the real timer, so the clock
     * must not run slower than real time; a test may jump it forward to end a long pause at once.
     *
     * <p>A cautious start ({@link Tuning#cautiousStart()}): Telegram still counts the calls of the process that ran
     * before this one, which this outbox never saw. So during the first moments the overall window is as if the last
     * second had been full (the first call waits a second); a chat's bucket starts empty (no burst: its steady rate
     * until the bucket has refilled, a few seconds); a group's window starts half full for one window. Full would be
     * safe for any group but would silence every group for a minute after each restart; half leaves a group half its
     * budget, enough for a quiz step, and is safe unless the previous process had sent it more than half its limit
     * in its last minute, which then costs a 429 and a retry.
     */
    Outbox(TelegramClient client, Limits limits, Tuning tuning, LongSupplier nanoClock) {
        this.client = Objects.requireNonNull(client, "client");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.origin = nanoClock.getAsLong();
        this.chatInterval = Math.max(1, Math.round(SECOND / limits.chatPerSecond()));
        this.chatBurstTolerance = (limits.chatBurst() - 1) * chatInterval;
        this.groupMessages = limits.groupMessages();
        this.groupWindow = limits.groupWindow().toNanos();
        this.global = new OutboxWindow(limits.globalPerSecond(), SECOND);
        this.queueCap = new OutboxQueueCap(tuning.chatQueueCap());
        this.floodPolicy = new OutboxFloodPolicy(tuning.maxFloodWaits(), tuning.maxFloodWait());
        this.workers = Executors.newFixedThreadPool(tuning.workers(), DaemonThreads.named("outbox-worker-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("outbox-timer-"));
        if (tuning.cautiousStart()) {
            global.occupy(limits.globalPerSecond(), 0);
        }
        for (int i = 0; i < tuning.workers(); i++) {
            workers.execute(this::work);
        }
        timer.scheduleWithFixedDelay(this::forgetIdleChats, LANE_SWEEP_SECONDS, LANE_SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Queues {@code method} for {@code chatId} (0 for calls tied to no chat, negative for groups);
     * {@code onDelivered} (may be null) runs once with the result after success.
     */
    public <T extends Serializable> void send(long chatId, BotApiMethod<T> method, Consumer<? super T> onDelivered) {
        Objects.requireNonNull(method, "method");
        enqueue(new Outgoing<T>(chatId, method.getMethod(), telegram -> telegram.execute(method), onDelivered));
    }

    /** Queues {@code method} for {@code chatId}; nobody waits for its result. */
    public void send(long chatId, BotApiMethod<?> method) {
        send(chatId, method, null);
    }

    /** Queues a document upload. Retries re-send it, so its {@code InputFile} should not be a one-shot stream. */
    public void send(long chatId, SendDocument document, Consumer<? super Message> onDelivered) {
        Objects.requireNonNull(document, "document");
        enqueue(new Outgoing<>(chatId, document.getMethod(), telegram -> telegram.execute(document), onDelivered));
    }

    /** Queues a photo upload. Retries re-send it, so its {@code InputFile} should not be a one-shot stream. */
    public void send(long chatId, SendPhoto photo, Consumer<? super Message> onDelivered) {
        Objects.requireNonNull(photo, "photo");
        enqueue(new Outgoing<>(chatId, photo.getMethod(), telegram -> telegram.execute(photo), onDelivered));
    }

    /** Calls queued or in flight. */
    public int pending() {
        lock.lock();
        try {
            return pending;
        } finally {
            lock.unlock();
        }
    }

    /** Calls queued for {@code chatId}, the one in flight included; button answers skip the queue and are not counted. */
    public int queued(long chatId) {
        lock.lock();
        try {
            Lane lane = lanes.get(chatId);
            return lane == null ? 0 : lane.jobs.size();
        } finally {
            lock.unlock();
        }
    }

    /** The longest any chat's queue has been since start (see {@link #queued}). */
    public int peakChatQueue() {
        lock.lock();
        try {
            return peakChatQueue;
        } finally {
            lock.unlock();
        }
    }

    public Stats stats() {
        lock.lock();
        try {
            int longest = 0;
            for (Lane lane : lanes.values()) {
                longest = Math.max(longest, lane.jobs.size());
            }
            return new Stats(pending, longest, peakChatQueue, superseded, droppedInFloodWait);
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting calls, delivers what is queued within the flush timeout, then stops the threads. */
    @Override
    public void close() {
        int undelivered;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            long deadline = now() + tuning.flushTimeout().toNanos();
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
            undelivered = pending;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (undelivered > 0) {
            log.warn("Outbox closed with {} calls undelivered after {} s", undelivered,
                    tuning.flushTimeout().toSeconds());
        }
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- queueing

    private void enqueue(Outgoing<?> outgoing) {
        lock.lock();
        try {
            if (closed) {
                log.warn("Outbox closed: dropped {} to chat {}", outgoing.method(), outgoing.chatId());
                return;
            }
            Job<?> job = new Job<>(outgoing);
            if (outgoing.urgent()) {
                pending++;
                urgent.addLast(job);
                changed.signalAll();
                return;
            }
            Lane lane = lanes.computeIfAbsent(outgoing.chatId(), this::newLane);
            if (now() < lane.mutedUntil) {
                droppedInFloodWait++;
                log.info("Dropped {} to chat {}: the chat is flood-limited for {} s more", outgoing.method(),
                        lane.chatId, TimeUnit.NANOSECONDS.toSeconds(lane.mutedUntil - now()) + 1);
                return;
            }
            pending++;
            if (queueCap.isFull(lane.jobs.size())) {
                makeRoom(lane, outgoing);
            }
            lane.jobs.addLast(job);
            peakChatQueue = Math.max(peakChatQueue, lane.jobs.size());
            if (lane.state == LaneState.IDLE) {
                schedule(lane, now());
            }
        } finally {
            lock.unlock();
        }
    }

    /** The chat's queue is full: drops the call {@code newcomer} supersedes ({@link OutboxQueueCap}). Holds the lock. */
    private void makeRoom(Lane lane, Outgoing<?> newcomer) {
        Job<?> dropped = queueCap.superseded(lane.jobs, lane.state == LaneState.RUNNING, job -> job.outgoing);
        if (dropped == null) {
            log.debug("Chat {} has {} calls queued, none of which may be dropped", lane.chatId, lane.jobs.size());
            return;
        }
        log.info("Chat {} has {} calls queued: dropped its oldest queued {}, superseded by a newer {}", lane.chatId,
                lane.jobs.size(), dropped.outgoing.method(), newcomer.method());
        lane.jobs.remove(dropped);
        pending--;
        superseded++;
    }

    private Lane newLane(long chatId) {
        Lane lane = new Lane(chatId, chatId < 0 ? new OutboxWindow(groupMessages, groupWindow) : null);
        if (tuning.cautiousStart()) {
            // Empty bucket at the start: the first call is due one interval after it, then the steady rate.
            lane.theoreticalArrival = chatInterval + chatBurstTolerance;
            if (lane.groupWindow != null && now() < groupWindow) {
                lane.groupWindow.occupy(groupMessages / 2, 0);
            }
        }
        return lane;
    }

    /** Puts an idle lane with work in line: at once, or when its chat's limits and pauses allow. Holds the lock. */
    private void schedule(Lane lane, long now) {
        long at = Math.max(now, lane.pausedUntil);
        if (lane.chatId != 0) {
            at = Math.max(at, lane.theoreticalArrival - chatBurstTolerance);
            if (lane.groupWindow != null) {
                at = Math.max(at, lane.groupWindow.earliestStart(now));
            }
        }
        if (at <= now) {
            lane.state = LaneState.READY;
            ready.addLast(lane);
            changed.signalAll();
        } else {
            lane.state = LaneState.WAITING;
            later(at - now, () -> wake(lane));
        }
    }

    private void wake(Lane lane) {
        lock.lock();
        try {
            if (lane.state == LaneState.WAITING && !stopped) {
                schedule(lane, now());
            }
        } finally {
            lock.unlock();
        }
    }

    private void requeueUrgent(Job<?> job) {
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

    private void forgetIdleChats() {
        lock.lock();
        try {
            long now = now();
            lanes.values().removeIf(lane -> lane.state == LaneState.IDLE && lane.jobs.isEmpty() && lane.isFresh(now));
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- working

    private void work() {
        while (true) {
            Dispatch dispatch;
            try {
                dispatch = next();
            } catch (InterruptedException e) {
                return;
            }
            if (dispatch == null) {
                return;
            }
            run(dispatch.job(), dispatch);
        }
    }

    /** Waits for a call that may start now and claims its places in the rate windows; null once stopped. */
    private Dispatch next() throws InterruptedException {
        lock.lock();
        try {
            while (!stopped) {
                if (urgent.isEmpty() && ready.isEmpty()) {
                    changed.await();
                    continue;
                }
                Job<?> job = urgent.pollFirst();
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
                Lane lane = ready.pollFirst();
                lane.state = LaneState.RUNNING;
                OutboxWindow.Slot groupSlot = lane.groupWindow == null ? null : lane.groupWindow.claim();
                return new Dispatch(lane.jobs.peekFirst(), lane, globalSlot, groupSlot);
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    private <T extends Serializable> void run(Job<T> job, Dispatch dispatch) {
        Outgoing<T> outgoing = job.outgoing;
        Retry retry = null;
        T result = null;
        boolean delivered = false;
        try {
            result = outgoing.call().execute(client);
            delivered = true;
        } catch (TelegramApiException e) {
            retry = judge(job, e);
        } catch (RuntimeException e) {
            log.warn("{} to chat {} failed: {}", outgoing.method(), outgoing.chatId(), OutboxFailures.describe(e));
        }
        long end = now();
        if (delivered) {
            log.debug("{} to chat {} delivered", outgoing.method(), outgoing.chatId());
            try {
                outgoing.deliver(result);
            } catch (RuntimeException e) {
                log.warn("After {} to chat {} was delivered, its follow-up failed: {}", outgoing.method(),
                        outgoing.chatId(), OutboxFailures.describe(e));
            }
        }
        finish(dispatch, end, retry);
    }

    /** Records the end of a call, then retries it later or moves its chat on. */
    private void finish(Dispatch dispatch, long end, Retry retry) {
        lock.lock();
        try {
            Lane lane = dispatch.lane();
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
                if (lane.chatId != 0) {
                    lane.theoreticalArrival = Math.max(end, lane.theoreticalArrival) + chatInterval;
                }
                if (retry == null) {
                    lane.jobs.pollFirst();
                    pending--;
                } else if (retry.giveUp()) {
                    lane.jobs.pollFirst();
                    pending--;
                    lane.pausedUntil = end + retry.delayNanos();
                    lane.mutedUntil = lane.pausedUntil;
                    dropQueued(lane);
                } else {
                    lane.pausedUntil = end + retry.delayNanos();
                }
                lane.state = LaneState.IDLE;
                if (!lane.jobs.isEmpty()) {
                    schedule(lane, now());
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A flood wait too long to wait out: drops the chat's queued calls, as {@link #enqueue} will drop new ones. */
    private void dropQueued(Lane lane) {
        Job<?> job;
        while ((job = lane.jobs.pollFirst()) != null) {
            pending--;
            droppedInFloodWait++;
            log.info("Dropped {} to chat {}: the chat is flood-limited", job.outgoing.method(), lane.chatId);
        }
    }

    /** What to do after a failed call: a retry, a flood wait not worth waiting (give up), or null to drop it; logged. */
    private Retry judge(Job<?> job, TelegramApiException failure) {
        String method = job.outgoing.method();
        long chatId = job.outgoing.chatId();
        if (failure instanceof TelegramApiRequestException) {
            TelegramApiRequestException refused = (TelegramApiRequestException) failure;
            int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
            if (code == 429) {
                int seconds = OutboxFloodPolicy.retryAfterSeconds(refused);
                OutboxFloodPolicy.Verdict verdict = floodPolicy.judge(seconds, job.floodWaits);
                if (verdict == OutboxFloodPolicy.Verdict.MUTE_CHAT) {
                    log.warn("Gave up {} to chat {}: Telegram asks to wait {} s, more than the {} s worth waiting; "
                            + "calls to the chat are dropped until then", method, chatId, seconds,
                            floodPolicy.maxWaitSeconds());
                    return new Retry(TimeUnit.SECONDS.toNanos(seconds), true);
                }
                if (verdict == OutboxFloodPolicy.Verdict.GIVE_UP) {
                    log.warn("Gave up {} to chat {}: still flood-limited after {} waits", method, chatId,
                            job.floodWaits);
                    return null;
                }
                job.floodWaits++;
                log.info("Flood control: {} to chat {} waits {} s", method, chatId, seconds);
                return new Retry(TimeUnit.SECONDS.toNanos(seconds), false);
            }
            if (code >= 500 || code == 0 && OutboxFailures.hasCause(failure, IOException.class)) {
                return backOff(job, failure);
            }
            if (code != 0 && job.mayHaveLanded) {
                log.info("{} to chat {} refused on retry, so the earlier attempt of unknown outcome landed: {}", method,
                        chatId, OutboxFailures.describe(failure));
                return null;
            }
            if (code != 0) {
                log.warn("Telegram refused {} to chat {}: {}", method, chatId, OutboxFailures.describe(failure));
                return null;
            }
        }
        if (failure instanceof TelegramApiValidationException) {
            log.warn("Invalid {} to chat {} not sent: {}", method, chatId, OutboxFailures.describe(failure));
            return null;
        }
        if (OutboxFailures.neverReachedServer(failure)) {
            return backOff(job, failure);
        }
        if (job.outgoing.idempotent()) {
            job.mayHaveLanded = true;
            return backOff(job, failure);
        }
        log.warn("Outcome of {} to chat {} unknown; not retried, so it cannot arrive twice: {}", method, chatId,
                OutboxFailures.describe(failure));
        return null;
    }

    private Retry backOff(Job<?> job, TelegramApiException failure) {
        int attempts = ++job.failedAttempts;
        if (attempts >= tuning.maxAttempts()) {
            log.warn("Gave up {} to chat {} after {} attempts: {}", job.outgoing.method(), job.outgoing.chatId(),
                    attempts, OutboxFailures.describe(failure));
            return null;
        }
        long first = tuning.firstBackoff().toNanos();
        long delay = Math.min(tuning.maxBackoff().toNanos(), first << Math.min(attempts - 1, 30));
        log.info("{} to chat {} failed ({}); attempt {} in {} ms", job.outgoing.method(), job.outgoing.chatId(),
                OutboxFailures.describe(failure), attempts + 1, TimeUnit.NANOSECONDS.toMillis(delay));
        return new Retry(delay, false);
    }

    private long now() {
        return nanoClock.getAsLong() - origin;
    }

    // ---------------------------------------------------------------- state

    /** A queued call and how often it failed so far. Guarded by the outbox lock or owned by its worker. */
    private static final class Job<T extends Serializable> {
        final Outgoing<T> outgoing;
        int failedAttempts;
        int floodWaits;
        /** An attempt's outcome was unknown: a refusal of a later attempt may mean that one landed. */
        boolean mayHaveLanded;

        Job(Outgoing<T> outgoing) {
            this.outgoing = outgoing;
        }
    }

    /** Try the call again after the delay; or, with {@code giveUp}, drop it and the chat's calls for that long. */
    private record Retry(long delayNanos, boolean giveUp) {
    }

    private record Dispatch(Job<?> job, Lane lane, OutboxWindow.Slot globalSlot, OutboxWindow.Slot groupSlot) {
    }

    /** One chat's queue and rate state. Guarded by the outbox lock. */
    private static final class Lane {
        final long chatId;
        final ArrayDeque<Job<?>> jobs = new ArrayDeque<>();
        /** Only for groups: the per-window message limit. */
        final OutboxWindow groupWindow;
        LaneState state = LaneState.IDLE;
        /**
         * Generic cell rate algorithm (a token bucket): the time the next call would be due at the steady rate.
         * It advances from each call's end, not its start, so calls stay apart on Telegram's side too.
         */
        long theoreticalArrival;
        long pausedUntil;
        /** Until then the chat's calls are dropped: Telegram asked to wait longer than worth waiting. */
        long mutedUntil;

        Lane(long chatId, OutboxWindow groupWindow) {
            this.chatId = chatId;
            this.groupWindow = groupWindow;
        }

        /** True when forgetting this lane changes nothing: a new one would behave the same. */
        boolean isFresh(long now) {
            return theoreticalArrival <= now && pausedUntil <= now && (groupWindow == null || groupWindow.isEmpty(now));
        }
    }
}
