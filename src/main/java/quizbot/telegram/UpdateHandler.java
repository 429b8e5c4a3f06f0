package quizbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import quizbot.chat.Conversation;
import quizbot.chat.Incoming;
import quizbot.chat.Reply;
import quizbot.failure.QuizbotException;

/**
 * Receives the poller's updates. Each update is handled in its own failure boundary: whatever it
 * does (the database locked, full or read-only; a field missing; a bug), it is logged with its id,
 * its user gets a short reply where one can be addressed, and polling goes on. Updates of one chat
 * are handled in the order they came, different chats in parallel on lanes (a chat always maps to
 * the same single-threaded lane); each update id is claimed once in the update log, on its lane.
 * Slow work (files, articles, reports) runs on a small bounded pool apart from the lanes, so no
 * chat waits for another's article. A user flooding the bot has the excess dropped (and is told,
 * now and then). Thread-safe.
 */
final class UpdateHandler implements LongPollingUpdateConsumer, ReplySender.PollListener {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    /** A poll closes on Telegram's side at the end of its period; the next one follows a moment later. */
    private static final long CLOSE_GRACE_MILLIS = 500;

    static final String SLOW_DOWN = "You are sending faster than I can follow, so I skipped some of it. Please slow down.";

    private final Conversation conversation;
    private final ReplySender sender;
    private final FileDownloader files;
    private final LongPredicate firstTime;
    private final ThreadPoolExecutor[] lanes;
    private final SlowWork slowWork;
    /**
     * 20 updates at once, then 2 a second, per user: above a learner's pace, and about what one chat's
     * replies can keep up with (Telegram takes about one message a second per chat).
     */
    private final FloodGuard floodGuard = new FloodGuard(20, 2, TimeUnit.SECONDS.toNanos(30), System::nanoTime);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quizbot-poll-timer-"));

