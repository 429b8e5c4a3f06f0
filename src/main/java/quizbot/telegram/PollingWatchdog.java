package quizbot.telegram;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when polling has stopped and restarts it, loudly. TelegramBots' polling task ends for
 * good when anything escapes it, and a request could hang; either way the poller stops asking for
 * updates while the process stays up. Each {@link #check} looks at whether the polling task is
 * still scheduled and when it last asked for updates. Thread-safe.
 */
final class PollingWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(PollingWatchdog.class);

    /** What the watchdog watches: the poller's session. */
    interface Polling {
        /** True while the polling task is scheduled. */
        boolean running();

        /** When it last asked for updates ({@link System#nanoTime()} scale). */
        long lastRequestNanos();

        /** Starts polling afresh; throws when it cannot (the Bot API unreachable, say). */
        void restart() throws Exception;
    }

    private final Polling polling;
    private final long staleAfterNanos;
    private final LongSupplier nanoTime;
    private int restarts;
    /** A restarted task asks for updates as soon as the polling thread is free; until then this is its heartbeat. */
    private long restartedAt = Long.MIN_VALUE;

    /** {@code staleAfter} must exceed the long poll's timeout plus the network's worst delay. */
    PollingWatchdog(Polling polling, Duration staleAfter, LongSupplier nanoTime) {
        this.polling = polling;
        this.staleAfterNanos = staleAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Restarts polling if it stopped or went quiet for too long; true when it did restart it. */
    synchronized boolean check() {
        boolean running = polling.running();
        long now = nanoTime.getAsLong();
        long quiet = now - Math.max(polling.lastRequestNanos(), restartedAt);
        if (running && quiet < staleAfterNanos) {
            return false;
        }
        String why = running ? "no getUpdates request for " + Duration.ofNanos(quiet).toSeconds() + " s" : "its task ended";
        LOG.error("POLLING STOPPED ({}): no updates are received; restarting it (restart {})", why, restarts + 1);
        try {
            polling.restart();
            restartedAt = now;
            restarts++;
            LOG.error("polling restarted after it had stopped ({})", why);
            return true;
        } catch (Exception e) {
            LOG.error("polling could not be restarted, trying again later: {}", OutboxFailures.describe(e));
            return false;
        }
    }

    /** How often polling had to be restarted. */
    synchronized int restarts() {
        return restarts;
    }
}
