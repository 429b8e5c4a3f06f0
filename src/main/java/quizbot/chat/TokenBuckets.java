package quizbot.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a user): {@code burst} at once, then {@code perSecond}. A key whose
 * bucket has refilled is forgotten when the table grows, so the table holds only the keys that
 * were busy lately, however many users come and go. Thread-safe.
 */
public final class TokenBuckets {

    private static final int FORGET_FROM = 1_000;

    private record Bucket(double tokens, long refilledAt) {
    }

    private final int burst;
    private final double perSecond;
    private final LongSupplier nanoTime;
    private final Map<Long, Bucket> buckets = new HashMap<>();
    private int forgetAt = FORGET_FROM;

    public TokenBuckets(int burst, double perSecond, LongSupplier nanoTime) {
        if (burst < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a bucket needs a burst of at least 1 and a positive rate, was " + burst + ", " + perSecond);
        }
        this.burst = burst;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    /** Takes a token from {@code key}'s bucket; false when it is empty (nothing is taken then). */
    public synchronized boolean take(long key) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.get(key);
        double tokens = bucket == null ? burst : tokens(bucket, now);
        boolean taken = tokens >= 1;
        buckets.put(key, new Bucket(taken ? tokens - 1 : tokens, now));
        if (buckets.size() > forgetAt) {
            buckets.values().removeIf(other -> tokens(other, now) >= burst);
            forgetAt = Math.max(FORGET_FROM, buckets.size() * 2);
        }
        return taken;
    }

    /** Keys remembered now (for tests and monitoring). */
    public synchronized int size() {
        return buckets.size();
    }

    private double tokens(Bucket bucket, long now) {
        return Math.min(burst, bucket.tokens() + (now - bucket.refilledAt()) / 1e9 * perSecond);
    }
}