    UpdateHandler(Conversation conversation, Outbox outbox, FileDownloader files, LongPredicate firstTime, int laneCount,
                  SlowWork slowWork) {
        this.conversation = conversation;
        this.sender = new ReplySender(outbox, this);
        this.files = files;
        this.firstTime = firstTime;
        this.slowWork = slowWork;
        this.lanes = new ThreadPoolExecutor[laneCount];
        for (int i = 0; i < laneCount; i++) {
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    DaemonThreads.named("quizbot-lane-" + i + "-"));
        }
    }

    /** Runs on the polling thread: nothing may escape, or TelegramBots stops polling for good. */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                take(update);
            } catch (RuntimeException e) {
                LOG.error("update {} could not be taken and is skipped: {}", update.getUpdateId(), OutboxFailures.describe(e), e);
            }
        }
    }

    private void take(Update update) {
        var mapped = UpdateMapper.map(update);
        if (mapped.isEmpty()) {
            LOG.debug("update {} carries nothing for the bot; skipped", update.getUpdateId());
            return;
        }
        Inbound inbound = mapped.get();
        FloodGuard.Verdict verdict = floodGuard.admit(inbound.event().from().id());
        if (verdict == FloodGuard.Verdict.HANDLE) {
            lane(inbound.orderKey()).execute(() -> handle(inbound));
            return;
        }
        LOG.warn("update {} dropped: user {} is sending too fast", inbound.updateId(), inbound.event().from().id());
        if (verdict == FloodGuard.Verdict.DROP_AND_WARN) {
            lane(inbound.orderKey()).execute(() -> guarded(inbound, () ->
                    sender.send(inbound, List.of(new Reply.Text(inbound.orderKey(), SLOW_DOWN)))));
        }
    }

    private ExecutorService lane(long key) {
        return lanes[Math.floorMod(Long.hashCode(key), lanes.length)];
    }

    /** Notes the poll's id and, when its period is over, hands the chat the event that moves the quiz on. */
    @Override
    public void pollSent(Reply.Poll poll, String pollId) {
        conversation.pollOpened(poll.runId(), poll.position(), pollId);
        closeLater(new Incoming.PollClosed(poll.chatId(), poll.runId(), poll.position()), poll.openSeconds());
    }

    /** Picks up the group quizzes that were running when the bot stopped: each moves on after one poll period. */
    void resumeGroupQuizzes() {
        conversation.runningGroupQuizzes().forEach(running -> closeLater(running.moveOn(), (int) running.after().toSeconds()));
    }

    private void closeLater(Incoming.PollClosed closed, int seconds) {
        var inbound = new Inbound(-1, closed.chatId(), closed, null, null, null);
        timers.schedule(() -> lane(closed.chatId()).execute(() -> handle(inbound)),
                seconds * 1000L + CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** On the update's lane: claims it, then handles it there, or hands a file to the slow pool. */
    private void handle(Inbound inbound) {
        guarded(inbound, () -> {
            if (inbound.updateId() >= 0 && !firstTime.test(inbound.updateId())) {
                LOG.info("update {} was handled before; skipped", inbound.updateId());
                return;
            }
            if (inbound.fileId() == null) {
                deliver(inbound, conversation.handle(inbound.event()), false);
                return;
            }
            Inbound later = inbound.withoutButton();
            slowWork.submit(inbound.event().from().id(), announce(later, inbound.orderKey(), null),
                    () -> guarded(later, () -> deliver(later, conversation.handle(downloaded(inbound)), true)));
        });
    }

    /** The document with its content, or with its real size and no content when it turned out too large. */
    private Incoming downloaded(Inbound inbound) {
        var document = (Incoming.Document) inbound.event();
        if (document.size() > Conversation.MAX_DOCUMENT_BYTES) {
            return document; // declared too large: the conversation says so, nothing is fetched
        }
        try {
            byte[] content = files.download(inbound.fileId(), Conversation.MAX_DOCUMENT_BYTES);
            return new Incoming.Document(document.chatId(), false, document.from(), document.fileName(), content.length, content);
        } catch (FileDownloader.TooLarge tooLarge) {
            return new Incoming.Document(document.chatId(), false, document.from(), document.fileName(), tooLarge.bytesRead, new byte[0]);
        }
    }

    /**
     * Sends the replies; slow work among them goes to the pool (its "started" line first), unless
     * this already runs on the pool, where it is done at once (after its "started" line).
     */
    private void deliver(Inbound inbound, List<Reply> replies, boolean onSlowPool) {
        var now = new ArrayList<Reply>();
        for (Reply reply : replies) {
            if (!(reply instanceof Reply.Slow slow)) {
                now.add(reply);
            } else if (onSlowPool) {
                if (slow.started() != null) {
                    now.add(new Reply.Text(slow.chatId(), slow.started()));
                    sender.send(inbound, now);
                    now.clear();
                    inbound = inbound.withoutButton();
                }
                now.addAll(slow.work().get());
            } else {
                sender.send(inbound, now);
                now.clear();
                Inbound later = inbound.withoutButton();
                slowWork.submit(slow.ownerId(), announce(later, slow.chatId(), slow.started()), () -> guarded(later, () -> deliver(later, slow.work().get(), true)));
                inbound = later;
            }
        }
        if (!now.isEmpty() || inbound.callbackQueryId() != null) {
            sender.send(inbound, now);
        }
    }

    /** What the user hears when slow work is taken ({@code started}, may be null) or refused (busy, still working). */
    private Consumer<SlowWork.Admission> announce(Inbound target, long chatId, String started) {
        return admission -> {
            String text = switch (admission) {
                case STARTED -> started;
                case OWNER_BUSY -> Conversation.STILL_WORKING;
                case FULL -> Conversation.BUSY;
            };
            if (text != null) {
                sender.send(target, List.of(new Reply.Text(chatId, text)));
            }
        };
    }

    /** One update's failure boundary: logged with its id, the user told briefly, nothing escapes. */
    private void guarded(Inbound inbound, Runnable work) {
        String update = inbound.updateId() < 0 ? "(poll timer)" : String.valueOf(inbound.updateId());
        try {
            work.run();
        } catch (QuizbotException e) {
            LOG.error("update {} not done ({}): {}", update, e.category(), e.getMessage());
            tell(inbound, Conversation.whenFailed(e));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("update {} failed: {}", update, OutboxFailures.describe(e), e);
            tell(inbound, ReplySender.APOLOGY);
        }
    }

    /** A word to the user after a failure (not for a poll vote: its voter may never have opened a chat with the bot). */
    private void tell(Inbound inbound, String text) {
        if (inbound.event() instanceof Incoming.PollAnswer) {
            return;
        }
        try {
            sender.send(inbound, List.of(new Reply.Text(inbound.orderKey(), text)));
        } catch (RuntimeException e) {
            LOG.error("update {}: could not tell the user either: {}", inbound.updateId(), OutboxFailures.describe(e));
        }
    }

    /** Updates waiting on the lanes, and slow jobs running or queued: for monitoring. */
    int queuedOnLanes() {
        int queued = 0;
        for (ThreadPoolExecutor lane : lanes) {
            queued += lane.getQueue().size();
        }
        return queued;
    }

    int slowWorkInProgress() {
        return slowWork.inProgress();
    }

    /** Stops taking updates and waits for those in hand to finish (pending poll timers are dropped). */
    void close(long timeoutSeconds) throws InterruptedException {
        timers.shutdownNow();
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            if (!lane.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                LOG.warn("a lane did not finish within {} s", timeoutSeconds);
            }
        }
        slowWork.close(timeoutSeconds);
    }
}
