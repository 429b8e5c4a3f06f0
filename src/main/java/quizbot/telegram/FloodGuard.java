package quizbot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A per-user token bucket against a user flooding the bot: {@code burst} updates at once, then
 * {@code perSecond}. An update over the limit is dropped; the user is told at most once per
 * {@code warnEveryNanos}. Thread-safe.
 */
final class FloodGuard {

    /** What to do with a user's update. */
    enum Verdict { HANDLE, DROP, DROP_AND_WARN }

    private record Bucket(double tokens, long refilledAt, long warnedAt) {
    }

    private final int burst;
    private final double perSecond;
    private final long warnEveryNanos;
    private final LongSupplier nanoTime;
    private final Map<Long, Bucket> buckets = new HashMap<>();

    FloodGuard(int burst, double perSecond, long warnEveryNanos, LongSupplier nanoTime) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.warnEveryNanos = warnEveryNanos;
        this.nanoTime = nanoTime;
    }

    synchronized Verdict admit(long userId) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.getOrDefault(userId, new Bucket(burst, now, now - warnEveryNanos));
        double tokens = Math.min(burst, bucket.tokens() + (now - bucket.refilledAt()) / 1e9 * perSecond);
        if (tokens >= 1) {
            buckets.put(userId, new Bucket(tokens - 1, now, bucket.warnedAt()));
            return Verdict.HANDLE;
        }
        boolean warn = now - bucket.warnedAt() >= warnEveryNanos;
        buckets.put(userId, new Bucket(tokens, now, warn ? now : bucket.warnedAt()));
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(entry -> entry.getValue().tokens() >= burst - 1);
        }
        return warn ? Verdict.DROP_AND_WARN : Verdict.DROP;
    }
}
