package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake must behave like the Bot API for the real client and the real long-polling application. */
@Timeout(30)
class FakeBotApiTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void realClientSendsMessageAndGetsMessageWithId() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());

            Message first = client.execute(SendMessage.builder().chatId(42L).text("Hello").build());
            Message second = client.execute(SendMessage.builder().chatId(-100L).text("Hi group").build());

            assertNotNull(first.getMessageId());
            assertTrue(second.getMessageId() > first.getMessageId());
            assertEquals(42L, first.getChatId());
            assertTrue(first.getChat().isUserChat());
            assertTrue(second.getChat().isSuperGroupChat());
            assertEquals("Hello", first.getText());
            FakeBotApi.Call call = fake.calls("sendMessage").get(0);
            assertEquals(42L, call.chatId());
            assertEquals("Hello", call.text());
            assertTrue(call.delivered());
            assertEquals(List.of("Hello"), fake.textsTo(42L));
        }
    }

    @Test
    void getMeAnswersTheTestBot() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            User bot = new OkHttpTelegramClient(fake.token(), fake.url()).execute(new GetMe());

            assertEquals(FakeBotApi.BOT_USERNAME, bot.getUserName());
            assertTrue(bot.getIsBot());
        }
    }

    @Test
    void sendPollReturnsQuizPollWithIdAndCorrectOptions() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());

            Message sent = client.execute(SendPoll.builder().chatId(7L).question("Capital of France?")
                    .options(List.of(new InputPollOption("Paris"), new InputPollOption("Lyon")))
                    .type("quiz").isAnonymous(false).correctOptionIds(List.of(0)).build());

            assertNotNull(sent.getPoll().getId());
            assertEquals("quiz", sent.getPoll().getType());
            assertFalse(sent.getPoll().getIsAnonymous());
            assertEquals(List.of(0), sent.getPoll().getCorrectOptionIds());
            assertEquals("Lyon", sent.getPoll().getOptions().get(1).getText());
            assertEquals(sent.getPoll().getId(), fake.calls("sendPoll").get(0).resultPollId());
        }
    }

    @Test
    void editAndAnswerCallbackQuerySucceed() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            fake.pressButton(5L, 5L, "Ann", 12, "a:1");

            Object edited = client.execute(EditMessageText.builder().chatId(5L).messageId(12).text("Done").build());
            Boolean answered = client.execute(AnswerCallbackQuery.builder().callbackQueryId("cb-1").build());

            assertEquals(12, ((Message) edited).getMessageId());
            assertTrue(answered);
            assertEquals(5L, fake.calls("answerCallbackQuery").get(0).chatId(), "answers count for the button's chat");
        }
    }

    @Test
    void tooManyRequestsSurfacesAsRequestExceptionWithRetryAfter() {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            fake.tooManyRequests("sendMessage", 1, 7);

            TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class,
                    () -> client.execute(SendMessage.builder().chatId(1L).text("x").build()));

            assertEquals(429, refused.getErrorCode());
            assertEquals(7, refused.getParameters().getRetryAfter());
            assertEquals(429, fake.calls("sendMessage").get(0).status());
            assertFalse(fake.calls("sendMessage").get(0).delivered());
        }
    }

    @Test
    void serverErrorSurfacesAsUndeserialisableResponse() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            fake.serverError("sendMessage", 1);

            TelegramApiException failure = assertThrows(TelegramApiException.class,
                    () -> client.execute(SendMessage.builder().chatId(1L).text("x").build()));
            Message retried = client.execute(SendMessage.builder().chatId(1L).text("x").build());

            assertInstanceOf(TelegramApiRequestException.class, failure, failure::toString);
            assertEquals(List.of(500, 200), fake.calls("sendMessage").stream().map(FakeBotApi.Call::status).toList());
            assertNotNull(retried.getMessageId());
        }
    }

    @Test
    void unknownTokenIsUnauthorized() {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient("999:wrong", fake.url());

            TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class,
                    () -> client.execute(new GetMe()));

            assertEquals(401, refused.getErrorCode());
        }
    }

    @Test
    void getUpdatesRespectsOffsetAndAllowedUpdates() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            int first = fake.sendText(3L, 3L, "Bo", "hello");
            int second = fake.pressButton(3L, 3L, "Bo", 1, "go");

            List<Update> all = client.execute(GetUpdates.builder().offset(0).timeout(0).build());
            List<Update> onlyButtons = client.execute(GetUpdates.builder().offset(0).timeout(0)
                    .allowedUpdates(List.of("callback_query")).build());
            List<Update> afterFirst = client.execute(GetUpdates.builder().offset(first + 1).timeout(0).build());
            long start = System.nanoTime();
            List<Update> none = client.execute(GetUpdates.builder().offset(second + 1).timeout(50).build());
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals(List.of(first, second), all.stream().map(Update::getUpdateId).toList());
            assertEquals(List.of(second), onlyButtons.stream().map(Update::getUpdateId).toList());
            assertEquals(List.of(second), afterFirst.stream().map(Update::getUpdateId).toList());
            assertTrue(none.isEmpty());
            assertTrue(waitedMillis >= 300 && waitedMillis < 3000, "long poll waited " + waitedMillis + " ms");
            assertEquals(0, fake.queuedUpdates(), "an offset confirms earlier updates");
        }
    }

    @Test
    void documentIsServedThroughGetFileAndDownload() throws Exception {
        try (FakeBotApi fake = new FakeBotApi()) {
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            byte[] content = "{\"questions\":[]}".getBytes(StandardCharsets.UTF_8);
            fake.sendDocument(9L, 9L, "Cy", "set.json", content);
            Update update = client.execute(GetUpdates.builder().offset(0).timeout(0).build()).get(0);

            assertEquals("set.json", update.getMessage().getDocument().getFileName());
            assertEquals("application/json", update.getMessage().getDocument().getMimeType());
            File file = client.execute(new GetFile(update.getMessage().getDocument().getFileId()));
            String url = "http://" + fake.url().getHost() + ":" + fake.url().getPort()
                    + "/file/bot" + fake.token() + "/" + file.getFilePath();
            try (Response response = new OkHttpClient().newCall(new Request.Builder().url(url).build()).execute()) {
                assertEquals(200, response.code());
                assertEquals("{\"questions\":[]}", response.body().string());
            }
        }
    }

    @Test
    void enforcedLimitsRefuseFourthMessageToOneChatWithinASecond() throws TelegramApiException {
        try (FakeBotApi fake = new FakeBotApi()) {
            fake.enforceLimits(true);
            OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(), fake.url());
            for (int i = 0; i < 3; i++) {
                client.execute(SendMessage.builder().chatId(8L).text("burst " + i).build());
            }

            TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class,
                    () -> client.execute(SendMessage.builder().chatId(8L).text("too fast").build()));
            Message otherChat = client.execute(SendMessage.builder().chatId(9L).text("fine").build());

            assertEquals(429, refused.getErrorCode());
            assertEquals(1, refused.getParameters().getRetryAfter());
            assertNotNull(otherChat.getMessageId());
        }
    }

    @Test
    void realPollerReceivesTextButtonAndPollAnswer() throws Exception {
        ScheduledExecutorService pollerThread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "test-poller");
            thread.setDaemon(true);
            return thread;
        });
        // BotSession.close() cancels polling but leaves its executor running: the test owns and stops it, before the
        // fake goes away, so the last long poll ends quietly.
        try (FakeBotApi fake = new FakeBotApi()) {
            TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
                    ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(),
                    () -> pollerThread);
            try {
                pollAndCheck(fake, application);
            } finally {
                application.close();
                pollerThread.shutdown();
                assertTrue(pollerThread.awaitTermination(3, TimeUnit.SECONDS), "the poller did not stop");
            }
        } finally {
            pollerThread.shutdownNow();
        }
    }

    private static void pollAndCheck(FakeBotApi fake, TelegramBotsLongPollingApplication application)
            throws TelegramApiException, InterruptedException {
        LinkedBlockingQueue<Update> received = new LinkedBlockingQueue<>();
        LongPollingUpdateConsumer consumer = received::addAll;
        application.registerBot(fake.token(), fake::url, new DefaultGetUpdatesGenerator(), consumer);
        fake.awaitCall("getUpdates", call -> true, WAIT);

        fake.sendText(11L, 11L, "Dana", "/start set-42");
        fake.pressButton(11L, 11L, "Dana", 3, "answer:2");
        fake.answerPoll("poll-1", 11L, "Dana", List.of(1));

        List<Update> updates = new ArrayList<>();
        while (updates.size() < 3) {
            Update update = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(update, "the poller delivered only " + updates);
            updates.add(update);
        }
        assertEquals(1, fake.calls("deleteWebhook").size(), "the poller deletes the webhook first");
        Message text = updates.get(0).getMessage();
        assertEquals("/start set-42", text.getText());
        assertEquals(11L, text.getFrom().getId());
        assertTrue(text.hasEntities() && text.isCommand());
        assertEquals("answer:2", updates.get(1).getCallbackQuery().getData());
        assertEquals(3, updates.get(1).getCallbackQuery().getMessage().getMessageId());
        assertEquals(11L, updates.get(1).getCallbackQuery().getMessage().getChatId());
        assertEquals(List.of(1), updates.get(2).getPollAnswer().getOptionIds());
        assertEquals("poll-1", updates.get(2).getPollAnswer().getPollId());
    }
}
