package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.InMemoryStores;
import quizbot.quiz.MutableClock;
import quizbot.quiz.TestSets;
import quizbot.quiz.User;
import quizbot.quiz.TestCore;

/** The conversation as a learner meets it: what each command, press, typed answer and file gets back. */
class ConversationTest {

    private static final User ANNA = new User(7, "Anna");
    /** The real generator, models loaded once for these tests. */
    private static final ArticleQuestions ARTICLES = new ArticleQuestions() {
        private final quizbot.generate.QuestionGenerator generator = new quizbot.generate.QuestionGenerator();

        @Override
        public synchronized Draft generate(Source source, String id) {
            var result = generator.generate(((Source.Text) source).text(), new quizbot.generate.QuestionGenerator.Options(id, null, 30));
            return new Draft(result.questionSet(), result.wordsUsed(), result.wordsTotal());
        }
    };
    private static final User ADMIN = new User(1, "Admin", "admin");
    private static final long CHAT = 7;

    private InMemoryStores stores;
    private Conversation conversation;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.planets()));
        stores.saveAll(List.of(TestSets.set("capitals", "Capitals",
                TestSets.choice("c1", Kind.PLACE, "What is the capital of France?", "Paris", "Lyon", "Nice", "Lille"),
                TestSets.choice("c2", Kind.PLACE, "What is the capital of Italy?", "Rome", "Milan", "Turin", "Naples"))));
        var clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        var seeds = new AtomicLong(1);
        var core = TestCore.over(stores).clock(clock).seeds(seeds::getAndIncrement).admins(ADMIN.id());
        conversation = new Conversation(core.quizzes(), core.groupQuizzes(), core.teaching(), ARTICLES, stores, new Conversation.Settings(5, null, Duration.ofSeconds(20), null));
    }

    private List<Reply> say(String text) {
        return handle(new Incoming.Text(CHAT, false, ANNA, text));
    }

    private List<Reply> press(String data) {
        return handle(new Incoming.Press(CHAT, false, ANNA, data));
    }

    /** The conversation's replies with its slow work done in place, as the console does it. */
    private List<Reply> handle(Incoming event) {
        return SlowWorkDone.of(conversation.handle(event));
    }

    private static String text(List<Reply> replies) {
        return String.join("\n", replies.stream().map(reply -> reply instanceof Reply.Buttons buttons ? buttons.text()
                : reply instanceof Reply.Text text ? text.text() : reply instanceof Reply.Verdict verdict ? verdict.verdict()
                : reply instanceof Reply.Poll poll ? poll.question()
                : reply instanceof Reply.ReportFiles files ? files.chartCaption() + "\n" + files.csvCaption()
                : ((Reply.Notice) reply).text()).toList());
    }

    private static Reply.Buttons lastButtons(List<Reply> replies) {
        return (Reply.Buttons) replies.stream().filter(reply -> reply instanceof Reply.Buttons).reduce((a, b) -> b).orElseThrow();
    }

    /** Plays the current question right, whatever its type; returns the replies. */
    private List<Reply> answerRight(List<Reply> shown) {
        Reply last = shown.get(shown.size() - 1);
        if (last instanceof Reply.Buttons buttons) {
            var planets = TestSets.planets().questions();
            for (Reply.Button button : buttons.buttons()) {
                if (planets.stream().anyMatch(question -> buttons.text().contains(question.prompt())
                        && question.correctAnswer().equals(button.label()))) {
                    return press(button.data());
                }
            }
            throw new AssertionError("no right option in " + buttons);
        }
        return say("William Herschel");
    }

    @Test
    void startGreetsByNameAndOffersTheSets() {
        List<Reply> replies = say("/start");
        assertTrue(text(replies).contains("Hello, Anna!"));
        assertTrue(lastButtons(replies).buttons().stream().anyMatch(button -> button.data().equals("s:planets")));
    }

    @Test
    void aDeepLinkStartsItsQuizAndABadOneIsToldSo() {
        assertTrue(text(say("/start quiz_capitals")).contains("Quiz: Capitals, 2 questions."));
        List<Reply> bad = say("/start quiz_moons");
        assertTrue(text(bad).startsWith("That link does not lead anywhere"), text(bad));
        assertTrue(text(bad).contains("Hello, Anna!"));
    }

    @Test
    void topInAGroupCountsOnlyThatGroupsAnswers() {
        answerRight(say("/quiz planets 5"));
        long group = -500;
        assertTrue(text(handle(new Incoming.Text(group, true, ANNA, "/top"))).contains("leaderboard is empty"));
        assertTrue(text(say("/top")).contains("1. Anna – 1 of 1"));
    }

    private static final long GROUP = -900;
    private static final User BORIS = new User(8, "Boris");

    private List<Reply> inGroup(User user, String text) {
        return handle(new Incoming.Text(GROUP, true, user, text));
    }

    @Test
    void aGroupQuizIsPlayedWithPollsByEveryMemberAndEndsWithTheGroupsLeaderboard() {
        List<Reply> started = inGroup(ANNA, "/quiz@QuizTestBot capitals");
        assertTrue(text(started).contains("Group quiz: Capitals, 2 questions, 20 s each."), text(started));
        Reply.Poll poll = assertInstanceOf(Reply.Poll.class, started.get(1));
        assertEquals(poll.question().contains("France") ? "Paris" : "Rome", poll.options().get(poll.correctOption()));
        assertEquals(20, poll.openSeconds());

        conversation.pollOpened(poll.runId(), poll.position(), "p0");
        assertEquals(List.of(), handle(new Incoming.PollAnswer(ANNA, "p0", List.of(poll.correctOption()))));
        handle(new Incoming.PollAnswer(BORIS, "p0", List.of(poll.correctOption() == 0 ? 1 : 0)));

        Reply.Poll second = assertInstanceOf(Reply.Poll.class,
                handle(new Incoming.PollClosed(GROUP, poll.runId(), 0)).get(0));
        conversation.pollOpened(second.runId(), second.position(), "p1");
        handle(new Incoming.PollAnswer(BORIS, "p1", List.of(second.correctOption())));

        String end = text(handle(new Incoming.PollClosed(GROUP, poll.runId(), 1)));
        assertTrue(end.contains("Group quiz finished: Capitals."), end);
        assertTrue(end.contains("1. Anna – 1 of 1") && end.contains("2. Boris – 1 of 2"), end);
        assertEquals(List.of(), handle(new Incoming.PollClosed(GROUP, poll.runId(), 1)), "a late timer says nothing");
    }

    @Test
    void aGroupsChatterAndPrivateCommandsGetNoReplyAndHelpFitsTheGroup() {
        assertEquals(List.of(), inGroup(ANNA, "what a nice day"));
        assertEquals(List.of(), inGroup(ANNA, "/review"));
        String help = text(inGroup(ANNA, "/help"));
        assertTrue(help.contains("each question is a quiz poll") && !help.contains("/review"), help);
        assertTrue(text(say("/help")).contains("/review"), "private help lists private commands");
    }

    @Test
    void aGroupQuizRunningAtStartUpIsHandedBackToMoveOn() {
        Reply.Poll poll = (Reply.Poll) inGroup(ANNA, "/quiz capitals").get(1);
        assertEquals(List.of(new Conversation.RunningGroupQuiz(new Incoming.PollClosed(GROUP, poll.runId(), 0), Duration.ofSeconds(20))),
                conversation.runningGroupQuizzes());
        inGroup(ANNA, "/stop");
        assertEquals(List.of(), conversation.runningGroupQuizzes());
    }

    @Test
    void stopEndsTheGroupQuizForItsStarterOnly() {
        inGroup(ANNA, "/quiz capitals");
        assertTrue(text(inGroup(BORIS, "/stop")).startsWith("Only the member who started this quiz"));
        assertTrue(text(inGroup(ANNA, "/stop")).startsWith("Group quiz stopped."));
        assertTrue(text(inGroup(ANNA, "/stop")).contains("No group quiz is running"));
    }

    @Test
    void helpListsEveryCommand() {
        String help = text(say("/help"));
        for (String command : List.of("/sets", "/quiz", "/stop", "/score", "/top", "/stats", "/review", "/help")) {
            assertTrue(help.contains(command), "help lacks " + command);
        }
        assertTrue(text(say("/frobnicate")).contains("I don't know /frobnicate"));
    }

    @Test
    void quizWithoutASetAsksWhichWhenThereAreSeveral() {
        assertTrue(text(say("/quiz")).startsWith("Which set?"));
    }

    @Test
    void quizStartsTheNamedSetAndAsksTheFirstQuestion() {
        List<Reply> replies = say("/quiz planets 3");
        assertTrue(text(replies).contains("The planets, 3 questions"));
        assertTrue(text(replies).contains("Question 1/3"));
        assertTrue(replies.get(replies.size() - 1) instanceof Reply.Buttons || text(replies).contains("Type your answer"));
    }

    @Test
    void quizOnAnUnknownSetSaysSoAndListsTheSets() {
        List<Reply> replies = say("/quiz moons");
        assertTrue(text(replies).contains("There is no set \"moons\""));
        assertTrue(lastButtons(replies).buttons().stream().anyMatch(button -> button.data().equals("s:planets")));
    }

    @Test
    void pressingASetButtonStartsItsQuiz() {
        assertTrue(text(press("s:planets")).contains("Question 1/5"));
    }

    @Test
    void anOldSetButtonDoesNotThrowAwayTheQuizInProgress() {
        say("/quiz capitals");
        List<Reply> replies = press("s:planets");
        assertEquals(new Reply.Notice(CHAT, "You have a quiz in progress: answer it, or /stop it first."), replies.get(0));
        assertTrue(text(replies.subList(1, replies.size())).startsWith("Question 1/2"), "its question is shown again");
        assertTrue(text(say("/start")).contains("Question 1/2"));
    }

    @Test
    void aRightPressGetsPraiseTheExplanationAndTheNextQuestion() {
        List<Reply> replies = answerRight(say("/quiz planets 5"));
        assertTrue(text(replies).contains("✅ Right!"), text(replies));
        assertTrue(text(replies).contains("Because") || text(replies).contains("It is") || text(replies).contains("The statement"));
        assertTrue(text(replies).contains("Question 2/5"));
    }

    @Test
    void aDoubleTapIsAnsweredOnceAndToldSo() {
        String data = lastButtons(say("/quiz capitals")).buttons().get(0).data();
        assertTrue(text(press(data)).contains("Question 2/2"));
        assertEquals(List.of(new Reply.Notice(CHAT, "You already answered that question.")), press(data));
        assertEquals(1, stores.ofSession(1).size());
    }

    @Test
    void forgedAndStalePressesChangeNothingAndGetAShortNotice() {
        say("/quiz planets 5");
        for (String forged : List.of("a:999:0:0", "a:1:4:0", "garbage", "s:moons", "a:1:0:99", "")) {
            List<Reply> replies = press(forged);
            assertEquals(1, replies.size(), forged);
            assertInstanceOf(Reply.Notice.class, replies.get(0), forged);
        }
        assertEquals(List.of(), stores.ofSession(1));
    }

    @Test
    void textDuringAChoiceQuestionAsksForAButtonUnlessItIsAnOption() {
        stores.saveAll(List.of(TestSets.set("one", "One question",
                TestSets.choice("q", Kind.PLACE, "Which planet is red?", "Mars", "Venus", "Earth", "Mercury"))));
        say("/quiz one");
        assertTrue(text(say("the red one")).contains("\"the red one\" is none of the options. Press one of the buttons"));
        assertTrue(text(say("mars")).contains("✅ Right!"));
    }

    @Test
    void aTypedQuestionTakesTheTypedAnswer() {
        stores.saveAll(List.of(TestSets.set("typed", "Typed",
                TestSets.typed("t", Kind.PERSON, "Who discovered Uranus?", "William Herschel", "Herschel"))));
        assertTrue(text(say("/quiz typed")).contains("(Type your answer.)"));
        assertTrue(text(say("herschel")).contains("✅ Right!"));
    }

    @Test
    void theLastAnswerShowsTheSummaryAndScoreTopAndStatsCountIt() {
        List<Reply> replies = say("/quiz planets 5");
        for (int i = 0; i < 5; i++) {
            replies = answerRight(replies);
        }
        assertTrue(text(replies).contains("Quiz finished! 5/5 right · best streak 5"), text(replies));
        assertTrue(text(say("/score")).contains("Your score: 5 right of 5 answered (100 %), 1 quiz finished."));
        assertTrue(text(say("/score")).contains("The planets: 5/5"));
        assertTrue(text(say("/top")).contains("1. Anna – 5 of 5"));
        assertTrue(text(say("/stats")).contains("dates: 1 of 1 (100 %)"));
    }

    @Test
    void stopEndsTheQuizAndSaysWhenThereIsNone() {
        say("/quiz planets 5");
        assertTrue(text(say("/stop")).startsWith("Quiz stopped. 0/5 right (0 answered)"));
        assertTrue(text(say("/stop")).contains("No quiz is running"));
    }

    @Test
    void startDuringAQuizResumesItWhereItWas() {
        answerRight(say("/quiz planets 5"));
        assertTrue(text(say("/start")).contains("You have a quiz in progress"));
        assertTrue(text(say("/start")).contains("Question 2/5"));
    }

    @Test
    void reviewServesMissedQuestionsOrSaysNothingIsDue() {
        assertTrue(text(say("/review")).contains("Nothing is due"));
        Reply.Buttons first = lastButtons(say("/quiz capitals 1"));
        String capital = first.text().contains("France") ? "Paris" : "Rome";
        press(first.buttons().stream().filter(button -> !button.label().equals(capital)).findFirst().orElseThrow().data());
        assertTrue(text(say("/review")).contains("Review: 1 question due"));
    }

    @Test
    void aJsonDocumentIsCheckedAndItsErrorsNamed() {
        byte[] valid = QuestionSetJson.toJson(TestSets.planets()).getBytes(StandardCharsets.UTF_8);
        assertTrue(text(handle(new Incoming.Document(CHAT, false, ANNA, "planets.json", valid.length, valid)))
                .contains("is a valid question set: The planets, 5 questions"));
        byte[] broken = "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        assertTrue(text(handle(new Incoming.Document(CHAT, false, ANNA, "broken.json", broken.length, broken)))
                .contains("broken.json"));
        assertTrue(text(handle(new Incoming.Document(CHAT, false, ANNA, "notes.docx", valid.length, valid))).contains("none of these"));
        assertTrue(text(handle(new Incoming.Document(CHAT, false, ANNA, "huge.json", 5_000_000, new byte[0])))
                .contains("the limit is 1 MiB"));
    }

    @Test
    void anAdminsQuestionSetFileIsLoadedAndALearnersIsOnlyChecked() {
        byte[] csv = "prompt,correct,wrong1,wrong2,wrong3,explanation\nWhat is 2+2?,4,3,5,22,Two and two.\n"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(text(handle(new Incoming.Document(CHAT, false, ANNA, "sums.csv", csv.length, csv)))
                .contains("Ask an admin to load it"));
        assertTrue(stores.latest("sums").isEmpty());
        String loaded = text(handle(new Incoming.Document(ADMIN.id(), false, ADMIN, "sums.csv", csv.length, csv)));
        assertTrue(loaded.startsWith("Loaded sums version 1:") && loaded.contains("1 question (1 other)"), loaded);
        assertTrue(stores.latest("sums").isPresent());
    }

    @Test
    void anAdminsBrokenAikenTextFileGetsItsErrorNotADraft() {
        byte[] aiken = "What is 2+2?\nA. 3\nB. 4\nANSWER: E\n".getBytes(StandardCharsets.UTF_8);

        String reply = text(handle(new Incoming.Document(ADMIN.id(), false, ADMIN, "sums.txt", aiken.length, aiken)));

        assertTrue(reply.startsWith("Nothing was loaded:") && reply.contains("sums.txt"), reply);
        assertFalse(reply.contains("Draft"), reply);
    }

    @Test
    void aTeacherRunsAClassThatLearnersJoinByLinkAndTakeHomeworkIn() {
        var teacher = new User(30, "Ms Tan", "mstan");
        handle(new Incoming.Text(30, false, teacher, "/start"));
        assertTrue(text(handle(new Incoming.Text(30, false, teacher, "/newclass 7B"))).contains("Only teachers"));
        assertTrue(text(handle(new Incoming.Text(1, false, ADMIN, "/teacher add @mstan"))).contains("is a teacher now"));
        String created = text(handle(new Incoming.Text(30, false, teacher, "/newclass 7B")));
        String code = created.replaceAll("(?s).*join_([A-Za-z0-9]+).*", "$1");
        assertTrue(text(say("/start join_" + code)).contains("Welcome to 7B!"));
        List<Reply> assigned = handle(new Incoming.Text(30, false, teacher, "/assign 7B capitals 2 2099-06-30 attempts 2"));
        assertTrue(text(assigned).contains("Assigned capitals to 7B, due 2099-06-30 23:59 UTC, 2 attempts; 1 member told."), text(assigned));
        assertTrue(assigned.stream().anyMatch(reply -> reply.chatId() == ANNA.id() && text(List.of(reply)).contains("New homework")));

        Reply.Buttons homework = lastButtons(say("/homework"));
        assertTrue(homework.text().contains("7B: Capitals, 2 questions, due 2099-06-30 23:59 UTC, attempt 1 of 2"), homework.text());
        List<Reply> first = press(homework.buttons().get(0).data());
        assertTrue(text(first).contains("Homework: Capitals, 2 questions."));
        for (int i = 0; i < 2; i++) {
            Reply.Buttons question = lastButtons(first);
            String right = question.text().contains("France") ? "Paris" : "Rome";
            first = press(question.buttons().stream().filter(button -> button.label().equals(right)).findFirst().orElseThrow().data());
        }
        List<Reply> report = handle(new Incoming.Text(30, false, teacher, "/report 7B"));
        assertTrue(text(report).contains("Anna"), text(report));
        assertTrue(report.stream().anyMatch(reply -> reply instanceof Reply.ReportFiles files && files.chartFile().equals("7B.png")));
        assertTrue(report.stream().anyMatch(reply -> reply instanceof Reply.ReportFiles files && files.csvFile().equals("7B.csv")));
        assertTrue(text(say("/report 7B")).contains("Only teachers"), "a learner gets no report");
    }

    private static String articleText() throws Exception {
        try (var in = ConversationTest.class.getResourceAsStream("/articles/space-mission.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anArticleLongerThanTheBudgetIsCutAndTheTeacherIsToldHowMuchWasRead() throws Exception {
        var longArticle = new StringBuilder();
        for (int town = 1; town <= 1_000; town++) { // about 15,000 words in 100 paragraphs, no two sentences alike
            longArticle.append("In ").append(1800 + town).append(", the council of Town").append(town)
                    .append(" approved a budget of ").append(town).append(" million euros for its new library.")
                    .append(town % 10 == 0 ? "\n\n" : " ");
        }

        String draft = text(handle(new Incoming.Text(1, false, ADMIN, longArticle.toString())));

        assertTrue(draft.matches("(?s)The article is long: I read its first [\\d,]+ of [\\d,]+ words\\.\nDraft: .*"), draft);
    }

    @Test
    void aTeachersArticleBecomesADraftToTrimAndPublishAndIsPlayableAtOnce() throws Exception {
        var teacher = new User(30, "Ms Tan", "mstan");
        handle(new Incoming.Text(30, false, teacher, "/start"));
        handle(new Incoming.Text(1, false, ADMIN, "/teacher add @mstan"));
        byte[] article = articleText().getBytes(StandardCharsets.UTF_8);
        String draft = text(handle(new Incoming.Document(30, false, teacher, "Lunar relay.txt", article.length, article)));
        // the set id follows the headline, not the file's name
        String id = "aurora-link-europe-and-nasa-set-date-for-lunar";
        assertTrue(draft.startsWith("Draft: Aurora-Link: Europe and NASA set date for lunar relay mission (" + id + "), "), draft);
        int questions = Integer.parseInt(draft.replaceAll("(?s).*\\(" + id + "\\), (\\d+) questions.*", "$1"));
        assertTrue(questions >= 10, draft);
        String trimmed = text(handle(new Incoming.Text(30, false, teacher, "/drop 1 2")));
        assertTrue(trimmed.contains("(" + id + "), " + (questions - 2) + " of " + questions + " questions kept (dropped: 1, 2)"), trimmed);
        String published = text(handle(new Incoming.Text(30, false, teacher, "/publish moon")));
        assertTrue(published.startsWith("Published moon version 1 (" + (questions - 2) + " questions)"), published);
        assertTrue(text(say("/sets")).contains("(moon, version 1 by Ms Tan, " + (questions - 2) + " questions)"));
        assertTrue(text(say("/quiz moon 3")).contains("Question 1/3"), "playable at once");
        assertTrue(text(handle(new Incoming.Text(30, false, teacher, "/publish"))).contains("no draft"));
    }

    @Test
    void aLearnersLongMessageIsNoArticleAndOnlyAdminsRetireSets() throws Exception {
        String longText = articleText().replace("\n", " ");
        assertEquals("That looks like an article. Only teachers can make quizzes from articles; to play one, pick a set with /quiz.",
                text(say(longText)));
        assertTrue(text(say("/article " + longText)).contains("Only teachers"));
        assertTrue(text(say("/retire capitals")).contains("Only admins"));
        assertTrue(text(handle(new Incoming.Text(1, false, ADMIN, "/retire capitals"))).contains("is retired"));
        assertTrue(!text(say("/sets")).contains("capitals"));
        assertTrue(text(say("/quiz capitals")).contains("There is no set \"capitals\""));
    }

    @Test
    void everyPrivilegedCommandIsRefusedToALearnerAndChangesNothing() {
        for (String command : List.of("/teacher add @admin", "/newclass 7B", "/classes", "/remove 7B @admin",
                "/assign 7B capitals", "/report 7B", "/retire capitals", "/drop 1", "/publish", "/discard", "/article https://example.org/a",
                "/draft", "/restore 1", "/edit 1 prompt Who?", "/reopen capitals", "/title Mine")) {
            String reply = text(say(command));
            assertTrue(reply.contains("Only") || reply.contains("no draft") || reply.contains("You have no draft"),
                    command + " → " + reply);
        }
        assertEquals(2, stores.latestSets().size(), "no set retired");
        assertTrue(stores.classesOf(ANNA.id()).isEmpty(), "no class created");
        assertTrue(!stores.isTeacher(ADMIN.id()), "no role granted");
    }

    @Test
    void oddTextsGetAClearReplyAndNeverBreakTheConversation() {
        for (String odd : List.of("", "   ", "x".repeat(4096), "🎲🧠✨ quiz? 🤔", "مرحبا بالعالم", "שלום", "\u0000\u0007\u001b[31m",
                "/", "/quiz " + "9".repeat(30), "/quiz capitals 0", "/quiz capitals 99999", "/start " + "z".repeat(300))) {
            List<Reply> replies = say(odd);
            assertTrue(!replies.isEmpty(), "no reply to " + odd.length() + " chars: " + odd.substring(0, Math.min(20, odd.length())));
            for (Reply reply : replies) {
                assertTrue(text(List.of(reply)).length() <= 4096, "a reply over Telegram's 4,096 characters");
            }
        }
        assertEquals("The number of questions must be a whole number of at least 1; \"0\" is not. For example: /quiz capitals 5",
                text(say("/quiz capitals 0")));
        assertEquals("The number of questions must be a whole number of at least 1; \"-5\" is not. For example: /quiz capitals 5",
                text(say("/quiz capitals -5")));
        assertEquals("/quiz takes one set and a number of questions, e.g. /quiz capitals 5; I don't know what \"extra\" means here.",
                text(say("/quiz capitals 2 extra")));
        say("/stop"); // the loop's "/quiz capitals 99999" started one
        assertTrue(text(say("/quiz capitals 99999")).contains("2 questions"), "a count over the set's size plays the whole set");
    }

    @Test
    void forgedPressesOfEveryShapeChangeNothing() {
        say("/quiz capitals");
        for (String forged : List.of("a:1:0:-1", "a:-1:0:0", "a:1:-1:0", "a:1:0:0:extra", "a:" + "9".repeat(19) + ":0:0",
                "s:", "s:../../etc", "h:", "h:99999", "h:-3", "\u0000", "a:1:0:0 ", "🎲")) {
            List<Reply> replies = press(forged);
            assertEquals(1, replies.size(), forged);
            assertInstanceOf(Reply.Notice.class, replies.get(0), forged);
        }
        assertEquals(List.of(), stores.ofSession(1), "nothing was answered");
    }

    @Test
    void articlesThatAreEmptyHugeOrNotEnglishGetAClearReply() {
        var teacher = new User(30, "Ms Tan", "mstan");
        handle(new Incoming.Text(30, false, teacher, "/start"));
        handle(new Incoming.Text(1, false, ADMIN, "/teacher add @mstan"));
        byte[] empty = new byte[0];
        assertTrue(text(handle(new Incoming.Document(30, false, teacher, "empty.txt", 0, empty)))
                .contains("could not make questions"));
        byte[] huge = "word ".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        assertTrue(text(handle(new Incoming.Document(30, false, teacher, "huge.txt", huge.length, huge))).contains("the limit is 1 MiB"));
        String german = "Die Mission startete am Morgen vom Weltraumbahnhof, und die Besatzung meldete sich kurz darauf "
                .repeat(6);
        String reply = text(handle(new Incoming.Text(30, false, teacher, german)));
        assertTrue(reply.startsWith("Draft:") || reply.contains("could not make questions"), reply);
    }

    @Test
    void aPollAnswerForNoOpenPollGetsNoReply() {
        assertEquals(List.of(), handle(new Incoming.PollAnswer(ANNA, "poll-1", List.of(0))));
    }

    @Test
    void everyButtonFitsTelegramsCallbackDataLimit() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Reply.Button("x", "s:" + "a".repeat(63)));
        assertTrue(error.getMessage().contains("64 bytes"));
    }
}
