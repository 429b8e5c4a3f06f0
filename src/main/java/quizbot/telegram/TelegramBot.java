package quizbot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongPredicate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import quizbot.chat.ChatType;
import quizbot.chat.Conversation;

/**
 * The running bot: the TelegramBots long-polling application and client, both on the configured
 * Bot API URL, feeding the update handler, with every reply going out through the outbox; a
 * watchdog restarts polling should it ever stop. Closing it stops polling, finishes the updates in
 * hand and delivers what is queued.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> UPDATES = List.of("message", "callback_query", "poll_answer");
    private static final int LANES = 8;

    /**
     * How the bot runs apart from Telegram's limits: slow work on {@code slowWorkers} threads with
     * at most {@code slowQueue} jobs waiting; a file download's overall deadline; how often the
     * watchdog looks, and how long without a getUpdates request counts as stopped (the long poll
     * holds a request up to 50 s). Tests shorten the waits.
     */
    public record Tuning(int slowWorkers, int slowQueue, Duration downloadDeadline, Duration watchdogEvery,
                         Duration pollingStaleAfter) {
        public static final Tuning DEFAULT = new Tuning(2, 8, Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(120));
    }

    private final TelegramBotsLongPollingApplication poller;
    private final ScheduledExecutorService pollingThread;
    private final BotSession session;
    private final PollingWatchdog watchdog;
    private final ScheduledExecutorService watchdogThread;
    private final UpdateHandler handler;
    private final Outbox outbox;

    private TelegramBot(TelegramBotsLongPollingApplication poller, ScheduledExecutorService pollingThread, BotSession session,
                        UpdateRequests requests, Tuning tuning, UpdateHandler handler, Outbox outbox) {
        this.poller = poller;
        this.pollingThread = pollingThread;
        this.session = session;
        this.handler = handler;
        this.outbox = outbox;
        this.watchdog = new PollingWatchdog(new PollingWatchdog.Polling() {
            @Override
            public boolean running() {
                ScheduledFuture<?> task = session.getRunningPolling();
                return task != null && !task.isDone();
            }

            @Override
            public long lastRequestNanos() {
                return requests.lastRequestNanos();
            }

            @Override
            public void restart() throws TelegramApiException {
                session.stop();
                session.start();
            }
        }, tuning.pollingStaleAfter(), System::nanoTime);
        this.watchdogThread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quizbot-watchdog-"));
        long every = tuning.watchdogEvery().toMillis();
        watchdogThread.scheduleWithFixedDelay(watchdog::check, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts polling; the bot menu is set for private chats and groups. {@code firstTime} claims an
     * update id, true only the first time (the update log), so an update redelivered after a restart
     * is not handled twice.
     */
    public static TelegramBot start(String token, TelegramUrl url, Conversation conversation, LongPredicate firstTime, Limits limits) {
        return start(token, url, conversation, firstTime, limits, Tuning.DEFAULT);
    }

    /** As {@link #start(String, TelegramUrl, Conversation, LongPredicate, Limits)}, tuned. */
    public static TelegramBot start(String token, TelegramUrl url, Conversation conversation, LongPredicate firstTime, Limits limits,
                                    Tuning tuning) {
        var dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(16); // OkHttp's default of 5 would starve the outbox's workers
        OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher).readTimeout(Duration.ofSeconds(30)).build();
        var client = new OkHttpTelegramClient(http, token, url);
        var outbox = new Outbox(client, limits);
        var files = new FileDownloader(client, http, url, token, tuning.downloadDeadline());
        var handler = new UpdateHandler(conversation, outbox, files, firstTime, LANES,
                new SlowWork(tuning.slowWorkers(), tuning.slowQueue()));
        outbox.send(0, SetMyCommands.builder().commands(menu(conversation, ChatType.PRIVATE))
                .scope(new BotCommandScopeAllPrivateChats()).build(), done -> { });
        outbox.send(0, SetMyCommands.builder().commands(menu(conversation, ChatType.GROUP))
                .scope(new BotCommandScopeAllGroupChats()).build(), done -> { });
        // TelegramBots never shuts down the polling executor it is given, so it is ours to stop (and a daemon)
        ScheduledExecutorService pollingThread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quizbot-polling-"));
        var poller = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> pollingThread);
        var requests = new UpdateRequests(UPDATES, System::nanoTime);
        BotSession session;
        try {
            session = poller.registerBot(token, () -> url, requests, handler);
        } catch (TelegramApiException e) {
            pollingThread.shutdownNow();
            outbox.close();
            throw new IllegalStateException("cannot start polling " + url.getHost() + ": " + e.getMessage(), e);
        }
        handler.resumeGroupQuizzes();
        LOG.info("polling {}://{}:{} for updates", url.getSchema(), url.getHost(), url.getPort());
        return new TelegramBot(poller, pollingThread, session, requests, tuning, handler, outbox);
    }

    /** The Telegram menu of a kind of chat, as the conversation's commands describe themselves. */
    private static List<BotCommand> menu(Conversation conversation, ChatType chat) {
        return conversation.menu(chat).stream().map(entry -> new BotCommand(entry.command(), entry.description())).toList();
    }

    /** The bot's username (for join links), asked of the Bot API once at start. */
    public static String username(String token, TelegramUrl url) {
        try {
            return new OkHttpTelegramClient(token, url).execute(new GetMe()).getUserName();
        } catch (TelegramApiException e) {
            throw new IllegalStateException("cannot reach the Bot API at " + url.getHost() + ": " + e.getMessage(), e);
        }
    }

    /** The Bot API URL from TELEGRAM_API_URL ("https://api.telegram.org" when unset), e.g. "http://localhost:8081". */
    public static TelegramUrl url(String address) {
        if (address == null || address.isBlank()) {
            return TelegramUrl.DEFAULT_URL;
        }
        URI uri = URI.create(address.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must look like https://host[:port], was \"" + address + "\"");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("http") ? 80 : 443;
        return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).testServer(false).build();
    }

    /** What is waiting inside the bot right now: updates on the lanes, slow jobs, and the outbox's calls. */
    public record Load(int updatesOnLanes, int slowJobs, Outbox.Stats outbox) {
    }

    public Load load() {
        return new Load(handler.queuedOnLanes(), handler.slowWorkInProgress(), outbox.stats());
    }

    /** How often the watchdog had to restart polling. */
    public int pollingRestarts() {
        return watchdog.restarts();
    }

    /** Ends the polling task as an exception escaping it would (for tests of the watchdog). */
    void killPollingTask() {
        session.getRunningPolling().cancel(true);
    }

    /** Stops polling, finishes the updates in hand, delivers the queued replies. */
    @Override
    public void close() {
        try {
            watchdogThread.shutdownNow();
            poller.close();
            pollingThread.shutdownNow();
            handler.close(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("stopping the poller failed: {}", e.toString());
        } finally {
            outbox.close();
        }
    }
}
