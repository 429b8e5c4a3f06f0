package quizbot.generate;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * When one generation must stop: after its time limit (if any) or as soon as its thread is
 * interrupted. The generator checks it between steps and between sentences, so a stop comes within
 * the time one sentence takes. The interrupt flag is left set, for the caller to see. One per
 * generation; not thread-safe.
 */
final class Deadline {

    /** No time limit; stops only when the thread is interrupted. */
    static final Deadline NONE = new Deadline(null, System::nanoTime);

    private final Duration timeLimit;
    private final LongSupplier nanoTime;
    private final long startNanos;

    /** Starts the clock now; a null limit means none. */
    Deadline(Duration timeLimit, LongSupplier nanoTime) {
        this.timeLimit = timeLimit;
        this.nanoTime = nanoTime;
        this.startNanos = timeLimit == null ? 0 : nanoTime.getAsLong();
    }

    /** Throws when the thread was interrupted or the time is up; {@code step} says what was being done ("drafting questions"). */
    void check(String step) {
        if (Thread.currentThread().isInterrupted()) {
            throw new GenerationCancelledException("generation was cancelled while " + step);
        }
        if (timeLimit != null && nanoTime.getAsLong() - startNanos > timeLimit.toNanos()) {
            throw new GenerationCancelledException("generation took longer than " + spoken(timeLimit)
                    + " and was stopped while " + step);
        }
    }

    /** "20 s", "1.5 s", "250 ms". */
    static String spoken(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
