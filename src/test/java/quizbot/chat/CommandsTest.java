package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.quiz.InMemoryStores;
import quizbot.quiz.MutableClock;
import quizbot.quiz.User;
import quizbot.quiz.TestCore;

/** The list of commands: /help for each kind of chat and role, and the Telegram menu, are derived from it. */
class CommandsTest {

    private static final User ADMIN = new User(1, "Ada", "ada");
    private static final User TEACHER = new User(2, "Ms Tan", "mstan");
    private static final User LEARNER = new User(3, "Lea", "lea");
    private static final List<String> LEARNER_COMMANDS = List.of("/sets", "/quiz", "/stop", "/score", "/top", "/stats", "/review",
            "/homework", "/help");
    private static final List<String> TEACHER_COMMANDS = List.of("/newclass", "/classes", "/assign", "/report", "/remove", "/drop",
            "/publish", "/discard");
    private static final List<String> ADMIN_COMMANDS = List.of("/teacher", "/retire");

    private Conversation conversation;

    @BeforeEach
    void setUp() {
        var stores = new InMemoryStores();
        var clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        var seeds = new AtomicLong(1);
        var core = TestCore.over(stores).clock(clock).seeds(seeds::getAndIncrement).admins(ADMIN.id());
        conversation = new Conversation(core.quizzes(), core.groupQuizzes(), core.teaching(), (source, id) -> {
            throw new IllegalArgumentException("no articles here");
        }, stores, new Conversation.Settings(5, null, Duration.ofSeconds(20), null));
        help(TEACHER);
        help(ADMIN, "/teacher add @mstan");
    }

    private String help(User user) {
        return help(user, "/help");
    }

    private String help(User user, String text) {
        return ((Reply.Text) conversation.handle(new Incoming.Text(user.id(), false, user, text)).get(0)).text();
    }

    private String groupHelp(User user) {
        return ((Reply.Text) conversation.handle(new Incoming.Text(-100, true, user, "/help")).get(0)).text();
    }

    private static void assertLists(String help, List<String> commands) {
        for (String command : commands) {
            assertTrue(help.contains("\n" + command + " "), "help lacks " + command + ":\n" + help);
        }
    }

    private static void assertLacks(String help, List<String> commands) {
        for (String command : commands) {
            assertFalse(help.contains("\n" + command + " "), "help has " + command + ":\n" + help);
        }
    }

    @Test
    void aLearnersHelpListsTheLearnersCommandsOnly() {
        String help = help(LEARNER);

        assertLists(help, LEARNER_COMMANDS);
        assertLacks(help, TEACHER_COMMANDS);
        assertLacks(help, ADMIN_COMMANDS);
        assertTrue(help.startsWith("Quizbot asks you questions about articles"), help);
        assertTrue(help.endsWith("Answer with the buttons, or type the answer when a question asks you to."), help);
    }

    @Test
    void aTeachersHelpAddsTheTeachersCommandsAndHowToSendAnArticle() {
        String help = help(TEACHER);

        assertLists(help, LEARNER_COMMANDS);
        assertLists(help, TEACHER_COMMANDS);
        assertLacks(help, ADMIN_COMMANDS);
        assertTrue(help.contains("\nTeachers:\n/newclass <name> – "), help);
        assertTrue(help.contains("Send me an article"), help);
    }

    @Test
    void anAdminsHelpListsEveryCommand() {
        String help = help(ADMIN);

        assertLists(help, LEARNER_COMMANDS);
        assertLists(help, TEACHER_COMMANDS);
        assertLists(help, ADMIN_COMMANDS);
        assertTrue(help.contains("\nAdmins:\n/teacher add|remove <user> – "), help);
        assertTrue(help.contains("Send me a question-set file (JSON, GIFT, Aiken, CSV) to load it."), help);
    }

    @Test
    void theQuizLineSaysHowManyQuestionsAQuizHas() {
        assertTrue(help(LEARNER).contains("\n/quiz [set] [count] – start a quiz (5 questions unless you say)\n"));
    }

    @Test
    void aGroupsHelpIsTheSameForEveryoneAndListsTheGroupCommands() {
        String help = groupHelp(LEARNER);

        assertEquals(help, groupHelp(ADMIN));
        assertEquals(String.join("\n",
                "Quizbot plays quizzes with the whole group: each question is a quiz poll, everyone answers.",
                "",
                "/sets – the question sets",
                "/quiz [set] [count] – start a group quiz",
                "/stop – stop the group quiz",
                "/top – this group's leaderboard",
                "/help – this list",
                "",
                "For quizzes of your own, your score and reviews, talk to me in a private chat."), help);
    }

    @Test
    void startInAGroupShowsTheGroupsHelp() {
        assertEquals(groupHelp(LEARNER),
                ((Reply.Text) conversation.handle(new Incoming.Text(-100, true, LEARNER, "/start")).get(0)).text());
    }

    @Test
    void thePrivateMenuHasTheLearnersEverydayCommands() {
        assertEquals(List.of(new Conversation.MenuEntry("sets", "question sets"), new Conversation.MenuEntry("quiz", "start a quiz"),
                new Conversation.MenuEntry("stop", "stop the quiz"), new Conversation.MenuEntry("score", "your score"),
                new Conversation.MenuEntry("top", "leaderboard"), new Conversation.MenuEntry("stats", "right answers by kind"),
                new Conversation.MenuEntry("review", "questions due for review"), new Conversation.MenuEntry("help", "what I can do")),
                conversation.menu(ChatType.PRIVATE));
    }

    @Test
    void theGroupMenuHasQuizTopAndHelp() {
        assertEquals(List.of(new Conversation.MenuEntry("quiz", "start a quiz"),
                new Conversation.MenuEntry("top", "this group's leaderboard"), new Conversation.MenuEntry("help", "what I can do")),
                conversation.menu(ChatType.GROUP));
    }

    @Test
    void aCommandOfAPrivateChatIsUnknownInAGroupAndGetsNoReplyThere() {
        for (String command : List.of("/review", "/score", "/homework", "/newclass 7B", "/teacher add @lea", "/nosuch")) {
            assertEquals(List.of(), conversation.handle(new Incoming.Text(-100, true, ADMIN, command)), command);
        }
    }

    @Test
    void anUnknownCommandInAPrivateChatPointsToHelp() {
        assertEquals("I don't know /nosuch. Type /help to see what I can do.", help(LEARNER, "/nosuch"));
    }
}
