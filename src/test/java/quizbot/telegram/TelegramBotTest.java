package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.chat.ArticleQuestions;
import quizbot.chat.Conversation;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.TestSets;
import quizbot.storage.Database;
import quizbot.storage.SqliteStores;
import quizbot.storage.UpdateLog;
import quizbot.quiz.TestCore;
import quizbot.logs.RecordedLogs;
import org.slf4j.event.Level;

/**
 * The bot end to end: the real TelegramBots poller and client against {@link FakeBotApi}, the real
 * conversation, quiz rules and a SQLite file. Each test plays what a learner or a group does.
 */
class TelegramBotTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long ANNA = 4201;
    private static final long ADMIN = 9001;

    @TempDir
    Path folder;

    private FakeBotApi telegram;
    private Database database;
    private SqliteStores stores;
    private Conversation conversation;
    private TelegramBot bot;

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
        // an article's draft asks how many lines it had (what the bot was given, whole) and who sent it
        conversation = new Conversation(quizzes, groups, classes, (source, id) -> new ArticleQuestions.Draft(TestSets.set(id, "Pasted",
                TestSets.typed("p1", Kind.NUMBER, "Lines in the article?", "" + ((ArticleQuestions.Source.Text) source).text().lines().count()),
                TestSets.typed("p2", Kind.OTHER, "Who sent it?", "A teacher")),
                10, 10), stores.stats(),
                new Conversation.Settings(2, null, Duration.ofSeconds(5), FakeBotApi.BOT_USERNAME));
        bot = startBot();
    }

    private TelegramBot startBot() {
        return TelegramBot.start(FakeBotApi.TOKEN, telegram.url(), conversation, new UpdateLog(database, Clock.systemUTC())::claim, Limits.TELEGRAM);
    }

    @AfterEach
    void stop() {
        bot.close();
        database.close();
        telegram.close();
    }

    private FakeBotApi.Call message(long chatId, String containing) {
        return telegram.awaitCall("sendMessage", call -> call.chatId() == chatId && call.delivered() && call.text().contains(containing), WAIT);
    }

    /** The callback data of the button with this label under a message the bot sent. */
    static String button(FakeBotApi.Call message, String label) {
        for (JsonNode row : message.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(label)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + message.body());
    }

    /**
     * Members see a poll once Telegram has delivered it; by then the bot has noted its id. The fake
     * hands the id to the test a moment before, so the test waits for the bot as a member would.
     */
    private void awaitPollKnown(String pollId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (stores.groupRuns().poll(pollId).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the bot never noted poll " + pollId);
            }
            Thread.onSpinWait();
        }
    }

    /** The bytes of a file the bot uploaded in a field, directly or as {@code attach://<part>}. */
    private static byte[] upload(FakeBotApi.Call call, String field) {
        JsonNode value = call.body().path(field);
        JsonNode part = value.isTextual() && value.asText().startsWith("attach://")
                ? call.body().path(value.asText().substring("attach://".length())) : value;
        return java.util.Base64.getDecoder().decode(part.path("base64").asText());
    }

    private static String rightAnswer(FakeBotApi.Call question) {
        return question.text().contains("France") ? "Paris" : "Rome";
    }

    @Test
    void theMenuIsSetForPrivateChatsAndGroups() {
        List<FakeBotApi.Call> menus = telegram.awaitCalls("setMyCommands", 2, WAIT);
        assertTrue(menus.stream().anyMatch(call -> call.body().path("scope").path("type").asText().equals("all_private_chats")));
        assertTrue(menus.stream().anyMatch(call -> call.body().path("scope").path("type").asText().equals("all_group_chats")));
    }

    @Test
    void aPrivateQuizRunsFromStartToTheSummaryAndIsKeptInSqlite() {
        telegram.sendText(ANNA, ANNA, "Anna", "/start");
        message(ANNA, "Hello, Anna!");
        telegram.sendText(ANNA, ANNA, "Anna", "/quiz capitals");
        FakeBotApi.Call first = message(ANNA, "Question 1/2");

        telegram.pressButton(ANNA, ANNA, "Anna", first.resultMessageId(), button(first, rightAnswer(first)));
        telegram.awaitCall("answerCallbackQuery", call -> call.delivered(), WAIT);
        FakeBotApi.Call edited = telegram.awaitCall("editMessageText",
                call -> call.body().path("message_id").asInt() == first.resultMessageId(), WAIT);
        assertTrue(edited.text().contains("Question 1/2") && edited.text().contains("✅ Right!"), edited.text());
        FakeBotApi.Call second = message(ANNA, "Question 2/2");

        telegram.pressButton(ANNA, ANNA, "Anna", second.resultMessageId(), button(second, rightAnswer(second)));
        message(ANNA, "Quiz finished! 2/2 right");
        assertEquals(2, stores.stats().totals(ANNA).correct());
        assertEquals(1, stores.stats().totals(ANNA).quizzes());
    }

    @Test
    void aTeachersArticleOfManyLinesSentWithArticleDuringAQuizBecomesADraft_andTheQuizGoesOn() {
        telegram.sendText(ADMIN, ADMIN, "Ada", "/quiz capitals");
        FakeBotApi.Call question = message(ADMIN, "Question 1/2");

        telegram.sendText(ADMIN, ADMIN, "Ada", "/article The bridge over the estuary opened in 2021.\nIt cost $5m.\nIt is 2 km long.");

        message(ADMIN, "Reading your article");
        message(ADMIN, "Lines in the article?\n✓ 3");
        telegram.pressButton(ADMIN, ADMIN, "Ada", question.resultMessageId(), button(question, rightAnswer(question)));
        message(ADMIN, "Question 2/2");
    }

    @Test
    void aDraftsButtonDropsItsQuestionAndTheDraftMessageIsEditedInPlace() {
        telegram.sendText(ADMIN, ADMIN, "Ada", "/article The bridge over the estuary opened in 2021.");
        FakeBotApi.Call draft = message(ADMIN, "Draft: Pasted");

        telegram.pressButton(ADMIN, ADMIN, "Ada", draft.resultMessageId(), button(draft, "✕ 2"));

        FakeBotApi.Call toast = telegram.awaitCall("answerCallbackQuery", call -> call.delivered(), WAIT);
        assertEquals("Question 2 dropped; 1 of 2 kept.", toast.body().path("text").asText());
        FakeBotApi.Call edited = telegram.awaitCall("editMessageText",
                call -> call.body().path("message_id").asInt() == draft.resultMessageId(), WAIT);
        assertTrue(edited.text().contains("1 of 2 questions kept (dropped: 2)") && edited.text().contains("2. ✕ dropped: Who sent it?"),
                edited.text());
        assertTrue(button(edited, "↺ 2").endsWith(":2"), "a button brings it back");
    }

    @Test
    void aTeacherEditsAndPublishesADraft_thenAssignsItByButtons_eachStepEditingTheOneMessage() {
        telegram.sendText(ADMIN, ADMIN, "Ada", "/article The bridge over the estuary opened in 2021.");
        message(ADMIN, "Draft: Pasted");
        telegram.sendText(ADMIN, ADMIN, "Ada", "/edit 2 answer A teacher; teacher");
        message(ADMIN, "Accepted: A teacher / teacher");
        telegram.sendText(ADMIN, ADMIN, "Ada", "/publish bridge");
        message(ADMIN, "Published bridge version 1 (2 questions)");
        telegram.sendText(ADMIN, ADMIN, "Ada", "/newclass Year 9");
        message(ADMIN, "Class Year 9 is ready");

        telegram.sendText(ADMIN, ADMIN, "Ada", "/assign");
        FakeBotApi.Call classes = message(ADMIN, "Homework: for which class?");
        FakeBotApi.Call sets = pressAndAwaitEdit(classes, button(classes, "Year 9 (0)"), "which set?");
        FakeBotApi.Call counts = pressAndAwaitEdit(classes, button(sets, "Pasted (bridge)"), "how many questions?");
        FakeBotApi.Call deadlines = pressAndAwaitEdit(classes, button(counts, "All 2"), "due when?");
        FakeBotApi.Call assigned = pressAndAwaitEdit(classes, button(deadlines, "No deadline"), "Assigned bridge to Year 9; 0 members told.");

        assertTrue(assigned.body().path("reply_markup").path("inline_keyboard").isEmpty(), "no button left to assign again");
        assertEquals(1, stores.classes().assignmentsOf(stores.classes().classByName(ADMIN, "Year 9").orElseThrow().id()).size());
    }

    /** Presses a button under the walk's message and waits for the message to be edited into the next step. */
    private FakeBotApi.Call pressAndAwaitEdit(FakeBotApi.Call message, String data, String next) {
        telegram.pressButton(ADMIN, ADMIN, "Ada", message.resultMessageId(), data);
        return telegram.awaitCall("editMessageText", call -> call.body().path("message_id").asInt() == message.resultMessageId()
                && call.text().contains(next), WAIT);
    }

    @Test
    void aDoubleTapAndAForgedPressChangeNothingAndGetAShortAnswer() {
        telegram.sendText(ANNA, ANNA, "Anna", "/quiz capitals");
        FakeBotApi.Call first = message(ANNA, "Question 1/2");
        String data = button(first, rightAnswer(first));
        telegram.pressButton(ANNA, ANNA, "Anna", first.resultMessageId(), data);
        message(ANNA, "Question 2/2");
        telegram.pressButton(ANNA, ANNA, "Anna", first.resultMessageId(), data);
        telegram.awaitCall("answerCallbackQuery", call -> call.body().path("text").asText().equals("You already answered that question."), WAIT);
        telegram.pressButton(ANNA, ANNA, "Anna", first.resultMessageId(), "a:99999:0:0");
        telegram.awaitCall("answerCallbackQuery", call -> call.body().path("text").asText().equals("That question is not open any more."), WAIT);
        telegram.pressButton(ANNA, 777, "Mallory", first.resultMessageId(), data);
        telegram.awaitCalls("answerCallbackQuery", 4, WAIT);

        assertEquals(1, stores.stats().totals(ANNA).answered(), "one answer, however often it is pressed");
        assertEquals(0, stores.stats().totals(777).answered());
    }

    @Test
    void aGroupQuizSendsQuizPollsScoresEachMemberAndPostsTheGroupsLeaderboard() {
        long group = -1001;
        telegram.sendGroupText(group, 1, "Anna", "/quiz@QuizTestBot capitals");
        FakeBotApi.Call poll = telegram.awaitCall("sendPoll", call -> call.delivered(), WAIT);
        JsonNode body = poll.body();
        assertEquals("quiz", body.path("type").asText());
        assertEquals(false, body.path("is_anonymous").asBoolean(true));
        assertEquals(5, body.path("open_period").asInt());
        int right = body.path("correct_option_ids").get(0).asInt();
        awaitPollKnown(poll.resultPollId());

        telegram.answerPoll(poll.resultPollId(), 1, "Anna", List.of(right));
        telegram.answerPoll(poll.resultPollId(), 2, "Boris", List.of(right == 0 ? 1 : 0));
        telegram.answerPoll(poll.resultPollId(), 3, "Clara", List.of(right));

        FakeBotApi.Call next = telegram.awaitCall("sendPoll", call -> call.delivered() && !call.resultPollId().equals(poll.resultPollId()),
                Duration.ofSeconds(15));
        int nextRight = next.body().path("correct_option_ids").get(0).asInt();
        awaitPollKnown(next.resultPollId());
        telegram.answerPoll(next.resultPollId(), 2, "Boris", List.of(nextRight));

        FakeBotApi.Call board = telegram.awaitCall("sendMessage", call -> call.chatId() == group && call.text().contains("leaderboard"),
                Duration.ofSeconds(15));
        assertTrue(board.text().contains("1. Anna – 1 of 1"), board.text());
        assertTrue(board.text().contains("Clara – 1 of 1") && board.text().contains("Boris – 1 of 2"), board.text());
        telegram.sendGroupText(group, 2, "Boris", "/top");
        message(group, "This group's leaderboard");
    }

    @Test
    void aGroupQuizGoesOnAfterTheBotRestarts() {
        long group = -1002;
        telegram.sendGroupText(group, 1, "Anna", "/quiz capitals");
        FakeBotApi.Call poll = telegram.awaitCall("sendPoll", call -> call.delivered(), WAIT);
        awaitPollKnown(poll.resultPollId());
        bot.close();

        bot = startBot();
        telegram.awaitCall("sendPoll", call -> call.delivered() && !call.resultPollId().equals(poll.resultPollId()),
                Duration.ofSeconds(15));
    }

    /** The acceptance run of issue 5: from a set loaded by document to the teacher's report. */
    @Test
    void anAdminLoadsASetATeacherAssignsItThreeLearnersJoinByLinkAndTheTeacherGetsTheReport() throws Exception {
        long teacher = 5001;
        telegram.sendText(teacher, teacher, "Tan", "/start");
        message(teacher, "Hello, Tan!");
        byte[] csv = ("prompt,correct,wrong1,wrong2,wrong3,explanation\n"
                + "What is the capital of Spain?,Madrid,Seville,Bilbao,Valencia,Madrid is the capital.\n"
                + "What is the capital of Portugal?,Lisbon,Porto,Braga,Faro,Lisbon is the capital.\n").getBytes(StandardCharsets.UTF_8);
        telegram.sendDocument(ADMIN, ADMIN, "Admin", "iberia.csv", csv);
        message(ADMIN, "Loaded iberia version 1");
        telegram.sendText(ADMIN, ADMIN, "Admin", "/teacher add " + teacher);
        message(ADMIN, "is a teacher now");
        telegram.sendText(teacher, teacher, "Tan", "/newclass 7B");
        String link = message(teacher, "Class 7B is ready").text();
        assertTrue(link.contains("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=join_"), link);
        String code = link.replaceAll("(?s).*start=join_([A-Za-z0-9]+).*", "$1");

        long[] learners = {6001, 6002, 6003};
        for (long learner : learners) {
            telegram.sendText(learner, learner, "Learner" + learner, "/start join_" + code);
            message(learner, "Welcome to 7B!");
        }
        telegram.sendText(teacher, teacher, "Tan", "/assign 7B iberia");
        message(teacher, "3 members told");
        int[] rightAnswers = {2, 1, 0};
        for (int i = 0; i < learners.length; i++) {
            long learner = learners[i];
            message(learner, "New homework");
            telegram.sendText(learner, learner, "Learner" + learner, "/homework");
            FakeBotApi.Call homework = message(learner, "Your homework");
            telegram.pressButton(learner, learner, "Learner" + learner, homework.resultMessageId(), button(homework, "7B: iberia"));
            for (int question = 1; question <= 2; question++) {
                FakeBotApi.Call shown = message(learner, "Question " + question + "/2");
                String right = shown.text().contains("Spain") ? "Madrid" : "Lisbon";
                String wrong = shown.text().contains("Spain") ? "Seville" : "Porto";
                telegram.pressButton(learner, learner, "Learner" + learner, shown.resultMessageId(),
                        button(shown, question <= rightAnswers[i] ? right : wrong));
            }
            message(learner, "Quiz finished!");
        }

        telegram.sendText(teacher, teacher, "Tan", "/report 7B");
        FakeBotApi.Call table = message(teacher, "Learner6001");
        assertTrue(table.text().contains("100"), table.text());
        FakeBotApi.Call chart = telegram.awaitCall("sendPhoto", call -> call.chatId() == teacher && call.delivered(), WAIT);
        byte[] png = upload(chart, "photo");
        assertEquals(java.awt.image.BufferedImage.class, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getClass());
        FakeBotApi.Call document = telegram.awaitCall("sendDocument", call -> call.chatId() == teacher && call.delivered(), WAIT);
        String report = new String(upload(document, "document"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Learner6001,6001,true,2,2"), report);
        assertTrue(report.contains("Learner6002,6002,true,1,2"), report);
        assertTrue(report.contains("Learner6003,6003,true,0,2"), report);
    }

    @Test
    void aDeepLinkStartsItsQuiz() {
        telegram.sendText(ANNA, ANNA, "Anna", "/start quiz_capitals");
        message(ANNA, "Quiz: Capitals, 2 questions.");
        telegram.sendText(ANNA, ANNA, "Anna", "/start join_nothing");
        message(ANNA, "That join link is not valid");
        telegram.sendText(ANNA, ANNA, "Anna", "/start something_else");
        message(ANNA, "That link does not lead anywhere");
    }

    @Test
    void aQuestionSetSentAsADocumentIsDownloadedAndChecked() {
        byte[] file = QuestionSetJson.toJson(TestSets.planets()).getBytes(StandardCharsets.UTF_8);
        telegram.sendDocument(ANNA, ANNA, "Anna", "planets.json", file);
        message(ANNA, "is a valid question set: The planets, 5 questions");
    }

    @Test
    void aFailingUpdateIsLoggedAndTheLearnerGetsAnApologyAndTheBotGoesOn() {
        telegram.serverError("getFile", 10);
        telegram.sendDocument(ANNA, ANNA, "Anna", "planets.json", new byte[] {'{'});
        message(ANNA, "Sorry, something went wrong");
        List<RecordedLogs.Event> logged = RecordedLogs.events(event -> event.logger().equals(UpdateHandler.class.getName())
                && event.level() == Level.ERROR && event.message().contains("failed: IllegalStateException: getFile failed"));
        assertEquals(1, logged.size(), "logged once, with the update id and the failure");
        assertTrue(logged.get(0).message().matches("(?s)update \\d+ failed: .*"), logged.get(0).message());
        assertTrue(logged.get(0).failure() instanceof IllegalStateException, "with its stack trace, in the log file");
        telegram.sendText(ANNA, ANNA, "Anna", "/help");
        message(ANNA, "/review");
    }

    /**
     * 200 learners press /start at once: 400 messages go out within Telegram's limits, measured from
     * the fake server's receive times (the acceptance figure the README reports).
     */
    @Test
    void aBurstOf200LearnersIsServedWithin30PerSecondAnd1PerSecondPerChat() {
        long start = System.nanoTime();
        for (long user = 1; user <= 200; user++) {
            telegram.sendText(user, user, "Learner " + user, "/start");
        }
        List<FakeBotApi.Call> sent = telegram.awaitCalls("sendMessage", 400, Duration.ofSeconds(40));
        double seconds = (System.nanoTime() - start) / 1e9;
        int busiestSecond = FakeBotApi.maxInAnyWindow(sent, Duration.ofSeconds(1));
        System.out.printf("burst: 200 learners, %d messages delivered in %.1f s; busiest 1 s window %d messages%n",
                sent.size(), seconds, busiestSecond);
        assertTrue(busiestSecond <= 30, "at most 30 messages in any second, was " + busiestSecond);
        for (long user = 1; user <= 200; user++) {
            long chat = user;
            List<FakeBotApi.Call> toChat = sent.stream().filter(call -> call.chatId() == chat).toList();
            assertEquals(2, toChat.size(), "learner " + user + " gets the greeting and the sets, once each");
            assertTrue(FakeBotApi.respectsBucket(toChat, Limits.TELEGRAM.chatBurst(), Limits.TELEGRAM.chatPerSecond()), "chat " + user);
        }
    }

    @Test
    void a429AndA500AreRetriedAndTheMessageArrivesOnce() {
        telegram.tooManyRequestsTo(ANNA, "sendMessage", 1, 1);
        telegram.sendText(ANNA, ANNA, "Anna", "/help");
        message(ANNA, "/review");
        telegram.failNextTo(ANNA, "sendMessage", 2, 500, "<html>Bad Gateway</html>");
        telegram.sendText(ANNA, ANNA, "Anna", "/sets");
        message(ANNA, "Question sets:");
        assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.text().contains("/review")).count());
        assertEquals(1, telegram.deliveries("sendMessage").stream().filter(call -> call.text().contains("Question sets:")).count());
        assertEquals(2, telegram.calls("sendMessage").stream().filter(call -> call.text().contains("/review")).count(), "one 429, one delivery");
    }
}
