package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import quizbot.logs.RecordedLogs;

class SlowWorkTest {

    @Test
    void oneJobPerOwnerAtATimeAndNoMoreThanThePoolHoldsThenRoomAgain() throws Exception {
        var slowWork = new SlowWork(1, 1);
        var release = new CountDownLatch(1);
        var done = new CountDownLatch(2);
        var told = new ArrayList<SlowWork.Admission>();
        Runnable blocked = () -> {
            await(release);
            done.countDown();
        };

        slowWork.submit(1, told::add, blocked);
        slowWork.submit(1, told::add, blocked);
        slowWork.submit(2, told::add, blocked);
        slowWork.submit(3, told::add, blocked);

        assertEquals(List.of(SlowWork.Admission.STARTED, SlowWork.Admission.OWNER_BUSY, SlowWork.Admission.STARTED,
                SlowWork.Admission.FULL), told);
        release.countDown();
        done.await(5, TimeUnit.SECONDS);
        slowWork.close(5);
        assertEquals(0, slowWork.inProgress(), "owners are free again once their jobs are done");
    }

    @Test
    void aJobThatFailsFreesItsOwner() throws Exception {
        var slowWork = new SlowWork(1, 1);
        slowWork.submit(1, admission -> { }, () -> {
            throw new IllegalStateException("boom");
        });
        slowWork.close(5);

        assertEquals(0, slowWork.inProgress());
        assertTrue(RecordedLogs.logged(event -> event.level() == Level.ERROR
                && event.message().equals("thread quizbot-slow-1 ended by a failure: IllegalStateException: boom"), Duration.ofSeconds(5)),
                "the failure is logged, not printed to the console");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
