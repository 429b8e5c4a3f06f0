package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.console.ConsoleChat;
import java.nio.file.Files;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.TestSets;
import quizbot.quiz.User;

/** Scripted console sessions (piped input) on a real SQLite file, as a newcomer would play them. */
class ConsoleSessionTest {

    @TempDir
    Path folder;

    /** The console user's roles: none (a learner), unless a test makes them an admin. */
    private java.util.Set<Long> admins = java.util.Set.of();

    private Config config() {
        return new Config(null, null, folder.resolve("data/quizbot.db"), 1, folder.resolve("questions"), 3, null, java.time.Duration.ofSeconds(30), admins, null, false);
    }

    private long setsLoadedAtLastStart;

    /** Runs one console session over the script and returns what it printed. */
    private String play(String script) {
        Config config = config();
        var printed = new ByteArrayOutputStream();
        try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            setsLoadedAtLastStart = wiring.loadBundledSets();
            new ConsoleChat(wiring.conversation, new User(1, "Anna"), new BufferedReader(new StringReader(script)),
                    new PrintStream(printed, true, StandardCharsets.UTF_8), true, folder.resolve("reports")).run();
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whenTheDiskFillsUpMidQuizTheAnswerIsNotAcknowledgedAndTheQuestionStaysOpen() throws Exception {
        Files.createDirectories(folder.resolve("questions"));
        QuestionSetJson.write(TestSets.set("capitals", "Capitals",
                TestSets.typed("c1", Kind.PLACE, "What is the capital of France?", "Paris")), folder.resolve("questions/capitals.json"));
        Config config = config();
        var printed = new ByteArrayOutputStream();
        try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            wiring.loadBundledSets();
            // A long typed answer needs new pages; the disk fills up just before it is read.
            var script = new BufferedReader(new StringReader("/quiz\n" + "Paris,-I-think-".repeat(300) + "\n")) {
                private int lines;

                @Override
                public String readLine() throws java.io.IOException {
                    if (++lines == 2) {
                        quizbot.storage.DatabaseFaults.fillUp(wiring.database);
                    }
                    return super.readLine();
                }
            };
            new ConsoleChat(wiring.conversation, new User(1, "Anna"), script, new PrintStream(printed, true, StandardCharsets.UTF_8),
                    true, folder.resolve("reports")).run();
            String transcript = printed.toString(StandardCharsets.UTF_8);

            assertTrue(transcript.contains(quizbot.chat.Conversation.CANNOT_RECORD + "\n(" + "[SQLITE_FULL]"), transcript);
            assertTrue(!transcript.contains("Not quite") && !transcript.contains("Right!"), "no verdict: " + transcript);
            assertEquals(0, wiring.stores.stats().totals(1).answered(), "nothing recorded");
            assertTrue(wiring.quizzes.current(1, 1).isPresent(), "the question is still open");
        }
    }

    /** Bundles one set of three multiple-choice questions, so pressing 1 always answers, rightly or not. */
    private void bundle() throws Exception {
        Files.createDirectories(folder.resolve("questions"));
        QuestionSetJson.write(TestSets.set("capitals", "Capitals",
                TestSets.choice("c1", Kind.PLACE, "What is the capital of France?", "Paris", "Lyon", "Nice", "Lille"),
                TestSets.choice("c2", Kind.PLACE, "What is the capital of Italy?", "Rome", "Milan", "Turin", "Naples"),
                TestSets.choice("c3", Kind.PLACE, "What is the capital of Spain?", "Madrid", "Seville", "Bilbao", "Valencia")),
                folder.resolve("questions").resolve("capitals.json"));
    }

    @Test
    void aNewcomerPlaysFromStartToTheSummaryAndSeesTheScore() throws Exception {
        bundle();
        String transcript = play("/start\n/quiz\n1\n1\n1\n/score\n/top\n");
        assertTrue(transcript.contains("Hello, Anna!"), transcript);
        assertTrue(transcript.contains("Quiz: Capitals, 3 questions."), transcript);
        assertTrue(transcript.contains("Question 3/3"), transcript);
        assertTrue(transcript.contains("Quiz finished!"), transcript);
        assertTrue(transcript.contains("Your score:") && transcript.contains("of 3 answered"), transcript);
        assertTrue(transcript.contains("• Capitals: "), transcript);
        assertTrue(transcript.contains("1. Anna"), transcript);
        assertTrue(folder.resolve("data/quizbot.db").toFile().isFile(), "the database and its folder are created");
    }

