package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A chat's lane on a clock of plain numbers: its steady rate with a burst, pauses, a group's window, a cautious start. */
class OutboxLaneTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    /** One call a second after a burst of three. */
    private static final OutboxLane.ChatRate ONE_A_SECOND = new OutboxLane.ChatRate(SECOND, 2 * SECOND);

    private static OutboxJob<?> call(String method) {
        return new OutboxJob<>(new Outgoing<>(7, method, client -> true, null));
    }

    @Test
    void theRateComesFromTheLimits() {
        var limits = new Limits(30, 2, 3, 20, Duration.ofMinutes(1));
        assertEquals(new OutboxLane.ChatRate(SECOND / 2, 2 * SECOND / 2), OutboxLane.ChatRate.of(limits));
    }

    @Test
    void aChatSendsItsBurstAtOnceThenOneCallPerIntervalFromEachCallsEnd() {
        OutboxLane lane = OutboxLane.open(7, ONE_A_SECOND, 20, 60 * SECOND, false, 0);
        long now = 0;
        for (int call = 0; call < 3; call++) {
            assertEquals(now, lane.earliestStart(now, ONE_A_SECOND), "call " + call + " of the burst");
            lane.jobs.add(call("sendMessage"));
            lane.ended(now, ONE_A_SECOND, null);
        }
        assertEquals(SECOND, lane.earliestStart(now, ONE_A_SECOND), "the burst is spent");
        assertTrue(lane.jobs.isEmpty(), "each call left the queue");
    }

    @Test
    void aRetryPausesTheChatAndKeepsTheCall() {
        OutboxLane lane = OutboxLane.open(7, ONE_A_SECOND, 20, 60 * SECOND, false, 0);
        lane.jobs.add(call("sendMessage"));

        lane.ended(0, ONE_A_SECOND, new OutboxRetryPolicy.Retry(5 * SECOND, false));

        assertEquals(1, lane.jobs.size());
        assertEquals(5 * SECOND, lane.earliestStart(0, ONE_A_SECOND));
        assertEquals(0, lane.mutedUntil);
    }

    @Test
    void aCallGivenUpMutesTheChatAndItsQueuedCallsAreDropped() {
        OutboxLane lane = OutboxLane.open(7, ONE_A_SECOND, 20, 60 * SECOND, false, 0);
        lane.jobs.add(call("sendMessage"));
        lane.jobs.add(call("sendMessage"));
        lane.jobs.add(call("editMessageText"));

        lane.ended(0, ONE_A_SECOND, new OutboxRetryPolicy.Retry(600 * SECOND, true));

        assertEquals(600 * SECOND, lane.mutedUntil);
        assertEquals(2, lane.dropQueued());
        assertTrue(lane.jobs.isEmpty());
    }

    @Test
    void aCautiousStartBeginsWithAnEmptyBucketAndAGroupHalfFull() {
        OutboxLane chat = OutboxLane.open(7, ONE_A_SECOND, 20, 60 * SECOND, true, 0);
        assertEquals(SECOND, chat.earliestStart(0, ONE_A_SECOND), "no burst at first");

        OutboxLane group = OutboxLane.open(-100, ONE_A_SECOND, 20, 60 * SECOND, true, 0);
        for (int i = 0; i < 10; i++) {
            OutboxWindow.release(group.groupWindow.claim(), 0);
        }
        assertEquals(60 * SECOND, group.groupWindow.earliestStart(SECOND), "half the group's 20 were taken at the start");
    }

    @Test
    void callsTiedToNoChatKeepNoRate() {
        OutboxLane none = OutboxLane.open(0, ONE_A_SECOND, 20, 60 * SECOND, true, 0);
        assertEquals(0, none.earliestStart(0, ONE_A_SECOND));
    }

    @Test
    void aLaneIsFreshOnceItsRateAndPausesHavePassed() {
        OutboxLane lane = OutboxLane.open(7, ONE_A_SECOND, 20, 60 * SECOND, false, 0);
        lane.jobs.add(call("sendMessage"));
        lane.ended(0, ONE_A_SECOND, null);
        assertFalse(lane.isFresh(0));
        assertTrue(lane.isFresh(SECOND));
    }
}
