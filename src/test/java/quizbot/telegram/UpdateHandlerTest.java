package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.objects.Update;
import quizbot.chat.Conversation;
import quizbot.quiz.InMemoryStores;
import quizbot.quiz.TestSets;
import quizbot.storage.Database;
import quizbot.storage.DatabaseFaults;
import quizbot.storage.UpdateLog;
import quizbot.quiz.TestCore;

/** The update handler on its own: an update delivered twice, even after a restart, is handled once. */
class UpdateHandlerTest {

    @TempDir
    Path folder;

    private static Update textUpdate(int updateId, long chatId, String text) throws Exception {
        String json = """
                {"update_id": %d, "message": {"message_id": 1, "date": 1760000000, "text": "%s",
                 "chat": {"id": %d, "type": "private", "first_name": "Anna"},
                 "from": {"id": %d, "is_bot": false, "first_name": "Anna"}}}""".formatted(updateId, text, chatId, chatId);
        return new ObjectMapper().readValue(json, Update.class);
    }

    /** Handles the updates with a fresh handler on the same update log file (a restart between calls). */
    private static void handleAfterRestart(FakeBotApi telegram, Path logFile, List<Update> updates) throws Exception {
        handleAfterRestart(telegram, logFile, updates, Limits.TELEGRAM);
    }

    private static void handleAfterRestart(FakeBotApi telegram, Path logFile, List<Update> updates, Limits limits) throws Exception {
        var stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.planets()));
        var seeds = new AtomicLong();
        var core = TestCore.over(stores).seeds(seeds::incrementAndGet);
        var conversation = new Conversation(core.quizzes(), core.groupQuizzes(), core.teaching(),
                (text, id) -> {
                    throw new IllegalArgumentException("no articles in this test");
                }, stores, new Conversation.Settings(5, null, Duration.ofSeconds(30), null));
        var client = new OkHttpTelegramClient(new OkHttpClient(), FakeBotApi.TOKEN, telegram.url());
        try (Database database = Database.open(logFile); var outbox = new Outbox(client, limits)) {
            var handler = new UpdateHandler(conversation, outbox, null, new UpdateLog(database, Clock.systemUTC())::claim, 4, new SlowWork(1, 1));
            handler.consume(updates);
            handler.close(5);
        }
    }

    @Test
    void anUpdateDeliveredTwiceIsHandledOnceEvenAfterARestart() throws Exception {
        try (var telegram = new FakeBotApi()) {
            Path log = folder.resolve("quizbot.db");
            handleAfterRestart(telegram, log, List.of(textUpdate(7, 42, "/help"), textUpdate(7, 42, "/help")));
            handleAfterRestart(telegram, log, List.of(textUpdate(7, 42, "/help"), textUpdate(8, 42, "/sets")));

            assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.text().contains("/review")).count());
            assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.text().contains("The planets")).count());
        }
    }

    @Test
    void aUserFloodingTheBotHasTheExcessDroppedAndIsToldWhileOthersAreServed() throws Exception {
        try (var telegram = new FakeBotApi()) {
            var flood = new java.util.ArrayList<Update>();
            for (int id = 1; id <= 40; id++) {
                flood.add(textUpdate(id, 42, "/help"));
            }
            flood.add(textUpdate(41, 43, "/help"));
            // sending is not what is measured here, so the outbox may send as fast as it likes
            handleAfterRestart(telegram, folder.resolve("quizbot.db"), flood, new Limits(1000, 1000, 1000, 1000, java.time.Duration.ofSeconds(1)));

            List<FakeBotApi.Call> toFlooder = telegram.deliveries("sendMessage").stream().filter(call -> call.chatId() == 42).toList();
            assertEquals(20, toFlooder.stream().filter(call -> call.text().contains("/review")).count(), "the burst of 20 is served");
            assertEquals(1, toFlooder.stream().filter(call -> call.text().equals(UpdateHandler.SLOW_DOWN)).count());
            assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.chatId() == 43).count());
        }
    }

    @Test
    void whenTheDatabaseCannotBeWrittenTheLearnerIsToldNothingWasSaved() throws Exception {
        try (var telegram = new FakeBotApi(); Database database = databaseWithSets()) {
            DatabaseFaults.makeReadOnly(database);

            handle(telegram, database, textUpdate(1, 42, "/quiz planets"));

            assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.text().equals(Conversation.CANNOT_RECORD)).count());
            assertEquals(0, telegram.deliveries("sendMessage").stream().filter(call -> call.text().contains("Question 1/")).count(),
                    "no question is shown for a quiz that was not saved");
        }
    }

    @Test
    void whenTheDiskIsFullAnAnswerIsNotAcknowledgedAndNothingOfItIsRecorded() throws Exception {
        try (var telegram = new FakeBotApi(); Database database = databaseWithSets()) {
            handle(telegram, database, textUpdate(1, 42, "/quiz capitals"));
            DatabaseFaults.fillUp(database);

            // A long typed answer (one word: a long message of many words would be an article) needs pages the full database cannot have.
            handle(telegram, database, textUpdate(2, 42, "Paris-" + "and-so-on-".repeat(300)));

            assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.text().equals(Conversation.CANNOT_RECORD)).count());
            assertEquals(0, telegram.deliveries("sendMessage").stream().filter(call -> call.text().contains("Not quite")).count(),
                    "no verdict for an answer that was not saved");
            var stores = new quizbot.storage.SqliteStores(database, Clock.systemUTC());
            long session = stores.sessions().active(42, 42).orElseThrow().id();
            assertEquals(List.of(), stores.answers().ofSession(session), "nothing of the answer was recorded");
        }
    }

    /** A fresh SQLite database with the set "planets" and a one-question typed set "capitals". */
    private Database databaseWithSets() {
        Database database = Database.open(folder.resolve("quizbot.db"));
        new quizbot.storage.SqliteStores(database, Clock.systemUTC()).sets().saveAll(List.of(TestSets.planets(),
                TestSets.set("capitals", "Capitals", TestSets.typed("c1", quizbot.questions.Kind.PLACE, "Capital of France?", "Paris"))));
        return database;
    }

    /** Handles the updates through the whole chat on this database, as the bot would. */
    private static void handle(FakeBotApi telegram, Database database, Update... updates) throws Exception {
        var stores = new quizbot.storage.SqliteStores(database, Clock.systemUTC());
        var seeds = new AtomicLong();
        var core = TestCore.over(stores).seeds(seeds::incrementAndGet);
        var conversation = new Conversation(core.quizzes(), core.groupQuizzes(), core.teaching(),
                (text, id) -> {
                    throw new IllegalArgumentException("no articles in this test");
                }, stores.stats(), new Conversation.Settings(5, null, Duration.ofSeconds(30), null));
        var client = new OkHttpTelegramClient(new OkHttpClient(), FakeBotApi.TOKEN, telegram.url());
        try (var outbox = new Outbox(client, Limits.TELEGRAM)) {
            var handler = new UpdateHandler(conversation, outbox, null, id -> true, 2, new SlowWork(1, 1));
            handler.consume(List.of(updates));
            handler.close(5);
        }
    }
}