    @Test
    void aQuizStoppedMidwayResumesAfterARestart() throws Exception {
        bundle();
        String before = play("/quiz capitals 3\n1\n");
        assertEquals(1, setsLoadedAtLastStart);
        assertTrue(before.contains("Question 2/3"), before);
        String after = play("/start\n");
        assertEquals(0, setsLoadedAtLastStart, "an unchanged bundled set is not loaded again");
        assertTrue(after.contains("You have a quiz in progress"), after);
        assertTrue(after.contains("Question 2/3"), after);
    }

    @Test
    void aTeacherPastesAMultiLineArticleAsOneMessage_orSendsItsFile_andPublishesTheDraft() throws Exception {
        bundle();
        admins = java.util.Set.of(1L);
        Path article = Path.of("src/test/resources/articles/moscow-havana.txt");
        String pasted = Files.readString(article);

        String transcript = play("/article\n" + pasted + "\n.\n/publish havana\n/article " + article + "\n/discard\n/quiz havana 2\n");

        long lines = pasted.strip().lines().count();
        assertTrue(transcript.contains("(" + lines + " lines read as one article)\nReading your article; the draft follows in a moment.\n\nDraft: "),
                transcript);
        assertTrue(!transcript.contains("No quiz is running") && !transcript.contains("I don't know"), transcript);
        assertTrue(transcript.contains("Published havana version 1"), transcript);
        assertEquals(2, transcript.split("Reading your article").length - 1, "the file was read too: " + transcript);
        assertTrue(transcript.contains("The draft is thrown away."), transcript);
        assertTrue(transcript.contains("Question 1/2"), transcript);
    }

    @Test
    void aTeacherReadsTheWholeDraftPageByPage_andDropsByButtonOrByNumber() throws Exception {
        bundle();
        admins = java.util.Set.of(1L);
        Path article = Path.of("src/test/resources/articles/moscow-havana.txt");

        // the article's draft, its second page, question 12 dropped by number, then question 1 by its button (the first one)
        String transcript = play("/article " + article + "\n/draft 2\n/drop 12\n/draft\n1\n/publish havana\n");

        assertTrue(transcript.contains("Page 1 of 2.\n\n1. "), transcript);
        assertTrue(transcript.contains("  1) ✕ 1  2) ✕ 2  3) ✕ 3  4) ✕ 4  5) ✕ 5\n"), transcript);
        assertTrue(transcript.contains("Page 2 of 2.\n\n"), transcript);
        assertTrue(transcript.contains("kept (dropped: 12). Page 2 of 2.") && transcript.contains("\n\n12. ✕ dropped: "), transcript);
        assertTrue(transcript.contains("(Question 1 dropped; "), transcript);
        assertTrue(transcript.contains("kept (dropped: 1, 12). Page 1 of 2."), transcript);
        assertTrue(transcript.contains("Published havana version 1"), transcript);
    }

    @Test
    void aTeacherGoesFromAnArticleToAnEditedAssignedQuiz_withoutLeavingTheChat() throws Exception {
        bundle();
        admins = java.util.Set.of(1L);
        Path article = Path.of("src/test/resources/articles/moscow-havana.txt");

        // article → draft → review and edit → publish → a class → assign by buttons → report
        String transcript = play("/article " + article + "\n/drop 1\n/edit 2\n/edit 2 option 1 Minsk\n/title Russia and Cuba\n/publish\n"
                + "/newclass Year 9 History\n/assign\n1\n1\n1\n2\n/report Year 9 History\n");

        assertTrue(transcript.contains("Question 2 is changed; learners see it as:\nQuestion · places\n"), transcript);
        assertTrue(transcript.contains("[ Minsk ]"), transcript);
        assertTrue(transcript.contains("Published russia-and-cuba version 1 (15 questions)."), transcript);
        assertTrue(transcript.contains("Homework for Year 9 History: which set?"), transcript);
        assertTrue(transcript.contains("Assigned russia-and-cuba to Year 9 History, due "), transcript);
        assertTrue(transcript.contains("0 members told."), transcript);
        assertTrue(transcript.contains("Year 9 History · Russia and Cuba"), transcript);
    }

    @Test
    void aMissingQuestionsFolderIsAWarningAtStartUp() {
        var err = new ByteArrayOutputStream();
        try (Wiring wiring = Wiring.open(config(), Clock.systemUTC())) {
            assertEquals(0, wiring.loadBundledSetsAndSay(new PrintStream(err, true, StandardCharsets.UTF_8)));
        }
        assertEquals("quizbot: warning: the questions folder " + folder.resolve("questions").toAbsolutePath() + " does not exist, so no"
                + " bundled sets were loaded (set QUIZBOT_QUESTIONS, or run from the repository's root)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void endOfInputEndsTheConsoleCleanly() throws Exception {
        bundle();
        assertTrue(play("").contains("Type /help"));
    }
}
