package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The watchdog's decision alone, on a hand-moved clock: no HTTP, no sleeping. */
class PollingWatchdogTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final FakePolling polling = new FakePolling();
    private final PollingWatchdog watchdog = new PollingWatchdog(polling, Duration.ofSeconds(120), now::get);

    private final class FakePolling implements PollingWatchdog.Polling {
        boolean running = true;
        long lastRequest;
        int restarts;
        boolean restartFails;

        @Override
        public boolean running() {
            return running;
        }

        @Override
        public long lastRequestNanos() {
            return lastRequest;
        }

        @Override
        public void restart() {
            if (restartFails) {
                throw new IllegalStateException("the Bot API is unreachable");
            }
            restarts++;
            running = true;
        }
    }

    @Test
    void pollingThatAsksForUpdatesIsLeftAlone() {
        now.set(100 * SECOND);
        polling.lastRequest = 60 * SECOND;

        assertFalse(watchdog.check());
        assertEquals(0, polling.restarts);
    }

    @Test
    void aPollingTaskThatEndedIsRestarted() {
        polling.running = false;

        assertTrue(watchdog.check());
        assertEquals(1, watchdog.restarts());
    }

    @Test
    void pollingQuietForLongerThanALongPollCanTakeIsRestartedOnceNotOnEveryLook() {
        now.set(200 * SECOND);

        assertTrue(watchdog.check());
        now.addAndGet(10 * SECOND); // the restarted task has not asked yet: its restart counts as its heartbeat
        assertFalse(watchdog.check());
        assertEquals(1, polling.restarts);
    }

    @Test
    void aRestartThatFailsIsTriedAgainAtTheNextLook() {
        polling.running = false;
        polling.restartFails = true;
        assertFalse(watchdog.check());

        polling.restartFails = false;
        assertTrue(watchdog.check());
    }
}
