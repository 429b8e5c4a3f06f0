package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.interfaces.BotApiObject;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** The retry decision for a failed call, without a server and without waiting: what each failure comes to. */
class OutboxRetryPolicyTest {

    /** Backoff from 100 ms to 1 s, 4 attempts, 3 flood waits of at most a minute. */
    private static final OutboxRetryPolicy POLICY = new OutboxRetryPolicy(new OutboxTuning(1, Duration.ofMillis(100),
            Duration.ofSeconds(1), 4, 3, Duration.ofSeconds(1)).withMaxFloodWait(Duration.ofMinutes(1)));

    private static OutboxJob<?> job(String method) {
        return new OutboxJob<>(new Outgoing<>(7, method, client -> true, null));
    }

    private static TelegramApiRequestException refused(int code, Integer retryAfter) {
        var parameters = new ResponseParameters();
        parameters.setRetryAfter(retryAfter);
        return new TelegramApiRequestException("refused", new ApiResponse<>(false, code, "refused", parameters, null));
    }

    private static long millis(OutboxRetryPolicy.Retry retry) {
        return TimeUnit.NANOSECONDS.toMillis(retry.delayNanos());
    }

    @Test
    void aFloodWaitIsWaitedAsLongAsTelegramAsksAndCounted() {
        OutboxJob<?> job = job("sendMessage");

        OutboxRetryPolicy.Retry retry = POLICY.judge(job, refused(429, 7));

        assertEquals(new OutboxRetryPolicy.Retry(TimeUnit.SECONDS.toNanos(7), false), retry);
        assertEquals(1, job.floodWaits);
    }

    @Test
    void aFloodWaitNamingNoTimeWaitsOneSecond() {
        assertEquals(1000, millis(POLICY.judge(job("sendMessage"), refused(429, null))));
    }

    @Test
    void aCallStillFloodLimitedAfterItsWaitsIsDropped() {
        OutboxJob<?> job = job("sendMessage");
        for (int wait = 0; wait < 3; wait++) {
            assertEquals(false, POLICY.judge(job, refused(429, 1)).giveUp());
        }
        assertNull(POLICY.judge(job, refused(429, 1)));
    }

    @Test
    void aFloodWaitLongerThanWorthWaitingGivesUpAndMutesTheChatForThatLong() {
        assertEquals(new OutboxRetryPolicy.Retry(TimeUnit.SECONDS.toNanos(3600), true),
                POLICY.judge(job("sendMessage"), refused(429, 3600)));
    }

    @Test
    void serverErrorsBackOffExponentiallyUpToTheLongestThenGiveUp() {
        OutboxJob<?> job = job("sendMessage");
        assertEquals(100, millis(POLICY.judge(job, refused(502, null))));
        assertEquals(200, millis(POLICY.judge(job, refused(500, null))));
        assertEquals(400, millis(POLICY.judge(job, refused(503, null))));
        assertNull(POLICY.judge(job, refused(500, null)), "the fourth attempt was the last");
    }

    @Test
    void theBackoffNeverExceedsItsLongest() {
        var policy = new OutboxRetryPolicy(new OutboxTuning(1, Duration.ofMillis(100), Duration.ofMillis(300), 10, 3,
                Duration.ofSeconds(1)));
        OutboxJob<?> job = job("sendMessage");
        for (long expected : new long[] {100, 200, 300, 300, 300}) {
            assertEquals(expected, millis(policy.judge(job, refused(500, null))));
        }
    }

    @Test
    void anUnreadableAnswerIsRetried() {
        var unreadable = new TelegramApiRequestException("Unable to deserialize response", new IOException("bad json"));
        assertEquals(100, millis(POLICY.judge(job("sendMessage"), unreadable)));
    }

    @Test
    void aRefusalIsDroppedAndSoIsAnInvalidCall() {
        assertNull(POLICY.judge(job("sendMessage"), refused(400, null)));
        assertNull(POLICY.judge(job("sendMessage"), refused(403, null)));
        assertNull(POLICY.judge(job("sendMessage"), new TelegramApiValidationException("no chat id", (BotApiObject) null)));
    }

    @Test
    void aCallThatNeverReachedTelegramIsRetriedEvenIfItIsAMessage() {
        var refusedConnection = new TelegramApiException("cannot send", new ConnectException("Connection refused"));
        assertEquals(100, millis(POLICY.judge(job("sendMessage"), refusedConnection)));
    }

    @Test
    void aMessageOfUnknownOutcomeIsNotRetriedSoItCannotArriveTwice() {
        var timedOut = new TelegramApiException("cannot send", new SocketTimeoutException("Read timed out"));
        assertNull(POLICY.judge(job("sendMessage"), timedOut));
        assertNull(POLICY.judge(job("sendPoll"), timedOut));
    }

    @Test
    void anEditOfUnknownOutcomeIsRetriedAndARefusalOfTheRetryMeansTheFirstLanded() {
        OutboxJob<?> edit = job("editMessageText");
        var timedOut = new TelegramApiException("cannot send", new SocketTimeoutException("Read timed out"));

        assertEquals(100, millis(POLICY.judge(edit, timedOut)));
        assertTrue(edit.mayHaveLanded);
        assertNull(POLICY.judge(edit, refused(400, null)), "message is not modified: the first attempt landed");
    }
}
