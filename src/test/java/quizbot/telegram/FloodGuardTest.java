package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-user flood limit: a burst, then a steady rate; the flooder is told now and then; others are untouched. */
class FloodGuardTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FloodGuard guard = new FloodGuard(3, 2.0, 10_000_000_000L, now::get);

    @Test
    void aBurstPassesThenTheExcessIsDroppedWithOneWarning() {
        for (int i = 0; i < 3; i++) {
            assertEquals(FloodGuard.Verdict.HANDLE, guard.admit(7));
        }
        assertEquals(FloodGuard.Verdict.DROP_AND_WARN, guard.admit(7));
        assertEquals(FloodGuard.Verdict.DROP, guard.admit(7), "told once, not on every dropped update");
        assertEquals(FloodGuard.Verdict.HANDLE, guard.admit(8), "another user is not affected");
    }

    @Test
    void theBucketRefillsAtTheSteadyRate() {
        for (int i = 0; i < 3; i++) {
            guard.admit(7);
        }
        now.addAndGet(500_000_000L); // half a second at 2/s: one more
        assertEquals(FloodGuard.Verdict.HANDLE, guard.admit(7));
        assertEquals(FloodGuard.Verdict.DROP_AND_WARN, guard.admit(7));
        now.addAndGet(11_000_000_000L);
        assertEquals(FloodGuard.Verdict.HANDLE, guard.admit(7));
    }
}
