package quizbot.telegram;

import java.util.function.LongSupplier;
import quizbot.chat.TokenBuckets;

/**
 * Against a user flooding the bot: per user {@code burst} updates at once, then {@code perSecond}.
 * An update over the limit is dropped; the user is told at most once per {@code warnEveryNanos}.
 * Thread-safe.
 */
final class FloodGuard {

    /** What to do with a user's update. */
    enum Verdict { HANDLE, DROP, DROP_AND_WARN }

    private final TokenBuckets updates;
    private final TokenBuckets warnings;

    FloodGuard(int burst, double perSecond, long warnEveryNanos, LongSupplier nanoTime) {
        this.updates = new TokenBuckets(burst, perSecond, nanoTime);
        this.warnings = new TokenBuckets(1, 1e9 / warnEveryNanos, nanoTime);
    }

    Verdict admit(long userId) {
        if (updates.take(userId)) {
            return Verdict.HANDLE;
        }
        return warnings.take(userId) ? Verdict.DROP_AND_WARN : Verdict.DROP;
    }
}
