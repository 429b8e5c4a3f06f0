package quizbot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named daemon threads, so a forgotten pool never keeps the process alive and thread dumps say whose a thread is;
 * a failure that escapes a task is logged like any other, not printed to the console.
 */
final class DaemonThreads {

    private static final Logger LOG = LoggerFactory.getLogger(DaemonThreads.class);

    private DaemonThreads() {
    }

    /** Threads named {@code prefix1}, {@code prefix2}, … */
    static ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, prefix + number.getAndIncrement());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((failed, failure) -> LOG.error("thread {} ended by a failure: {}", failed.getName(),
                    OutboxFailures.describe(failure), failure));
            return thread;
        };
    }
}
