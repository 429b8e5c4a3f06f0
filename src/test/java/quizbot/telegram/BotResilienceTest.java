package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.chat.ArticleQuestions;
import quizbot.chat.ButtonData;
import quizbot.chat.Conversation;
import quizbot.questions.Kind;
import quizbot.quiz.TestSets;
import quizbot.storage.Database;
import quizbot.storage.DatabaseFaults;
import quizbot.storage.SqliteStores;
import quizbot.storage.UpdateLog;
import quizbot.quiz.TestCore;
import quizbot.logs.RecordedLogs;
import org.slf4j.event.Level;

/**
 * Nothing one user or one fault does stops the bot for the others. Each test is a finding from
 * trying the built bot as an attacker and as an unlucky operator would, replayed through the real
 * TelegramBots poller and client against {@link FakeBotApi}, on a SQLite file.
 */
class BotResilienceTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long ANNA = 4201;
    private static final long BORIS = 4202;
    private static final long ADMIN = 9001;
    private static final long GROUP = -100777;
    private static final String ARTICLE = "The bridge over the estuary opened on 3 May 2021 after six years of work. ".repeat(8);

    @TempDir
    Path folder;

    private FakeBotApi telegram;
    private Database database;
    private SqliteStores stores;
    private TelegramBot bot;
    /** The teacher's articles wait here until a test lets them finish. */
    private final CountDownLatch articlesMayFinish = new CountDownLatch(1);

    @BeforeEach
    void start() {
        telegram = new FakeBotApi();
        database = Database.open(folder.resolve("quizbot.db"));
        stores = new SqliteStores(database, Clock.systemUTC());
        stores.sets().saveAll(List.of(TestSets.set("capitals", "Capitals",
                TestSets.choice("c1", Kind.PLACE, "What is the capital of France?", "Paris", "Lyon", "Nice", "Lille"),
                TestSets.choice("c2", Kind.PLACE, "What is the capital of Italy?", "Rome", "Milan", "Turin", "Naples"))));
        var core = TestCore.over(stores).admins(ADMIN);
        var quizzes = core.quizzes();
        var groups = core.groupQuizzes();
        var classes = core.teaching();
        var conversation = new Conversation(quizzes, groups, classes, this::slowArticle, stores.stats(),
                new Conversation.Settings(2, null, Duration.ofSeconds(5), FakeBotApi.BOT_USERNAME));
        bot = TelegramBot.start(FakeBotApi.TOKEN, telegram.url(), conversation, new UpdateLog(database, Clock.systemUTC())::claim,
                Limits.TELEGRAM, new TelegramBot.Tuning(1, 1, Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofSeconds(120)));
    }

    private ArticleQuestions.Draft slowArticle(ArticleQuestions.Source source, String id) {
        try {
            articlesMayFinish.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ArticleQuestions.Draft(TestSets.set(id, "The estuary bridge",
                TestSets.choice("q1", Kind.DATE, "When did the bridge open?", "3 May 2021", "3 May 2020", "3 May 2019", "3 May 2018")), 90, 90);
    }

    @AfterEach
    void stop() {
        articlesMayFinish.countDown();
        bot.close();
        database.close();
        telegram.close();
    }

    private FakeBotApi.Call message(long chatId, String containing) {
        return telegram.awaitCall("sendMessage", call -> call.chatId() == chatId && call.delivered() && call.text().contains(containing), WAIT);
    }

    private void assertStillServes(long chatId) {
        telegram.sendText(chatId, chatId, "Later", "/help");
        message(chatId, "/sets");
    }

    @Test
    void anUpdateMeetingAWriteLockHeldByAnotherProcessIsAnsweredAndPollingGoesOn() throws Exception {
        try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("quizbot.db"));
             Statement statement = otherProcess.createStatement()) {
            statement.execute("BEGIN IMMEDIATE"); // a `load` holding the lock past the 5 s busy timeout
            telegram.sendText(ANNA, ANNA, "Anna", "/help");
            message(ANNA, Conversation.CANNOT_RECORD);
            statement.execute("ROLLBACK");
        }
        assertStillServes(ANNA);
        assertTrue(RecordedLogs.events().stream().anyMatch(event -> event.level() == Level.ERROR
                && event.message().matches("(?s)update \\d+ not done \\(STORAGE_UNAVAILABLE\\): \\[SQLITE_BUSY\\].*")),
                "the database failure is logged with the update and the category");
    }

    @Test
    void updatesOnAFullDiskAreAnsweredAndPollingGoesOn() {
        DatabaseFaults.fillUp(database);

        // Claiming an update needs room in the update log; within a page's worth of updates one needs a new page.
        for (long learner = 10_000; learner < 10_400; learner++) {
            telegram.sendText(learner, learner, "Learner", "/help");
        }

        // the last of them is still answered: polling went on
        telegram.awaitCall("sendMessage", call -> call.chatId() == 10_399 && call.delivered(), Duration.ofSeconds(60));
        assertTrue(telegram.deliveries("sendMessage").stream().anyMatch(call -> call.text().equals(Conversation.CANNOT_RECORD)),
                "some updates met the full disk");
    }

    @Test
    void aMessageOrAPressWithoutAChatIsSkippedAndPollingGoesOn() {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", 1).put("date", 1).put("text", "/help");
        message.putObject("from").put("id", ANNA).put("is_bot", false).put("first_name", "Anna");
        telegram.queueRawUpdate("message", message);
        ObjectNode press = JsonNodeFactory.instance.objectNode();
        press.put("id", "cb-x").put("chat_instance", "ci").put("data", "s:capitals");
        press.putObject("from").put("id", ANNA).put("is_bot", false).put("first_name", "Anna");
        press.putObject("message").put("message_id", 2).put("date", 1);
        telegram.queueRawUpdate("callback_query", press);

        assertStillServes(BORIS);
    }

    @Test
    void anUpdateTheClientCannotReadIsSkippedOnceNotFetchedForever() {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", 1).put("date", "yesterday").put("text", "/help"); // date must be a number
        message.putObject("from").put("id", ANNA).put("is_bot", false).put("first_name", "Anna");
        message.putObject("chat").put("id", ANNA).put("type", "private");
        telegram.queueRawUpdate("message", message);
        telegram.sendText(BORIS, BORIS, "Boris", "/help");

        message(BORIS, "/sets");
        telegram.awaitCall("getUpdates", call -> telegram.queuedUpdates() == 0, WAIT);
    }

    @Test
    void theWatchdogRestartsPollingThatStopped() {
        telegram.sendText(ANNA, ANNA, "Anna", "/help");
        message(ANNA, "/sets");

        bot.killPollingTask();
        telegram.sendText(BORIS, BORIS, "Boris", "/help");

        message(BORIS, "/sets");
        assertEquals(1, bot.pollingRestarts());
    }

    @Test
    void otherChatsAreServedWhileATeachersArticleIsTurnedIntoADraft() {
        telegram.sendText(ADMIN, ADMIN, "Ada", ARTICLE);
        message(ADMIN, "Reading your article");

        telegram.sendText(ANNA, ANNA, "Anna", "/help");
        message(ANNA, "/sets");
        telegram.sendText(ADMIN, ADMIN, "Ada", ARTICLE);
        message(ADMIN, Conversation.STILL_WORKING);
        telegram.sendText(ADMIN + 1, ADMIN + 1, "Ed", "/start"); // not a teacher: plays as usual

        articlesMayFinish.countDown();
        message(ADMIN, "Draft: The estuary bridge");
    }

    @Test
    void whenEveryWorkerIsBusyATeacherIsToldToTryAgainShortly() {
        for (long learner : List.of(ANNA, BORIS)) {
            telegram.sendText(learner, learner, "Learner", "/start");
            message(learner, "Hello");
        }
        telegram.sendText(ADMIN, ADMIN, "Ada", ARTICLE);
        message(ADMIN, "Reading your article");
        telegram.sendText(ADMIN, ADMIN, "Ada", "/teacher add " + ANNA);
        telegram.sendText(ADMIN, ADMIN, "Ada", "/teacher add " + BORIS);
        telegram.awaitCall("sendMessage", call -> telegram.textsTo(ADMIN).stream().filter(text -> text.contains("is a teacher now")).count() == 2, WAIT);
        telegram.sendText(ANNA, ANNA, "Anna", ARTICLE); // the one queue place
        message(ANNA, "Reading your article");

        telegram.sendText(BORIS, BORIS, "Boris", ARTICLE);

        message(BORIS, Conversation.BUSY);
        articlesMayFinish.countDown();
        message(ANNA, "Draft: The estuary bridge");
    }

    @Test
    void aButtonAnswerInAGroupQuizIsRefusedThePollIsTheOnlyWayToAnswer() {
        telegram.sendGroupText(GROUP, ANNA, "Anna", "/quiz capitals");
        FakeBotApi.Call poll = telegram.awaitCall("sendPoll", call -> call.chatId() == GROUP && call.delivered(), WAIT);
        long runSession = stores.sessions().active(ANNA, GROUP).map(session -> session.id()).orElse(0L);

        for (int position = 0; position < 2; position++) {
            telegram.pressButton(GROUP, BORIS, "Boris", poll.resultMessageId(), "a:" + runSession + ":" + position + ":0");
        }

        telegram.awaitCall("answerCallbackQuery", call -> call.body().path("text").asText().contains("answer with the poll"), WAIT);
        assertTrue(stores.sessions().active(BORIS, GROUP).map(session -> stores.answers().ofSession(session.id()).isEmpty()).orElse(true),
                "no answer was recorded from a button");
    }

    @Test
    void aVoteThatArrivesBeforeTheBotHasStoredItsPollIsCounted() {
        telegram.delayResponses(GROUP, Duration.ofSeconds(2)); // the bot learns the poll's id late
        telegram.sendGroupText(GROUP, ANNA, "Anna", "/quiz capitals");
        FakeBotApi.Call poll = telegram.awaitCall("sendPoll", call -> call.chatId() == GROUP, WAIT);

        telegram.answerPoll(poll.resultPollId(), BORIS, "Boris", List.of(poll.body().path("correct_option_ids").path(0).asInt()));

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (stores.stats().totals(BORIS).answered() == 0) {
            assertTrue(System.nanoTime() < deadline, "the early vote was never counted");
            Thread.onSpinWait();
        }
        assertEquals(1, stores.stats().totals(BORIS).correct());
    }

    @Test
    void onlyTheMemberWhoStartedAGroupQuizOrATeacherCanStopIt() {
        telegram.sendGroupText(GROUP, ANNA, "Anna", "/quiz capitals");
        telegram.awaitCall("sendPoll", call -> call.chatId() == GROUP && call.delivered(), WAIT);

        telegram.sendGroupText(GROUP, BORIS, "Boris", "/stop");
        message(GROUP, "Only the member who started this quiz");
        telegram.sendGroupText(GROUP, ANNA, "Anna", "/stop");

        message(GROUP, "Group quiz stopped.");
    }

    @Test
    void filesSentInAGroupAreNeitherLoadedNorTurnedIntoADraftThere() {
        byte[] set = ("{\"id\":\"sums\",\"title\":\"Sums\",\"language\":\"en\",\"questions\":[{\"id\":\"q1\",\"type\":\"choice\","
                + "\"kind\":\"number\",\"prompt\":\"2+2?\",\"options\":[\"4\",\"5\",\"6\",\"3\"],\"correct\":0}]}")
                .getBytes(StandardCharsets.UTF_8);
        telegram.sendDocument(GROUP, ADMIN, "Ada", "sums.json", set);
        telegram.sendDocument(GROUP, ADMIN, "Ada", "bridge.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

        message(GROUP, "private chat");
        assertStillServes(ANNA);
        assertTrue(stores.sets().latest("sums").isEmpty(), "nothing loaded from a group");
        assertTrue(telegram.deliveries("downloadFile").isEmpty(), "a group's files are not even fetched");
        assertTrue(telegram.textsTo(GROUP).stream().noneMatch(text -> text.contains("Draft")), "no draft with its answers in the group");
    }

    @Test
    void aCommandForAnotherBotIsLeftAlone() {
        telegram.sendGroupText(GROUP, ANNA, "Anna", "/quiz@OtherBot capitals");
        telegram.sendGroupText(GROUP, ANNA, "Anna", "/top@" + FakeBotApi.BOT_USERNAME);

        message(GROUP, "leaderboard");
        assertTrue(telegram.calls("sendPoll").isEmpty(), "no quiz was started for another bot's command");
    }

    @Test
    void aTeacherCanBeNamedByTheUsernameTelegramSent() {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", 1).put("date", 1).put("text", "/start");
        message.putObject("from").put("id", ANNA).put("is_bot", false).put("first_name", "Anna").put("username", "anna_k");
        message.putObject("chat").put("id", ANNA).put("type", "private");
        telegram.queueRawUpdate("message", message);
        message(ANNA, "Hello");

        telegram.sendText(ADMIN, ADMIN, "Ada", "/teacher add @Anna_K");

        message(ADMIN, "Anna is a teacher now");
    }

    @Test
    void aDownloadThatTricklesIsCutOffAtItsDeadlineAndOtherFilesGoOn() {
        telegram.trickleDownloads(1);
        telegram.sendDocument(ADMIN, ADMIN, "Ada", "sums.csv", "question,answer\n".repeat(20).getBytes(StandardCharsets.UTF_8));

        message(ADMIN, "Sorry");
        telegram.trickleDownloads(0);
        assertStillServes(ANNA);
    }

    @Test
    void aFileThatTurnsOutTooLargeIsRefusedWithItsReason() {
        telegram.sendDocumentWithoutSize(ADMIN, ADMIN, "Ada", "huge.json", new byte[Conversation.MAX_DOCUMENT_BYTES + 10]);

        message(ADMIN, "the limit is 1 MiB");
    }

    @Test
    void aLearnerStartingQuizzesAgainAndAgainIsToldToWait() {
        telegram.sendText(ANNA, ANNA, "Anna", "/quiz capitals");
        FakeBotApi.Call asked = message(ANNA, "Question 1/");
        for (int i = 0; i < 7; i++) { // a /quiz during a quiz only asks: its "start the new one" starts
            telegram.pressButton(ANNA, ANNA, "Anna", asked.resultMessageId(), new ButtonData.StartAnew("capitals", 2).encode());
        }

        message(ANNA, "wait a few seconds");
        assertTrue(telegram.textsTo(ANNA).stream().filter(text -> text.startsWith("Quiz: ")).count() <= 5);
    }
}
