package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 1.0, now::get);

    @Test
    void aKeyHasItsBurstThenItsRate() {
        assertTrue(buckets.take(7));
        assertTrue(buckets.take(7));
        assertFalse(buckets.take(7));
        assertTrue(buckets.take(8), "another key is not affected");

        now.addAndGet(1_000_000_000L);

        assertTrue(buckets.take(7), "one token a second comes back");
        assertFalse(buckets.take(7));
    }

    @Test
    void keysWhoseBucketsRefilledAreForgottenSoTheTableDoesNotGrowWithEveryUserEverSeen() {
        for (long user = 0; user < 50_000; user++) {
            buckets.take(user);
            now.addAndGet(100_000_000L); // a new user every 0.1 s; each bucket refills within 1 s
        }

        assertTrue(buckets.size() <= 2_000, "remembered: " + buckets.size());
    }
}
