package quizbot.telegram;

import java.io.Serializable;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
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
 * Logs name the method and chat id, never the bot token. Each policy is a class of its own, unit-tested on a clock
 * of plain numbers: a chat's lane and steady rate ({@link OutboxLane}), the overall and group windows
 * ({@link OutboxWindow}), the queue cap ({@link OutboxQueueCap}), the retry decision ({@link OutboxRetryPolicy},
 * with {@link OutboxFloodPolicy} for 429s), redaction ({@link OutboxFailures}); {@link OutboxLanes} holds their state.
 *
 * <p>Thread-safe: {@code send} may be called from any thread. {@code onDelivered} runs on a worker thread before the
 * chat's next call starts.
 */
public final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final long LANE_SWEEP_SECONDS = 60;

    /**
     * For monitoring: calls queued or in flight; the longest chat queue now and the longest since start; plain
     * messages dropped because a newer one superseded them in a full chat queue; calls dropped because their chat
     * was told to wait longer than worth waiting.
     */
    public record Stats(int pending, int longestChatQueue, int peakChatQueue, long superseded,
                        long droppedInFloodWait) {
    }

    private final TelegramClient client;
    private final OutboxTuning tuning;
    private final OutboxRetryPolicy retryPolicy;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final OutboxLanes lanes;

    public Outbox(TelegramClient client, Limits limits) {
        this(client, limits, OutboxTuning.DEFAULT);
    }

    Outbox(TelegramClient client, Limits limits, OutboxTuning tuning) {
        this(client, limits, tuning, System::nanoTime);
    }

    /**
     * With {@code nanoClock} in place of {@link System#nanoTime}. Delays still pass on the real timer, so the clock
     * must not run slower than real time; a test may jump it forward to end a long pause at once.
     *
     * <p>A cautious start ({@link OutboxTuning#cautiousStart()}): Telegram still counts the calls of the process that ran
     * before this one, which this outbox never saw. So during the first moments the overall window is as if the last
     * second had been full (the first call waits a second); a chat's bucket starts empty (no burst: its steady rate
     * until the bucket has refilled, a few seconds); a group's window starts half full for one window. Full would be
     * safe for any group but would silence every group for a minute after each restart; half leaves a group half its
     * budget, enough for a quiz step, and is safe unless the previous process had sent it more than half its limit
     * in its last minute, which then costs a 429 and a retry.
     */
    Outbox(TelegramClient client, Limits limits, OutboxTuning tuning, LongSupplier nanoClock) {
        this.client = Objects.requireNonNull(client, "client");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.retryPolicy = new OutboxRetryPolicy(tuning);
        this.workers = Executors.newFixedThreadPool(tuning.workers(), DaemonThreads.named("outbox-worker-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("outbox-timer-"));
        this.lanes = new OutboxLanes(limits, tuning, Objects.requireNonNull(nanoClock, "nanoClock"), timer);
        for (int i = 0; i < tuning.workers(); i++) {
            workers.execute(this::work);
        }
        timer.scheduleWithFixedDelay(lanes::forgetIdleChats, LANE_SWEEP_SECONDS, LANE_SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Queues {@code method} for {@code chatId} (0 for calls tied to no chat, negative for groups);
     * {@code onDelivered} (may be null) runs once with the result after success.
     */
    public <T extends Serializable> void send(long chatId, BotApiMethod<T> method, Consumer<? super T> onDelivered) {
        Objects.requireNonNull(method, "method");
        lanes.enqueue(new Outgoing<T>(chatId, method.getMethod(), telegram -> telegram.execute(method), onDelivered));
    }

    /** Queues {@code method} for {@code chatId}; nobody waits for its result. */
    public void send(long chatId, BotApiMethod<?> method) {
        send(chatId, method, null);
    }

    /** Queues a document upload. Retries re-send it, so its {@code InputFile} should not be a one-shot stream. */
    public void send(long chatId, SendDocument document, Consumer<? super Message> onDelivered) {
        Objects.requireNonNull(document, "document");
        lanes.enqueue(new Outgoing<>(chatId, document.getMethod(), telegram -> telegram.execute(document), onDelivered));
    }

    /** Queues a photo upload. Retries re-send it, so its {@code InputFile} should not be a one-shot stream. */
    public void send(long chatId, SendPhoto photo, Consumer<? super Message> onDelivered) {
        Objects.requireNonNull(photo, "photo");
        lanes.enqueue(new Outgoing<>(chatId, photo.getMethod(), telegram -> telegram.execute(photo), onDelivered));
    }

    /** Calls queued or in flight. */
    public int pending() {
        return lanes.pending();
    }

    /** Calls queued for {@code chatId}, the one in flight included; button answers skip the queue and are not counted. */
    public int queued(long chatId) {
        return lanes.queued(chatId);
    }

    /** The longest any chat's queue has been since start (see {@link #queued}). */
    public int peakChatQueue() {
        return lanes.peakChatQueue();
    }

    public Stats stats() {
        return lanes.stats();
    }

    /** Stops accepting calls, delivers what is queued within the flush timeout, then stops the threads. */
    @Override
    public void close() {
        int undelivered = lanes.closeAndFlush(tuning.flushTimeout());
        if (undelivered < 0) {
            return;
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

    private void work() {
        while (true) {
            OutboxLanes.Dispatch dispatch;
            try {
                dispatch = lanes.next();
            } catch (InterruptedException e) {
                return;
            }
            if (dispatch == null) {
                return;
            }
            run(dispatch.job(), dispatch);
        }
    }

    private <T extends Serializable> void run(OutboxJob<T> job, OutboxLanes.Dispatch dispatch) {
        Outgoing<T> outgoing = job.outgoing;
        OutboxRetryPolicy.Retry retry = null;
        T result = null;
        boolean delivered = false;
        try {
            result = outgoing.call().execute(client);
            delivered = true;
        } catch (TelegramApiException e) {
            retry = retryPolicy.judge(job, e);
        } catch (RuntimeException e) {
            log.warn("{} to chat {} failed: {}", outgoing.method(), outgoing.chatId(), OutboxFailures.describe(e));
        }
        long end = lanes.now();
        if (delivered) {
            log.debug("{} to chat {} delivered", outgoing.method(), outgoing.chatId());
            try {
                outgoing.deliver(result);
            } catch (RuntimeException e) {
                log.warn("After {} to chat {} was delivered, its follow-up failed: {}", outgoing.method(),
                        outgoing.chatId(), OutboxFailures.describe(e));
            }
        }
        lanes.finish(dispatch, end, retry);
    }
}
