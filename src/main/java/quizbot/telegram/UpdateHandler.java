package quizbot.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import quizbot.chat.Conversation;
import quizbot.chat.Incoming;
import quizbot.chat.Reply;
import quizbot.storage.StorageException;

/**
 * Receives the poller's updates: each update id is handled once (claimed in the update log first),
 * updates of one chat in the order they came, different chats in parallel on lanes (a chat always
 * maps to the same single-threaded lane). A user flooding the bot has the excess dropped (and is
 * told, now and then). A failing update is logged with its id and the learner gets a short apology
 * (or, when the database failed, word that nothing was saved); the bot goes on. Thread-safe.
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
    private final ExecutorService[] lanes;
    /** 20 updates at once, then 5 a second, per user: far above a learner's pace, far below a flood. */
    private final FloodGuard floodGuard = new FloodGuard(20, 5, TimeUnit.SECONDS.toNanos(30), System::nanoTime);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quizbot-poll-timer");
        thread.setDaemon(true);
        return thread;
    });

    UpdateHandler(Conversation conversation, Outbox outbox, FileDownloader files, LongPredicate firstTime, int laneCount) {
        this.conversation = conversation;
        this.sender = new ReplySender(outbox, this);
        this.files = files;
        this.firstTime = firstTime;
        this.lanes = new ExecutorService[laneCount];
        for (int i = 0; i < laneCount; i++) {
            int lane = i;
            lanes[i] = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "quizbot-lane-" + lane);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            UpdateMapper.map(update).ifPresent(inbound -> {
                if (!firstTime.test(inbound.updateId())) {
                    LOG.info("update {} was handled before; skipped", inbound.updateId());
                    return;
                }
                FloodGuard.Verdict verdict = floodGuard.admit(inbound.event().from().id());
                if (verdict == FloodGuard.Verdict.HANDLE) {
                    lane(inbound.orderKey()).execute(() -> handle(inbound));
                } else {
                    LOG.warn("update {} dropped: user {} is sending too fast", inbound.updateId(), inbound.event().from().id());
                    if (verdict == FloodGuard.Verdict.DROP_AND_WARN) {
                        lane(inbound.orderKey()).execute(() -> sender.send(inbound,
                                List.of(new Reply.Text(inbound.orderKey(), SLOW_DOWN))));
                    }
                }
            });
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

    private void handle(Inbound inbound) {
        try {
            Incoming event = inbound.event();
            if (event instanceof Incoming.Document document && inbound.fileId() != null
                    && document.size() <= Conversation.MAX_DOCUMENT_BYTES) {
                byte[] content = files.download(inbound.fileId(), Conversation.MAX_DOCUMENT_BYTES);
                event = new Incoming.Document(document.chatId(), document.from(), document.fileName(), content.length, content);
            }
            List<Reply> replies = conversation.handle(event);
            sender.send(inbound, replies);
        } catch (StorageException e) {
            LOG.error("update {} not recorded, the database failed: {}", inbound.updateId(), e.getMessage(), e);
            sender.send(inbound, List.of(new Reply.Text(inbound.orderKey(), Conversation.CANNOT_RECORD)));
        } catch (RuntimeException e) {
            LOG.error("update {} failed: {}", inbound.updateId() < 0 ? "(poll timer)" : inbound.updateId(), e.toString(), e);
            sender.apologise(inbound);
        }
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
    }
}
