package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.quiz.InMemoryStores;
import quizbot.quiz.MutableClock;
import quizbot.quiz.TestCore;
import quizbot.quiz.TestSets;
import quizbot.quiz.User;

/**
 * Every teacher and admin command as a scenario: given a teacher with a class (and a draft), when they
 * send the command, then what they, their learners and the stores see.
 */
class TeachingScenariosTest {

    private static final User ADMIN = new User(1, "Ada", "ada");
    private static final User TAN = new User(30, "Ms Tan", "mstan");
    private static final User ANNA = new User(20, "Anna", "anna");
    /** What the article of every test becomes: a draft of four questions. */
    private static final QuestionSet ORBITS = TestSets.set("orbits", "Orbits",
            TestSets.typed("o1", Kind.NUMBER, "Days in Earth's year?", "365"),
            TestSets.typed("o2", Kind.NUMBER, "Moons of Mars?", "2"),
            TestSets.typed("o3", Kind.NUMBER, "Planets in the solar system?", "8"),
            TestSets.typed("o4", Kind.DATE, "Year of the first Moon landing?", "1969"));

    private InMemoryStores stores;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    /** What the next article gives. */
    private QuestionSet nextDraft = ORBITS;
    /** The next-best questions it holds back. */
    private List<Question> nextReserve = List.of();
    private Conversation conversation;
    /** The articles the bot was given to make drafts from, in order. */
    private final List<ArticleQuestions.Source> articlesRead = new ArrayList<>();

