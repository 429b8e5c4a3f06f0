package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A restart: Telegram still counts the calls of the process before, which a new outbox never saw. The fake Bot API
 * enforces Telegram's limits across both outboxes, as Telegram does across both processes.
 */
@Timeout(60)
class OutboxRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long GROUP = -100L;
    private static final int CHATS = 10;
    /** Per private chat: Telegram's whole burst. */
    private static final int BURST = 3;
    private static final int GROUP_MESSAGES = 4;
    private static final int PER_RUN = CHATS * BURST + GROUP_MESSAGES;
    /** An outbox that has run for a while: every budget it knows of is full, so it bursts. */
    private static final OutboxTuning RUNNING_FOR_A_WHILE = OutboxTuning.DEFAULT.withCautiousStart(false);

    @Test
    void outboxStartedRightAfterAnotherDoesNotBurstIntoTheBudgetsItSpent() {
        try (FakeBotApi fake = new FakeBotApi()) {
            fake.enforceLimits(true);
            TelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            try (Outbox before = new Outbox(client, Limits.TELEGRAM, RUNNING_FOR_A_WHILE)) {
                burst(before, "before");
                fake.awaitCalls("sendMessage", PER_RUN, WAIT);
            }
            assertEquals(0, refused(fake), "the first outbox alone kept the limits");

            try (Outbox after = new Outbox(client, Limits.TELEGRAM)) {
                burst(after, "after");
                fake.awaitCalls("sendMessage", 2 * PER_RUN, WAIT);
            }

            assertEquals(0, refused(fake), "429s after the restart");
            assertTrue(FakeBotApi.maxInAnyWindow(fake.calls("sendMessage"), Duration.ofSeconds(1)) <= 30);
        }
    }

    /** The same restart without the cautious start: the fake does see the burst into spent budgets. */
    @Test
    void outboxWithoutCautiousStartBurstsIntoTheBudgetsItsPredecessorSpent() {
        try (FakeBotApi fake = new FakeBotApi()) {
            fake.enforceLimits(true);
            TelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            try (Outbox before = new Outbox(client, Limits.TELEGRAM, RUNNING_FOR_A_WHILE)) {
                burst(before, "before");
                fake.awaitCalls("sendMessage", PER_RUN, WAIT);
            }

            try (Outbox after = new Outbox(client, Limits.TELEGRAM, RUNNING_FOR_A_WHILE)) {
                burst(after, "after");
                fake.awaitCalls("sendMessage", 2 * PER_RUN, WAIT);
            }

            assertTrue(refused(fake) > 0, "the fake let a restart burst into spent budgets");
        }
    }

    @Test
    void freshOutboxGivesAPrivateChatNoBurstButItsSteadyRate() {
        Limits onePerSecond = new Limits(1000, 1.0, 3, 1000, Duration.ofSeconds(1));
        try (FakeBotApi fake = new FakeBotApi()) {
            long started = System.nanoTime();
            try (Outbox outbox = new Outbox(new OkHttpTelegramClient(fake.token(), fake.url()), onePerSecond)) {
                for (int i = 0; i < BURST; i++) {
                    send(outbox, 4L, "m" + i);
                }
                List<FakeBotApi.Call> delivered = fake.awaitCalls("sendMessage", BURST, WAIT);

                // Telegram may have counted a whole burst just before the start: the k-th call is due k s after it.
                for (int k = 1; k <= BURST; k++) {
                    assertTrue(delivered.get(k - 1).receivedNanos() - started >= TimeUnit.SECONDS.toNanos(k),
                            "call " + k + " came before the chat's bucket, empty at the start, had refilled");
                }
            }
        }
    }

    @Test
    void freshOutboxStartsAGroupsWindowHalfFull() {
        Limits fourPerTwoSeconds = new Limits(1000, 1000.0, 1000, 4, Duration.ofSeconds(2));
        try (FakeBotApi fake = new FakeBotApi()) {
            long started = System.nanoTime();
            try (Outbox outbox = new Outbox(new OkHttpTelegramClient(fake.token(), fake.url()), fourPerTwoSeconds)) {
                for (int i = 0; i < 4; i++) {
                    send(outbox, GROUP, "g" + i);
                }
                List<FakeBotApi.Call> delivered = fake.awaitCalls("sendMessage", 4, WAIT);

                long inFirstWindow = delivered.stream()
                        .filter(call -> call.receivedNanos() - started < TimeUnit.SECONDS.toNanos(2)).count();
                assertTrue(inFirstWindow <= 2, inFirstWindow + " of 4 in the first window, which started half full");
            }
        }
    }

    private static void burst(Outbox outbox, String text) {
        for (int i = 0; i < BURST; i++) {
            for (long chat = 1; chat <= CHATS; chat++) {
                send(outbox, chat, text + " " + i);
            }
        }
        for (int i = 0; i < GROUP_MESSAGES; i++) {
            send(outbox, GROUP, text + " " + i);
        }
    }

    private static long refused(FakeBotApi fake) {
        return fake.calls("sendMessage").stream().filter(call -> call.status() == 429).count();
    }

    private static void send(Outbox outbox, long chatId, String text) {
        outbox.send(chatId, SendMessage.builder().chatId(chatId).text(text).build());
    }
}
