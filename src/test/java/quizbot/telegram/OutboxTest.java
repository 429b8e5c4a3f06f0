package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The outbox against the fake Bot API over HTTP with the real client; timings come from the fake's receive times. */
@Timeout(60)
class OutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
    /** Generous limits, for tests about something else. */
    private static final Limits FAST = new Limits(1000, 1000.0, 1000, 1000, Duration.ofSeconds(1));
    /** Short backoffs so retry tests stay quick; no cautious start, so bursts go at once. */
    private static final OutboxTuning QUICK_RETRIES =
            new OutboxTuning(8, Duration.ofMillis(50), Duration.ofMillis(400), 6, 10, Duration.ofSeconds(10))
                    .withCautiousStart(false);

    @Test
    void callsToOneChatArriveInTheOrderQueued() {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, FAST)) {
            for (int i = 0; i < 20; i++) {
                send(outbox, 1L, "one-" + i);
                send(outbox, 2L, "two-" + i);
            }

            fake.awaitCalls("sendMessage", 40, WAIT);

            assertEquals(texts("one-", 20), fake.textsTo(1L));
            assertEquals(texts("two-", 20), fake.textsTo(2L));
        }
    }

    @Test
    void slowChatDoesNotHoldOtherChats() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, FAST)) {
            fake.delayResponses(1L, Duration.ofMillis(1500));
            CountDownLatch slowDelivered = new CountDownLatch(1);
            CountDownLatch fastDelivered = new CountDownLatch(1);

            outbox.send(1L, message(1L, "slow"), sent -> slowDelivered.countDown());
            fake.awaitCall("sendMessage", call -> call.chatId() == 1L, WAIT);
            outbox.send(2L, message(2L, "fast"), sent -> fastDelivered.countDown());

            assertTrue(fastDelivered.await(1, TimeUnit.SECONDS), "the other chat was held up");
            assertEquals(1, slowDelivered.getCount(), "the slow chat's answer cannot have arrived yet");
            assertTrue(slowDelivered.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void pausedChatDoesNotHoldOtherChats() {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, FAST)) {
            fake.tooManyRequestsTo(1L, "sendMessage", 1, 2);

            send(outbox, 1L, "a");
            send(outbox, 1L, "b");
            FakeBotApi.Call refused = fake.awaitCall("sendMessage", call -> call.status() == 429, WAIT);
            send(outbox, 2L, "c");
            FakeBotApi.Call other = fake.awaitCall("sendMessage", call -> call.chatId() == 2L, WAIT);
            fake.awaitCalls("sendMessage", 3, WAIT);

            assertTrue(other.receivedNanos() - refused.receivedNanos() < 1000 * MILLI, "chat 2 waited for chat 1");
            FakeBotApi.Call retried = fake.deliveries("sendMessage").stream().filter(call -> call.text().equals("a"))
                    .findFirst().orElseThrow();
            assertTrue(retried.receivedNanos() - refused.receivedNanos() >= 2000 * MILLI, "retry_after not waited");
            assertEquals(List.of("a", "b"), fake.textsTo(1L));
        }
    }

    @Test
    void globalLimitHoldsInEverySecond() {
        Limits tenPerSecond = new Limits(10, 1000.0, 1000, 1000, Duration.ofSeconds(1));
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, tenPerSecond)) {
            for (long chat = 1; chat <= 35; chat++) {
                send(outbox, chat, "hello " + chat);
            }

            List<FakeBotApi.Call> delivered = fake.awaitCalls("sendMessage", 35, WAIT);

            assertTrue(FakeBotApi.maxInAnyWindow(delivered, Duration.ofSeconds(1)) <= 10);
            assertTrue(span(delivered) >= 3000 * MILLI, "35 calls at 10/s take at least 3 s");
        }
    }

    @Test
    void privateChatGetsItsBurstThenTheSteadyRate() {
        Limits fivePerSecond = new Limits(1000, 5.0, 3, 1000, Duration.ofSeconds(1));
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, fivePerSecond)) {
            for (int i = 0; i < 10; i++) {
                send(outbox, 4L, "m" + i);
            }

            List<FakeBotApi.Call> delivered = fake.awaitCalls("sendMessage", 10, WAIT);

            assertTrue(FakeBotApi.respectsBucket(delivered, 3, 5.0), () -> gaps(delivered));
            assertTrue(delivered.get(2).receivedNanos() - delivered.get(0).receivedNanos() < 150 * MILLI,
                    () -> "the burst was not sent at once: " + gaps(delivered));
            assertTrue(span(delivered) >= 1400 * MILLI, () -> gaps(delivered));
        }
    }

    @Test
    void groupKeepsItsWindowLimit() {
        Limits fivePerTwoSeconds = new Limits(1000, 1000.0, 1000, 5, Duration.ofSeconds(2));
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, fivePerTwoSeconds)) {
            for (int i = 0; i < 8; i++) {
                send(outbox, -100L, "g" + i);
            }
            send(outbox, 6L, "private chats are not held by the group");

            List<FakeBotApi.Call> delivered = fake.awaitCalls("sendMessage", 9, WAIT);

            List<FakeBotApi.Call> group = fake.callsTo(-100L);
            assertTrue(FakeBotApi.maxInAnyWindow(group, Duration.ofSeconds(2)) <= 5, () -> gaps(group));
            assertTrue(group.get(4).receivedNanos() - group.get(0).receivedNanos() < 300 * MILLI, () -> gaps(group));
            assertTrue(span(group) >= 2000 * MILLI, () -> gaps(group));
            assertTrue(fake.callsTo(6L).get(0).receivedNanos() < group.get(5).receivedNanos());
            assertEquals(9, delivered.size());
        }
    }

    @Test
    void fullChatQueueDropsItsOldestQueuedMessageSoTheNewestArrives() throws InterruptedException {
        Limits twoPerSecond = new Limits(1000, 2.0, 1, 1000, Duration.ofSeconds(1));
        try (FakeBotApi fake = new FakeBotApi();
             Outbox outbox = outbox(fake, twoPerSecond, QUICK_RETRIES.withChatQueueCap(5))) {
            for (int i = 0; i < 50; i++) {
                send(outbox, 1L, "m" + i);
                assertTrue(outbox.queued(1L) <= 5, "chat queue at " + outbox.queued(1L));
            }

            fake.awaitCall("sendMessage", call -> call.text().equals("m49") && call.delivered(), WAIT);
            awaitEmpty(outbox);

            List<String> delivered = fake.textsTo(1L);
            assertEquals(List.of("m46", "m47", "m48", "m49"), delivered.subList(delivered.size() - 4, delivered.size()));
            assertEquals(delivered.stream().sorted(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.substring(1))))
                    .collect(Collectors.toList()), delivered, "the order queued");
            Outbox.Stats stats = outbox.stats();
            assertEquals(50, delivered.size() + stats.superseded(), "every message delivered or superseded");
            assertTrue(stats.peakChatQueue() <= 5, "peak " + stats.peakChatQueue());
            assertEquals(0, outbox.queued(1L));
            assertEquals(0, stats.longestChatQueue());
        }
    }

    @Test
    void fullChatQueueNeverDropsEditsOrTheCallInFlight() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, FAST, QUICK_RETRIES.withChatQueueCap(3))) {
            fake.delayResponses(1L, Duration.ofMillis(1000));
            send(outbox, 1L, "in flight");
            fake.awaitCall("sendMessage", call -> call.text().equals("in flight"), WAIT);
            fake.delayResponses(1L, Duration.ZERO);
            outbox.send(1L, EditMessageText.builder().chatId(1L).messageId(1).text("Right!").build());
            for (int i = 0; i < 6; i++) {
                send(outbox, 1L, "m" + i);
                assertTrue(outbox.queued(1L) <= 3, "chat queue at " + outbox.queued(1L));
            }

            fake.awaitCall("sendMessage", call -> call.text().equals("m5") && call.delivered(), WAIT);
            awaitEmpty(outbox);

            assertEquals(List.of("in flight", "m5"), fake.textsTo(1L));
            assertEquals(1, fake.deliveries("editMessageText").size(), "the edit was dropped");
            assertEquals(5, outbox.stats().superseded());
            assertEquals(3, outbox.peakChatQueue());
        }
    }

    @Test
    void tooManyRequestsWaitsRetryAfterThenDeliversOnce() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = new Outbox(client(fake), FAST)) {
            fake.tooManyRequests("sendMessage", 1, 1);
            AtomicInteger deliveries = new AtomicInteger();

            outbox.send(3L, message(3L, "once"), sent -> deliveries.incrementAndGet());
            fake.awaitCalls("sendMessage", 1, WAIT);
            awaitEmpty(outbox);

            List<FakeBotApi.Call> attempts = fake.calls("sendMessage");
            assertEquals(List.of(429, 200), statuses(attempts));
            assertTrue(attempts.get(1).receivedNanos() - attempts.get(0).receivedNanos() >= 1000 * MILLI);
            assertEquals(1, deliveries.get());
        }
    }

    @Test
    void tooManyRequestsForCallWithoutChatPausesOnlyCallsWithoutChat() throws InterruptedException {
        OutboxTuning shortFlush = new OutboxTuning(8, Duration.ofMillis(50), Duration.ofMillis(400), 6, 10,
                Duration.ofMillis(200));
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, FAST, shortFlush)) {
            fake.tooManyRequests("setMyCommands", 1, 90);

            outbox.send(0L, SetMyCommands.builder().commands(List.of(new BotCommand("start", "Start"))).build());
            fake.awaitCall("setMyCommands", call -> call.status() == 429, WAIT);
            Thread.sleep(200); // the fake records the call before the client has read the 429
            outbox.send(0L, new DeleteMyCommands());
            send(outbox, 5L, "not held by the flood wait of chat 0");

            fake.awaitCalls("sendMessage", 1, WAIT);
            assertEquals(List.of(429), statuses(fake.calls("setMyCommands")), "the menu waits its 90 s");
            assertEquals(List.of(), fake.calls("deleteMyCommands"), "calls tied to no chat wait behind it");
        }
    }

    @Test
    void retryAfterLongerThanWorthWaitingDropsTheChatsCallsUntilItIsOver() throws InterruptedException {
        AtomicLong skipped = new AtomicLong();
        try (FakeBotApi fake = new FakeBotApi();
             Outbox outbox = new Outbox(client(fake), FAST, QUICK_RETRIES, () -> System.nanoTime() + skipped.get())) {
            fake.tooManyRequestsTo(1L, "sendMessage", 1, 86_400);

            send(outbox, 1L, "given up");
            send(outbox, 1L, "queued behind it");
            fake.awaitCall("sendMessage", call -> call.status() == 429, WAIT);
            awaitEmpty(outbox);
            send(outbox, 1L, "sent while the chat is flood-limited");
            send(outbox, 2L, "other chats go on");
            fake.awaitCall("sendMessage", call -> call.chatId() == 2L && call.delivered(), WAIT);
            awaitEmpty(outbox);

            assertEquals(List.of(429), statuses(fake.callsTo(1L)));
            assertEquals(0, outbox.queued(1L));
            assertEquals(2, outbox.stats().droppedInFloodWait());

            skipped.addAndGet(Duration.ofSeconds(86_400).toNanos());
            send(outbox, 1L, "after the day");
            fake.awaitCall("sendMessage", call -> call.text().equals("after the day") && call.delivered(), WAIT);
            assertEquals(List.of("after the day"), fake.textsTo(1L));
        }
    }

    @Test
    void serverErrorTwiceThenSuccessDeliversOnceAfterBackoff() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = new Outbox(client(fake), FAST)) {
            fake.serverError("sendMessage", 2);
            AtomicInteger deliveries = new AtomicInteger();

            outbox.send(3L, message(3L, "once"), sent -> deliveries.incrementAndGet());
            fake.awaitCalls("sendMessage", 1, WAIT);
            awaitEmpty(outbox);

            List<FakeBotApi.Call> attempts = fake.calls("sendMessage");
            assertEquals(List.of(500, 500, 200), statuses(attempts));
            assertTrue(attempts.get(1).receivedNanos() - attempts.get(0).receivedNanos() >= 500 * MILLI);
            assertTrue(attempts.get(2).receivedNanos() - attempts.get(1).receivedNanos() >= 1000 * MILLI);
            assertEquals(1, deliveries.get());
        }
    }

    @Test
    void serverErrorsGiveUpAfterMaxAttempts() throws InterruptedException {
        OutboxTuning threeAttempts = new OutboxTuning(4, Duration.ofMillis(20), Duration.ofMillis(100), 3, 10,
                Duration.ofSeconds(5));
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = new Outbox(client(fake), FAST, threeAttempts)) {
            fake.serverError("sendMessage", 10);
            AtomicInteger deliveries = new AtomicInteger();

            outbox.send(3L, message(3L, "lost"), sent -> deliveries.incrementAndGet());
            awaitEmpty(outbox);

            assertEquals(List.of(500, 500, 500), statuses(fake.calls("sendMessage")));
            assertEquals(0, deliveries.get());
        }
    }

    @Test
    void badRequestAndBlockedBotAreNotRetried() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, FAST)) {
            fake.failNextTo(1L, "sendMessage", 1, 400,
                    "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message text is empty\"}");
            fake.blockedBy(2L, "sendMessage", 1);
            AtomicInteger deliveries = new AtomicInteger();

            outbox.send(1L, message(1L, "bad"), sent -> deliveries.incrementAndGet());
            outbox.send(2L, message(2L, "blocked"), sent -> deliveries.incrementAndGet());
            send(outbox, 1L, "next");
            fake.awaitCall("sendMessage", call -> call.text().equals("next") && call.delivered(), WAIT);
            awaitEmpty(outbox);

            assertEquals(Map.of("bad", List.of(400), "blocked", List.of(403), "next", List.of(200)),
                    fake.calls("sendMessage").stream().collect(Collectors.groupingBy(FakeBotApi.Call::text,
                            Collectors.mapping(FakeBotApi.Call::status, Collectors.toList()))));
            assertEquals(0, deliveries.get());
        }
    }

    @Test
    void connectionRefusedIsRetriedUntilTheServerIsUp() throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        TelegramUrl url = TelegramUrl.builder().schema("http").host("127.0.0.1").port(port).testServer(false).build();
        AtomicInteger deliveries = new AtomicInteger();
        try (Outbox outbox = new Outbox(new OkHttpTelegramClient(FakeBotApi.TOKEN, url), FAST, new OutboxTuning(
                4, Duration.ofMillis(100), Duration.ofMillis(400), 8, 10, Duration.ofSeconds(5)))) {
            outbox.send(3L, message(3L, "eventually"), sent -> deliveries.incrementAndGet());
            Thread.sleep(300);
            try (FakeBotApi fake = new FakeBotApi(FakeBotApi.TOKEN, port)) {
                fake.awaitCalls("sendMessage", 1, WAIT);
                awaitEmpty(outbox);

                assertEquals(List.of(200), statuses(fake.calls("sendMessage")));
                assertEquals(1, deliveries.get());
            }
        }
    }

    @Test
    void unknownOutcomeIsNotRetried() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = impatientClient(fake);
            fake.delayResponses(3L, Duration.ofMillis(1000));
            AtomicInteger deliveries = new AtomicInteger();
            try (Outbox outbox = new Outbox(client, FAST, QUICK_RETRIES)) {
                outbox.send(3L, message(3L, "maybe"), sent -> deliveries.incrementAndGet());
                awaitEmpty(outbox);
                Thread.sleep(300);
            }

            assertEquals(1, fake.calls("sendMessage").size(), "a call that may have arrived must not be sent again");
            assertEquals(0, deliveries.get());
        }
    }

    @Test
    void anEditOfUnknownOutcomeIsRetriedAndTakesEffectOnce() throws InterruptedException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = impatientClient(fake);
            fake.delayResponses(3L, Duration.ofMillis(1000));
            AtomicInteger deliveries = new AtomicInteger();
            try (Outbox outbox = new Outbox(client, FAST, QUICK_RETRIES)) {
                outbox.send(3L, EditMessageText.builder().chatId(3L).messageId(1).text("Right!").build(),
                        edited -> deliveries.incrementAndGet());
                fake.awaitCalls("editMessageText", 1, WAIT);
                fake.delayResponses(3L, Duration.ZERO); // the line is good again for the retry
                awaitEmpty(outbox);
            }

            // The first edit reached Telegram and was applied, but its answer was lost; the retry finds the
            // message already edited (400 "message is not modified") and the outbox counts the edit as done.
            assertEquals(List.of(200, 400), statuses(fake.calls("editMessageText")));
            assertEquals(0, deliveries.get(), "no result to deliver: the answer that carried it was lost");
        }
    }

    @Test
    void answerCallbackQueryOvertakesTheChatsQueuedMessages() {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = outbox(fake, Limits.TELEGRAM)) {
            fake.pressButton(7L, 7L, "Eve", 1, "a:0");
            for (int i = 0; i < 6; i++) {
                send(outbox, 7L, "m" + i);
            }
            long answeredAt = System.nanoTime();
            outbox.send(7L, AnswerCallbackQuery.builder().callbackQueryId("cb-1").text("Noted").build());

            FakeBotApi.Call answer = fake.awaitCall("answerCallbackQuery", FakeBotApi.Call::delivered, WAIT);
            List<FakeBotApi.Call> messages = fake.awaitCalls("sendMessage", 4, WAIT);

            assertTrue(answer.receivedNanos() - answeredAt < 300 * MILLI, "the button kept spinning");
            assertTrue(answer.receivedNanos() < messages.get(3).receivedNanos(), "the answer waited behind messages");
        }
    }

    @Test
    void closeDeliversWhatIsQueued() {
        Limits slowChat = new Limits(1000, 5.0, 1, 1000, Duration.ofSeconds(1));
        try (FakeBotApi fake = new FakeBotApi()) {
            Outbox outbox = outbox(fake, slowChat);
            for (int i = 0; i < 5; i++) {
                send(outbox, 8L, "q" + i);
            }

            outbox.close();
            send(outbox, 8L, "too late");

            assertEquals(texts("q", 5), fake.textsTo(8L));
            assertEquals(0, outbox.pending());
        }
    }

    /** The acceptance measurement: Telegram's own limits, with the fake refusing anything beyond them. */
    @Test
    void burstToTwoHundredChatsKeepsTelegramLimits() {
        try (FakeBotApi fake = new FakeBotApi(); Outbox outbox = new Outbox(client(fake), Limits.TELEGRAM)) {
            fake.enforceLimits(true);
            long start = System.nanoTime();
            for (long chat = 1; chat <= 200; chat++) {
                send(outbox, chat, "verdict");
                send(outbox, chat, "next question");
            }

            List<FakeBotApi.Call> delivered = fake.awaitCalls("sendMessage", 400, Duration.ofSeconds(45));
            long totalMillis = TimeUnit.NANOSECONDS.toMillis(
                    delivered.stream().mapToLong(FakeBotApi.Call::receivedNanos).max().orElseThrow() - start);

            List<FakeBotApi.Call> attempts = fake.calls("sendMessage");
            int maxPerSecond = FakeBotApi.maxInAnyWindow(attempts, Duration.ofSeconds(1));
            System.out.printf("Outbox burst: 200 chats x 2 messages = %d delivered in %d ms; "
                            + "max %d calls in any 1 s window; %d refused with 429%n",
                    delivered.size(), totalMillis, maxPerSecond, attempts.size() - delivered.size());
            assertEquals(400, attempts.size(), "the fake refused calls beyond Telegram's limits");
            assertTrue(maxPerSecond <= 30, "max per second " + maxPerSecond);
            for (long chat = 1; chat <= 200; chat++) {
                List<FakeBotApi.Call> toChat = fake.callsTo(chat);
                assertTrue(FakeBotApi.respectsBucket(toChat, 3, 1.0), "chat " + chat);
                assertEquals(List.of("verdict", "next question"), fake.textsTo(chat));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A client that stops waiting for an answer after 300 ms: a slower answer leaves the call's outcome unknown. */
    private static OkHttpTelegramClient impatientClient(FakeBotApi fake) {
        OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
        return new OkHttpTelegramClient(impatient, fake.token(), fake.url());
    }

    private static OkHttpTelegramClient client(FakeBotApi fake) {
        return new OkHttpTelegramClient(fake.token(), fake.url());
    }

    private static Outbox outbox(FakeBotApi fake, Limits limits) {
        return outbox(fake, limits, QUICK_RETRIES);
    }

    private static Outbox outbox(FakeBotApi fake, Limits limits, OutboxTuning tuning) {
        return new Outbox(client(fake), limits, tuning);
    }

    private static SendMessage message(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).build();
    }

    private static void send(Outbox outbox, long chatId, String text) {
        outbox.send(chatId, message(chatId, text), (Message sent) -> { });
    }

    private static List<String> texts(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.toList());
    }

    private static List<Integer> statuses(List<FakeBotApi.Call> calls) {
        return calls.stream().map(FakeBotApi.Call::status).collect(Collectors.toList());
    }

    private static long span(List<FakeBotApi.Call> calls) {
        return calls.get(calls.size() - 1).receivedNanos() - calls.get(0).receivedNanos();
    }

    private static String gaps(List<FakeBotApi.Call> calls) {
        List<Long> millis = new ArrayList<>();
        for (FakeBotApi.Call call : calls) {
            millis.add(TimeUnit.NANOSECONDS.toMillis(call.receivedNanos() - calls.get(0).receivedNanos()));
        }
        return "receive times (ms): " + millis;
    }

    private static void awaitEmpty(Outbox outbox) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (outbox.pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(outbox.pending() + " calls still pending");
            }
            Thread.sleep(20);
        }
    }
}
