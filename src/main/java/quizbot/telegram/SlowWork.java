package quizbot.telegram;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small bounded pool for slow work (articles turned into drafts, files downloaded and imported,
 * reports drawn), apart from the lanes, so no chat waits for another's article. One job per owner
 * at a time; when every worker is busy and the queue is full, a job is refused rather than queued
 * without bound. Thread-safe.
 */
final class SlowWork {

    private static final Logger LOG = LoggerFactory.getLogger(SlowWork.class);

    /** Whether a job was taken. */
    enum Admission { STARTED, OWNER_BUSY, FULL }

    private final ThreadPoolExecutor pool;
    private final Set<Long> owners = new HashSet<>();
    private final int capacity;

    SlowWork(int workers, int queued) {
        this.capacity = workers + queued;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queued),
                DaemonThreads.named("quizbot-slow-"), new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Decides whether {@code owner}'s job can be taken, tells {@code admitted} (before the job can
     * start, so a "working on it" message goes out ahead of the job's own replies), then runs the
     * job on the pool if it was taken. Every job has its own owner, so the owners in progress are
     * the jobs running or queued, and a job is refused before the pool could reject it.
     */
    Admission submit(long owner, Consumer<Admission> admitted, Runnable job) {
        Admission admission;
        synchronized (owners) {
            admission = owners.contains(owner) ? Admission.OWNER_BUSY
                    : owners.size() >= capacity ? Admission.FULL : Admission.STARTED;
            if (admission == Admission.STARTED) {
                owners.add(owner);
            }
        }
        if (admission != Admission.STARTED) {
            LOG.warn("slow work of user {} refused ({}): {} in progress", owner, admission, inProgress());
        }
        admitted.accept(admission);
        if (admission == Admission.STARTED) {
            try {
                pool.execute(() -> {
                    try {
                        job.run();
                    } finally {
                        release(owner);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                release(owner);
                LOG.warn("slow work of user {} dropped: the bot is stopping", owner);
            }
        }
        return admission;
    }

    /** Jobs running or queued. */
    int inProgress() {
        synchronized (owners) {
            return owners.size();
        }
    }

    private void release(long owner) {
        synchronized (owners) {
            owners.remove(owner);
        }
    }

    /** Takes no more jobs, waits up to {@code seconds} for those in hand, then interrupts them (generation stops at once). */
    void close(long seconds) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(seconds, TimeUnit.SECONDS)) {
            LOG.warn("slow work still running after {} s is cancelled", seconds);
            pool.shutdownNow();
        }
    }
}
