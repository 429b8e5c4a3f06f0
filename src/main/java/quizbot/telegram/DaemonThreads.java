package quizbot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a forgotten pool never keeps the process alive and thread dumps say whose a thread is. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code prefix1}, {@code prefix2}, … */
    static ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, prefix + number.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