    @BeforeEach
    void aTeacherAndALearnerWhoHaveTalkedToTheBot() {
        stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.set("capitals", "Capitals",
                TestSets.choice("c1", Kind.PLACE, "What is the capital of France?", "Paris", "Lyon", "Nice", "Lille"),
                TestSets.choice("c2", Kind.PLACE, "What is the capital of Italy?", "Rome", "Milan", "Turin", "Naples"))));
        var core = TestCore.over(stores).clock(clock)
                .seeds(new AtomicLong(1)::getAndIncrement).admins(ADMIN.id());
        conversation = new Conversation(core.quizzes(), core.groupQuizzes(), core.teaching(),
                (source, id) -> {
                    articlesRead.add(source);
                    return new ArticleQuestions.Draft(nextDraft, 100, 100, nextReserve);
                }, stores,
                new Conversation.Settings(5, null, Duration.ofSeconds(20), null));
        say(TAN, "/start");
        say(ANNA, "/start");
    }

    private List<Reply> say(User user, String text) {
        return SlowWorkDone.of(conversation.handle(new Incoming.Text(user.id(), false, user, text)));
    }

    private List<Reply> press(User user, String data) {
        return SlowWorkDone.of(conversation.handle(new Incoming.Press(user.id(), false, user, data)));
    }

    private String text(User user, String command) {
        return text(say(user, command));
    }

    private static String text(List<Reply> replies) {
        return String.join("\n", replies.stream().map(reply -> reply instanceof Reply.Text text ? text.text()
                : reply instanceof Reply.Buttons buttons ? buttons.text() : reply instanceof Reply.Notice notice ? notice.text()
                : reply instanceof Reply.Verdict verdict ? verdict.verdict()
                : "").toList());
    }

    private void tanIsATeacher() {
        say(ADMIN, "/teacher add @mstan");
    }

    /** Ms Tan's class 7B, which Anna joined by its link. */
    private void tanHasClass7bWithAnna() {
        tanIsATeacher();
        String created = text(TAN, "/newclass 7B");
        say(ANNA, "/start join_" + created.replaceAll("(?s).*join_([A-Za-z0-9]+).*", "$1"));
    }

    private void tanHasADraft() {
        tanIsATeacher();
        say(TAN, "x ".repeat(TeacherChat.ARTICLE_WORDS)); // a long message: an article
    }

    @Test
    void teacherAdd_makesAUserATeacher_andOnlyAnAdminMay() {
        // given Ms Tan, no teacher yet
        assertEquals("Only admins can grant or revoke the teacher role.", text(ANNA, "/teacher add @mstan"));

        // when the admin makes her one
        String reply = text(ADMIN, "/teacher add @mstan");

        // then she is, and twice is once
        assertEquals("Ms Tan is a teacher now.", reply);
        assertTrue(stores.isTeacher(TAN.id()));
        assertEquals("Ms Tan is a teacher already.", text(ADMIN, "/teacher add @mstan"));
        assertEquals("I don't know @nobody: they must start a chat with me first.", text(ADMIN, "/teacher add @nobody"));
        assertEquals("Usage: /teacher add|remove <user id or @username>", text(ADMIN, "/teacher promote @mstan"));
    }

    @Test
    void teacherRemove_takesTheRoleAway() {
        // given Ms Tan, a teacher
        tanIsATeacher();

        // when the admin takes the role away, by her user id
        String reply = text(ADMIN, "/teacher remove 30");

        // then she is no teacher
        assertEquals("Ms Tan is no longer a teacher.", reply);
        assertTrue(!stores.isTeacher(TAN.id()));
        assertEquals("Ms Tan is not a teacher.", text(ADMIN, "/teacher remove @mstan"));
    }

    @Test
    void retire_hidesASetFromNewQuizzes_andOnlyAnAdminMay() {
        // given the set capitals
        assertEquals("Only admins can retire question sets.", text(TAN, "/retire capitals"));

        // when the admin retires it
        String reply = text(ADMIN, "/retire capitals");

        // then no one can start it, and it cannot be retired twice
        assertTrue(reply.startsWith("Set capitals is retired"), reply);
        assertTrue(text(ANNA, "/quiz capitals").contains("There is no set \"capitals\""));
        assertEquals("There is no set \"capitals\" to retire (or it is retired already).", text(ADMIN, "/retire capitals"));
    }

    @Test
    void aQuestionSetFile_fromAnAdminIsLoaded_fromAnyoneElseOnlyChecked() {
        // given a question-set file
        byte[] json = ("{\"id\":\"moons\",\"title\":\"Moons\",\"language\":\"en\",\"questions\":[{\"id\":\"m1\",\"type\":\"typed\","
                + "\"kind\":\"number\",\"prompt\":\"Moons of Mars?\",\"accepted\":[\"2\"]}]}").getBytes(StandardCharsets.UTF_8);

        // when a learner and then the admin send it
        String checked = text(SlowWorkDone.of(conversation.handle(new Incoming.Document(ANNA.id(), false, ANNA, "moons.json", json.length, json))));
        String loaded = text(SlowWorkDone.of(conversation.handle(new Incoming.Document(ADMIN.id(), false, ADMIN, "moons.json", json.length, json))));

        // then only the admin's is loaded
        assertTrue(checked.contains("is a valid question set") && checked.contains("Ask an admin to load it"), checked);
        assertTrue(loaded.startsWith("Loaded moons version 1: Moons, 1 question"), loaded);
        assertTrue(stores.latest("moons").isPresent());
    }

    @Test
    void newclass_createsAClassWithAJoinLink_onlyForTeachers() {
        // given a learner and a teacher
        assertEquals("Only teachers can do that. Ask an admin to make you one.", text(ANNA, "/newclass 7B"));
        tanIsATeacher();

        // when the teacher creates a class
        String reply = text(TAN, "/newclass 7B");

        // then it is ready with a link to join, once
        assertTrue(reply.startsWith("Class 7B is ready. Learners join with this link:\n/start join_"), reply);
        assertEquals("You have a class called \"7B\" already.", text(TAN, "/newclass 7B"));
        assertEquals("Usage: /newclass <name>", text(TAN, "/newclass"));
        assertTrue(text(TAN, "/newclass Year  9 History").startsWith("Class Year 9 History is ready."));
    }

    @Test
    void classes_listsTheTeachersClassesWithTheirMembers() {
        // given a teacher with no class
        tanIsATeacher();
        assertEquals("You have no classes yet. Create one with /newclass <name>.", text(TAN, "/classes"));

        // when Anna joins her class 7B
        tanHasClass7bWithAnna();

        // then her classes show it with one member
        String reply = text(TAN, "/classes");
        assertTrue(reply.startsWith("Your classes:\n• 7B: 1 member · /start join_"), reply);
    }

    @Test
    void remove_takesAMemberOutOfTheClass() {
        // given Anna in class 7B
        tanHasClass7bWithAnna();

        // when the teacher removes her
        String reply = text(TAN, "/remove 7B @anna");

        // then she is out, and is so only once
        assertEquals("Anna is no longer in 7B.", reply);
        assertEquals("@anna is not in 7B.", text(TAN, "/remove 7B @anna"));
        assertEquals("You have no class called \"9Z\". See /classes.", text(TAN, "/remove 9Z @anna"));
        assertEquals("Usage: /remove <class> <user id or @username>", text(TAN, "/remove 7B"));
    }

    @Test
    void assign_tellsEveryMemberButTheTeacherWhoAssigned() {
        // given class 7B with Anna, which Ms Tan joined herself to try it
        tanHasClass7bWithAnna();
        String link = text(TAN, "/classes").replaceAll("(?s).*join_([A-Za-z0-9]+).*", "$1");
        assertTrue(text(TAN, "/start join_" + link).startsWith("Welcome to 7B!"));

        // when she assigns a set
        List<Reply> replies = say(TAN, "/assign 7B capitals");

        // then she reads the confirmation only, and Anna the notice
        assertEquals(List.of(new Reply.Text(TAN.id(), "Assigned capitals to 7B; 1 member told."),
                new Reply.Text(ANNA.id(), "New homework from Ms Tan for 7B. See /homework.")), replies);
    }

    @Test
    void assign_givesTheClassHomeworkAndTellsItsMembers() {
        // given Anna in class 7B
        tanHasClass7bWithAnna();

        // when the teacher assigns capitals with a deadline and one attempt
        List<Reply> replies = say(TAN, "/assign 7B capitals 2 2099-06-30T18:00 attempts 1");

        // then the teacher hears who was told, and Anna is told and sees it as homework
        assertTrue(text(replies).startsWith("Assigned capitals to 7B, due 2099-06-30 18:00 UTC, 1 attempt; 1 member told."),
                text(replies));
        assertTrue(replies.stream().anyMatch(reply -> reply.chatId() == ANNA.id()
                && text(List.of(reply)).equals("New homework from Ms Tan for 7B, due 2099-06-30 18:00 UTC, 1 attempt. See /homework.")));
        assertTrue(text(ANNA, "/homework").contains("7B: Capitals, 2 questions, due 2099-06-30 18:00 UTC, attempt 1 of 1"));
        assertEquals("There is no set \"moons\". See /sets.", text(TAN, "/assign 7B moons"));
        assertEquals("The deadline is in the past.", text(TAN, "/assign 7B capitals 2020-01-01"));
        assertTrue(text(TAN, "/assign 7B capitals 2026-02-30").contains("is no date"));
        assertTrue(text(TAN, "/assign 7B").startsWith("Usage: /assign <class> <set>"));
    }

    @Test
    void assign_aClassNamedWithSpaces_isTypedAsItReads() {
        // given a class whose name has spaces, with Anna in it
        tanIsATeacher();
        String link = text(TAN, "/newclass Year 9 History");
        say(ANNA, "/start join_" + link.replaceAll("(?s).*join_([A-Za-z0-9]+).*", "$1"));

        // when the teacher assigns, reports and removes by the name as it reads
        String assigned = text(TAN, "/assign Year 9 History capitals 1");
        String report = text(TAN, "/report Year 9 History capitals");
        String removed = text(TAN, "/remove Year 9 History @anna");

        // then each finds the class
        assertTrue(assigned.startsWith("Assigned capitals to Year 9 History; 1 member told.\n"), assigned);
        assertTrue(report.startsWith("Year 9 History · Capitals"), report);
        assertEquals("Anna is no longer in Year 9 History.", removed);
        assertEquals("You have no class called \"Year 9\". See /classes.", text(TAN, "/assign Year 9 capitals"));
    }

    @Test
    void assign_withoutArguments_walksThroughClassSetCountAndDeadlineByButtons() {
        // given Anna in class 7B
        tanHasClass7bWithAnna();

        // when the teacher presses her way through /assign
        List<Reply> classes = say(TAN, "/assign");
        List<Reply> sets = press(TAN, button(classes, "7B (1)"));
        List<Reply> counts = press(TAN, button(sets, "Capitals (capitals)"));
        List<Reply> deadlines = press(TAN, button(counts, "All 2"));
        List<Reply> assigned = press(TAN, button(deadlines, "Tomorrow, Mon 2 Mar"));

        // then each step replaces the last, and the last assigns as the typed form would
        assertEquals("Homework: for which class?", text(classes));
        assertEquals("Homework for 7B: which set?", text(sets));
        assertTrue(((Reply.Buttons) sets.get(0)).replacesPressed());
        assertEquals("7B · Capitals (capitals): how many questions?", text(counts));
        assertEquals(List.of(List.of("All 2")), labels(counts));
        assertEquals("7B · Capitals (capitals), all questions: due when? (the end of the day, UTC)", text(deadlines));
        assertEquals(List.of(List.of("No deadline"), List.of("Tomorrow, Mon 2 Mar"), List.of("In 3 days, Wed 4 Mar"), List.of("In 1 week, Sun 8 Mar"),
                List.of("In 2 weeks, Sun 15 Mar")), labels(deadlines));
        assertTrue(text(assigned).startsWith("Assigned capitals to 7B, due 2026-03-02 23:59 UTC; 1 member told."), text(assigned));
        assertEquals(new Reply.Buttons(TAN.id(), "Assigned capitals to 7B, due 2026-03-02 23:59 UTC; 1 member told.", List.of(), true),
                assigned.get(0), "the walk's message becomes the outcome, its buttons gone");
        assertTrue(text(ANNA, "/homework").contains("7B: Capitals, 2 questions, due 2026-03-02 23:59 UTC"));
        assertEquals("That class is not yours (any more); /assign starts again.", text(press(ANNA, button(classes, "7B (1)"))));
        assertEquals("capitals was just assigned to 7B; its members were told once.",
                text(press(TAN, button(deadlines, "Tomorrow, Mon 2 Mar"))), "a double tap assigns once");
    }

    @Test
    void report_showsHowTheClassDidAsATableAChartAndACsvFile() {
        // given homework in class 7B that Anna has not started
        tanHasClass7bWithAnna();
        assertEquals("7B has no assignment yet. Give one with /assign.", text(TAN, "/report 7B"));
        say(TAN, "/assign 7B capitals");

        // when the teacher asks for the report
        List<Reply> replies = say(TAN, "/report 7B");

        // then the table names Anna, and the chart and CSV files are named after the class
        assertTrue(text(replies).contains("Anna"), text(replies));
        Reply.ReportFiles files = (Reply.ReportFiles) replies.get(replies.size() - 1);
        assertEquals(List.of("7B.png", "Scores and questions: 7B", "7B.csv", "The report as CSV, for a spreadsheet"),
                List.of(files.chartFile(), files.chartCaption(), files.csvFile(), files.csvCaption()));
        assertEquals("Usage: /report <class> [set]", text(TAN, "/report"));
    }

    @Test
    void article_makesADraftFromTheRestOfTheMessage_whateverItsLengthAndWhetherAQuizRuns() {
        // given a teacher in the middle of a quiz
        tanIsATeacher();
        say(TAN, "/quiz capitals");

        // when she sends a short article of two lines with /article
        String reply = text(TAN, "/article Gravity pulls.\nNewton said so in 1687.");

        // then it is read whole, lines kept, and becomes her draft; the quiz goes on
        assertEquals(List.of(new ArticleQuestions.Source.Text("Gravity pulls.\nNewton said so in 1687.")), articlesRead);
        assertTrue(reply.startsWith("Draft: Orbits (orbits)"), reply);
        assertTrue(text(TAN, "Paris").matches("(?s)(✅ Right!|❌ Not quite).*"), "the quiz's question is still open");
        assertEquals(ArticleCommand.USAGE, text(TAN, "/article"));
        say(TAN, "/article https://example.org/news/1");
        assertEquals(new ArticleQuestions.Source.Link("https://example.org/news/1"), articlesRead.get(1));
    }

    @Test
    void anArticleLongMessageDuringAQuizIsNoAnswer() {
        // given a teacher and a learner, each in a quiz
        tanIsATeacher();
        say(TAN, "/quiz capitals");
        say(ANNA, "/quiz capitals");
        String article = "The Moon orbits the Earth once every twenty-seven days, and it has done so for a very long time. ".repeat(4);

        // when each pastes an article
        List<Reply> toTeacher = say(TAN, article);
        String toLearner = text(ANNA, article);

        // then neither is taken as an answer: the teacher is offered a draft of it, the learner told what to do
        assertEquals("That looks like an article, not an answer, so I did not take it as one. Make a draft of it? Your quiz goes on"
                + " either way: answer the question above when you are ready.", text(toTeacher));
        assertEquals("That looks like an article. Only teachers can make quizzes from articles; answer the question above, or"
                + " /stop the quiz.", toLearner);
        assertTrue(articlesRead.isEmpty());
        assertTrue(text(ANNA, "Paris").matches("(?s)(✅ Right!|❌ Not quite).*"), "the question is still open");

        // and when the teacher presses the button, the article becomes her draft, once, and her quiz goes on
        String make = button(toTeacher, "Make a draft of it");
        assertTrue(text(press(TAN, make)).contains("Draft: Orbits (orbits)"));
        assertEquals(List.of(new ArticleQuestions.Source.Text(article.strip())), articlesRead);
        assertEquals("I no longer have that text; send it again as /article followed by the text.", text(press(TAN, make)));
        assertTrue(text(TAN, "Paris").matches("(?s)(✅ Right!|❌ Not quite).*"), "her question is still open");
    }

    @Test
    void quizDuringAQuizAsksWhetherToGoOnOrStartTheNewOne() {
        // given a learner in the middle of a quiz
        say(ANNA, "/quiz capitals 2");

        // when she asks for another quiz
        List<Reply> asked = say(ANNA, "/quiz CAPITALS 1");

        // then she is asked, with a button for each way; going on shows her question again, the new one starts afresh
        assertEquals("You are in the middle of a quiz (Capitals, question 1 of 2). Go on with it, or stop it and start the new one?",
                text(asked));
        List<Reply.Button> buttons = ((Reply.Buttons) asked.get(0)).buttons();
        assertEquals(List.of("Go on with Capitals", "Start the new one"), buttons.stream().map(Reply.Button::label).toList());
        assertTrue(text(press(ANNA, buttons.get(0).data())).startsWith("Question 1/2"));
        String started = text(press(ANNA, buttons.get(1).data()));
        assertTrue(started.startsWith("Quiz: Capitals, 1 question.\nQuestion 1/1"), started);
    }

    @Test
    void draft_showsEveryQuestionWithItsNumberKindTypeAndAnswer() {
        // given no draft, then a draft of four questions
        tanIsATeacher();
        assertEquals("You have no draft. Send me an article (a .txt or .html file, a long message or a link) first.", text(TAN, "/draft"));
        tanHasADraft();

        // when the teacher looks at it
        List<Reply> shown = say(TAN, "/draft");

        // then she sees all four on one page, with a drop button for each
        assertEquals("""
                Draft: Orbits (orbits), 4 questions.

                1. number · typed answer
                Days in Earth's year?
                ✓ 365
                ℹ It is 365.

                2. number · typed answer
                Moons of Mars?
                ✓ 2
                ℹ It is 2.

                3. number · typed answer
                Planets in the solar system?
                ✓ 8
                ℹ It is 8.

                4. date · typed answer
                Year of the first Moon landing?
                ✓ 1969
                ℹ It is 1969.

                ✕ n drops question n, ↺ n brings it back (or /drop 2 5, /restore 2); /edit n changes it.\s"""
                + "/title <text> renames the set, /publish [id] publishes it, /discard throws it away.", text(shown));
        assertEquals(List.of(List.of("✕ 1", "✕ 2", "✕ 3", "✕ 4")), labels(shown));
        assertEquals("Your draft has one page: /draft shows it.", text(TAN, "/draft 2"));
        assertEquals("Usage: /draft shows your draft's first page, /draft 2 its second.", text(TAN, "/draft last"));
    }

    @Test
    void draft_ofALongArticle_isPagedTenQuestionsAPage() {
        // given a draft of 23 questions
        tanIsATeacher();
        var questions = new ArrayList<Question>();
        for (int i = 1; i <= 23; i++) {
            questions.add(TestSets.choice("q" + i, Kind.NUMBER, "Question " + i + "?", "" + i, "" + (i + 100), "" + (i + 200)));
        }
        nextDraft = TestSets.set("long", "Long", questions.toArray(Question[]::new));
        List<Reply> first = say(TAN, "x ".repeat(TeacherChat.ARTICLE_WORDS));

        // when she turns to the next page, and then to the last
        List<Reply> second = press(TAN, button(first, "page 2 ▶"));
        List<Reply> third = press(TAN, button(second, "page 3 ▶"));

        // then each page holds ten questions under their numbers and takes the place of the page before
        assertTrue(text(first).contains("Draft: Long (long), 23 questions. Page 1 of 3.\n\n1. number · choice\nQuestion 1?\n✓ 1  · 101  · 201"),
                text(first));
        assertEquals(List.of("page 2 ▶"), lastRow(first));
        assertTrue(((Reply.Buttons) second.get(0)).replacesPressed());
        assertTrue(text(second).contains("Page 2 of 3.\n\n11. number · choice\nQuestion 11?"), text(second));
        assertEquals(List.of("◀ page 1", "page 3 ▶"), lastRow(second));
        assertEquals(List.of(List.of("✕ 21", "✕ 22", "✕ 23"), List.of("◀ page 2")), labels(third));
        assertTrue(text(say(TAN, "/draft 3")).contains("Page 3 of 3.\n\n21."));
        assertEquals("Your draft has pages 1 to 3.", text(TAN, "/draft 4"));
    }

    @Test
    void drop_andRestore_markQuestionsByTheirNumber_whichNeverShift() {
        // given a draft of four questions
        tanIsATeacher();
        assertEquals("You have no draft. Send me an article (a .txt or .html file, a long message or a link) first.", text(TAN, "/drop 1"));
        tanHasADraft();

        // when the teacher drops the first two, and brings the first back
        String dropped = text(TAN, "/drop 1, 2");
        String restored = text(TAN, "/restore 1");

        // then the numbers stay; a dropped question shows as one line, and only kept ones are published
        assertTrue(dropped.startsWith("Draft: Orbits (orbits), 2 of 4 questions kept (dropped: 1, 2).\n\n1. ✕ dropped: Days in Earth's year?\n\n"
                + "2. ✕ dropped: Moons of Mars?\n\n3. number · typed answer\nPlanets in the solar system?"), dropped);
        assertTrue(restored.startsWith("Draft: Orbits (orbits), 3 of 4 questions kept (dropped: 2).\n\n1. number · typed answer"), restored);
        assertEquals(List.of(List.of("✕ 1", "↺ 2", "✕ 3", "✕ 4")), labels(say(TAN, "/draft")));
        assertEquals("The draft has questions 1 to 4.", text(TAN, "/drop 5"));
        assertEquals("That would drop every question; use /discard to throw the draft away.", text(TAN, "/drop 1 3 4"));
        assertEquals("Usage: /drop <question numbers, as /draft shows them>, e.g. /drop 2 5 7", text(TAN, "/drop first"));
        assertEquals("Usage: /restore <question numbers, as /draft shows them>, e.g. /restore 2 5 7", text(TAN, "/restore"));
        assertTrue(text(TAN, "/publish").startsWith("Published orbits version 1 (3 questions)."));
        assertEquals(List.of("o1", "o3", "o4"), stores.latest("orbits").orElseThrow().content().questions().stream().map(Question::id).toList());
    }

    @Test
    void aQuestionsButton_dropsItOrBringsItBack_inPlace() {
        // given a draft on show
        tanHasADraft();
        List<Reply> shown = say(TAN, "/draft");

        // when the teacher presses ✕ 2, then ↺ 2
        List<Reply> dropped = press(TAN, button(shown, "✕ 2"));
        List<Reply> twice = press(TAN, button(shown, "✕ 2")); // a double tap, or the old page's button
        List<Reply> back = press(TAN, button(dropped, "↺ 2"));

        // then each press says what it did and shows the page again in place of the one pressed
        assertEquals("Question 2 dropped; 3 of 4 kept.", ((Reply.Notice) dropped.get(0)).text());
        assertTrue(((Reply.Buttons) dropped.get(1)).replacesPressed());
        assertEquals(List.of(List.of("✕ 1", "↺ 2", "✕ 3", "✕ 4")), labels(dropped));
        assertEquals(List.of(List.of("✕ 1", "↺ 2", "✕ 3", "✕ 4")), labels(twice), "pressed again, still dropped");
        assertEquals("Question 2 is back; 4 of 4 kept.", ((Reply.Notice) back.get(0)).text());
        assertEquals(List.of(List.of("✕ 1", "✕ 2", "✕ 3", "✕ 4")), labels(back));
    }

    @Test
    void theButtonsOfAnEarlierDraft_changeNothing() {
        // given the buttons of a draft the teacher has since replaced by another article's
        tanHasADraft();
        String dropTwo = button(say(TAN, "/draft"), "✕ 2");
        clock.advance(Duration.ofMinutes(5));
        say(TAN, "y ".repeat(TeacherChat.ARTICLE_WORDS));

        // when she presses one of them
        List<Reply> pressed = press(TAN, dropTwo);

        // then she is told, and the new draft is whole; forged data and other people's presses do nothing either
        assertEquals("These buttons belong to an earlier draft; /draft shows the one you have.", text(pressed));
        assertTrue(stores.draft(TAN.id()).orElseThrow().dropped().isEmpty());
        String current = button(say(TAN, "/draft"), "✕ 2");
        assertEquals("Only teachers can do that. Ask an admin to make you one.", text(press(ANNA, current)));
        assertEquals("The draft has questions 1 to 4.", text(press(TAN, current.replaceAll(":2$", ":9"))));
        assertTrue(stores.draft(TAN.id()).orElseThrow().dropped().isEmpty());
    }

    @Test
    void edit_changesAQuestionOfTheDraft_andShowsItAsLearnersWill() {
        // given a draft with a choice question whose distractor is poor
        tanIsATeacher();
        nextDraft = TestSets.set("capitals-quiz", "Capitals quiz",
                TestSets.choice("c1", Kind.PLACE, "What is the capital of France?", "Paris", "Lyon", "Paris, Texas"),
                TestSets.typed("c2", Kind.PLACE, "Which city is Italy's capital?", "Rome"));
        say(TAN, "x ".repeat(TeacherChat.ARTICLE_WORDS));

        // when the teacher rewords an option, makes the second question a choice, and the first one typed
        String option = text(TAN, "/edit 1 option 3 Nice");
        String options = text(TAN, "/edit 2 options Milan; *Rome; Turin");
        String byWords = text(TAN, "/edit 2 answer turin");
        String byNumber = text(TAN, "/edit 2 answer 2");
        String typed = text(TAN, "/edit 1 typed");

        // then each change is shown as learners will see it, and published as changed
        assertEquals("""
                Question 1 is changed; learners see it as:
                Question · places
                What is the capital of France?
                [ Paris ] [ Lyon ] [ Nice ] (in a new order each quiz)
                Right: Paris
                Then: Because Paris.

                /draft 1 shows its page.""", option);
        assertTrue(options.contains("[ Milan ] [ Rome ] [ Turin ] (in a new order each quiz)\nRight: Rome"), options);
        assertTrue(byWords.contains("Right: Turin") && byNumber.contains("Right: Rome"), byWords + byNumber);
        assertTrue(typed.contains("What is the capital of France?\n(Type your answer.) Accepted: Paris"), typed);
        assertTrue(text(TAN, "/publish").startsWith("Published capitals-quiz version 1 (2 questions)."));
        List<Question> published = stores.latest("capitals-quiz").orElseThrow().content().questions();
        assertEquals(List.of("Paris"), published.get(0).accepted());
        assertEquals(List.of("Milan", "Rome", "Turin"), published.get(1).options());
    }

    @Test
    void edit_refusesWhatASetFileWouldRefuse_andSaysHowToWriteIt() {
        // given a draft of typed questions
        tanHasADraft();

        // when the teacher asks how, then makes mistakes
        String how = text(TAN, "/edit 2");

        // then she reads the question and every way to change it; a wrong edit changes nothing and says why
        assertTrue(how.startsWith("Question 2, as learners see it:\nQuestion · figures\nMoons of Mars?\n(Type your answer.) Accepted: 2"), how);
        assertTrue(how.contains("\n/edit 2 answer K – the right option (true or false: answer true; typed: answer a; b)\n"), how);
        assertEquals("Question 2 is unchanged; its options: a typed question has no options; give it some with: options *right; other; other.",
                text(TAN, "/edit 2 option 1 Three"));
        assertEquals("Question 2 is unchanged; its options: option \"one\" appears twice.", text(TAN, "/edit 2 options *One; two; one"));
        assertEquals("Question 2 is unchanged; its prompt is 301 characters; at most 300 fit a Telegram poll.",
                text(TAN, "/edit 2 prompt " + "x".repeat(301)));
        assertEquals("The draft has questions 1 to 4.", text(TAN, "/edit 9 prompt Hello?"));
        assertTrue(text(TAN, "/edit 2 colour red").startsWith("I don't know how to change \"colour\" with \"red\". One of:\n/edit 2 prompt"));
        assertTrue(text(TAN, "/edit").startsWith("Usage, N being a question's number in /draft:\n/edit N prompt"));
        assertEquals("Moons of Mars?", stores.draft(TAN.id()).orElseThrow().question(2).prompt());
        assertTrue(text(TAN, "/edit 2 answer two; 2").contains("Accepted: two / 2"));
    }

    @Test
    void reopen_makesAPublishedSetADraftAgain_whosePublicationIsItsNextVersion() {
        // given a set the teacher published
        tanHasADraft();
        say(TAN, "/publish");

        // when she reopens it, edits a question and publishes it again
        String reopened = text(TAN, "/reopen orbits");
        say(TAN, "/edit 2 prompt How many moons has Mars?");
        String published = text(TAN, "/publish");

        // then it is the set's version 2; sets that are not hers, or none, are refused, and so is a second draft
        assertTrue(reopened.startsWith("Draft: Orbits (orbits), 4 questions.\n\n1. "), reopened);
        assertTrue(published.startsWith("Published orbits version 2 (4 questions)."), published);
        assertEquals("How many moons has Mars?", stores.latest("orbits").orElseThrow().content().questions().get(1).prompt());
        assertTrue(text(TAN, "/reopen capitals").startsWith("A set \"capitals\" exists and is not yours"));
        assertEquals("There is no set \"moon\". See /sets.", text(TAN, "/reopen moon"));
        say(TAN, "/reopen orbits");
        assertEquals("You have a draft already: /publish or /discard it first (/draft shows it).", text(TAN, "/reopen orbits"));
        assertEquals("Usage: /reopen <set id>, e.g. /reopen moon (/sets lists them)", text(TAN, "/reopen"));
    }

    @Test
    void more_addsTheArticlesNextBestQuestionsUnderTheNextNumbers() {
        // given a draft of four questions with three held back, of which the teacher dropped three
        tanIsATeacher();
        nextReserve = List.of(TestSets.typed("o5", Kind.NUMBER, "Moons of Jupiter known in 1610?", "4"),
                TestSets.typed("o6", Kind.NUMBER, "Rings of Saturn seen by Galileo?", "0"),
                TestSets.typed("o7", Kind.DATE, "Year Pluto was found?", "1930"));
        say(TAN, "x ".repeat(TeacherChat.ARTICLE_WORDS));
        say(TAN, "/drop 1 2 3");

        // when she asks for two more, then for the rest, then for more again
        List<Reply> two = say(TAN, "/more 2");
        String rest = text(TAN, "/more");
        String none = text(TAN, "/more");

        // then they come under the next numbers, the dropped ones keep theirs, and the end is said
        assertTrue(text(two).startsWith("Added questions 5 to 6 (1 more held back).\nDraft: Orbits (orbits), 3 of 6 questions kept (dropped: 1, 2, 3)."),
                text(two));
        assertTrue(text(two).contains("\n\n5. number · typed answer\nMoons of Jupiter known in 1610?"), text(two));
        assertTrue(rest.startsWith("Added question 7 (none left to add)."), rest);
        assertEquals("No more questions are held back for this draft (/more adds those the generator chose beside a new article's draft).",
                none);
        assertEquals("Usage: /more adds 5 questions, /more 10 adds ten.", text(TAN, "/more all"));
        assertTrue(text(TAN, "/publish").startsWith("Published orbits version 1 (4 questions)."));
    }

    private static String button(List<Reply> replies, String label) {
        return replies.stream().filter(reply -> reply instanceof Reply.Buttons).map(reply -> (Reply.Buttons) reply)
                .flatMap(buttons -> buttons.buttons().stream()).filter(button -> button.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + replies)).data();
    }

    private static List<List<String>> labels(List<Reply> replies) {
        Reply.Buttons buttons = (Reply.Buttons) replies.stream().filter(reply -> reply instanceof Reply.Buttons).reduce((a, b) -> b).orElseThrow();
        return buttons.rows().stream().map(row -> row.stream().map(Reply.Button::label).toList()).toList();
    }

    private static List<String> lastRow(List<Reply> replies) {
        List<List<String>> rows = labels(replies);
        return rows.get(rows.size() - 1);
    }

    @Test
    void title_namesTheDraft_andItsIdFollows() {
        // given a draft titled by its article's headline
        tanIsATeacher();
        assertEquals("You have no draft to give a title. Send me an article first.", text(TAN, "/title Planets"));
        tanHasADraft();

        // when the teacher retitles it
        String reply = text(TAN, "/title  Planets & moons:   Year 7 ");

        // then the title is hers, the id follows it, and the set is published under it
        assertEquals("The draft is now called \"Planets & moons: Year 7\"; /publish publishes it as planets-moons-year-7 (or /publish <id>"
                + " under another id).", reply);
        assertEquals("Usage: /title <the set's title>, e.g. /title The Treaty of Versailles", text(TAN, "/title"));
        assertEquals("A title is 1 to 150 characters on one line; this one has 151.", text(TAN, "/title " + "x".repeat(151)));
        assertTrue(text(TAN, "/publish").startsWith("Published planets-moons-year-7 version 1 (4 questions)."));
        assertTrue(text(ANNA, "/sets").contains("Planets & moons: Year 7"));
    }

    @Test
    void publish_makesTheDraftASetEveryoneCanPlay() {
        // given a draft
        tanIsATeacher();
        assertEquals("You have no draft to publish.", text(TAN, "/publish"));
        tanHasADraft();

        // when the teacher publishes it under another id
        String reply = text(TAN, "/publish planets-2");

        // then it is a set, playable by a learner, and the draft is gone
        assertEquals("Published planets-2 version 1 (4 questions). Play it with /quiz planets-2 or give it to a class with"
                + " /assign <class> planets-2.", reply);
        assertTrue(text(ANNA, "/quiz planets-2").contains("Quiz: Orbits, 4 questions."));
        assertEquals("You have no draft to publish.", text(TAN, "/publish"));
    }

    @Test
    void publish_refusesAnIdThatIsNoSetIdOrNotTheTeachers() {
        // given a draft
        tanHasADraft();

        // when the teacher publishes it under a bad id, then over the admins' set
        String badId = text(TAN, "/publish no/slashes");
        String notYours = text(TAN, "/publish capitals");

        // then both are refused and the draft is kept
        assertEquals("\"no/slashes\" cannot be a set id: 1 to 48 letters, digits, - or _.", badId);
        assertTrue(notYours.startsWith("A set \"capitals\" exists and is not yours"), notYours);
        assertTrue(stores.draft(TAN.id()).isPresent());
    }

    @Test
    void discard_throwsTheDraftAway() {
        // given a draft (a learner has none to throw away)
        assertEquals("Only teachers can do that. Ask an admin to make you one.", text(TAN, "/discard"));
        tanIsATeacher();
        assertEquals("You have no draft.", text(TAN, "/discard"));
        tanHasADraft();

        // when the teacher discards it
        String reply = text(TAN, "/discard");

        // then it is gone
        assertEquals("The draft is thrown away.", reply);
        assertTrue(stores.draft(TAN.id()).isEmpty());
    }
}
