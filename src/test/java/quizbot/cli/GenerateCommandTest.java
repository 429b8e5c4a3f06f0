package quizbot.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetJson;

/**
 * {@code quizbot generate}: article file in, question set out. Each run that reaches the generator
 * loads the language models, so the cases here are few.
 */
class GenerateCommandTest {

    private static final String HEADLINE = "Lakeside Robotics buys its German rival in a record deal";

    private static final String ARTICLE = String.join("\n",
            "Advertisement",
            HEADLINE,
            "",
            "Lakeside Robotics, the Danish maker of warehouse robots, agreed on 3 March 2025 to buy its German"
                    + " rival Feldmann Automation for € 400 million, the largest deal in its history.",
            "",
            "The company was founded in 2009 by the engineer Sofie Lund in a small workshop near Aarhus."
                    + " It now employs 2,300 people in eleven countries and sold 14,000 robots last year.",
            "",
            "Feldmann Automation, based in Stuttgart since 1987, makes the grippers and sensors that the Danish"
                    + " robots use. Its sales rose by 18 percent in 2024 to € 95 million.",
            "",
            "The deal still needs the approval of the European Commission, which is expected by the end of 2025."
                    + " Lund said the two companies would keep both headquarters and all their staff.",
            "",
            "Shares of Lakeside Robotics rose by 6 percent on the Copenhagen stock exchange on Tuesday.",
            "",
            "Share on Facebook",
            "View all comments");

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line as {@code main} would, with standard output and error captured. */
    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, UTF_8));
            System.setErr(new PrintStream(err, true, UTF_8));
            int exitCode = Main.commandLine().execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(exitCode, out.toString(UTF_8), err.toString(UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private Path article(String fileName, String text) throws IOException {
        return Files.writeString(folder.resolve(fileName), text, UTF_8);
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), () -> "stack trace on stderr:\n" + run.err());
    }

    @Test
    void writesSetFileWithIdTakenFromArticleFileName() throws IOException {
        Path article = article("Lakeside Robotics Deal.txt", ARTICLE);
        Path setFile = folder.resolve("set.json");

        Run run = run("generate", article.toString(), "--out", setFile.toString());

        assertEquals(0, run.exitCode(), run::err);
        QuestionSet set = QuestionSetJson.read(setFile);
        assertEquals("lakeside-robotics-deal", set.id());
        assertEquals(HEADLINE, set.title());
        assertTrue(set.questions().size() > 3, () -> "the article should give more than 3 questions, got " + set.questions().size());
        assertEquals("", run.out(), "with --out nothing goes to standard output");
        assertTrue(run.err().contains(setFile.toString()), run::err);
    }

    @Test
    void respectsIdTitleAndMax() throws IOException {
        Path article = article("lakeside.txt", ARTICLE);
        Path setFile = folder.resolve("robots.json");

        Run run = run("generate", article.toString(), "--out", setFile.toString(),
                "--id", "robots_2025", "--title", "Robots for sale", "--max", "3");

        assertEquals(0, run.exitCode(), run::err);
        QuestionSet set = QuestionSetJson.read(setFile);
        assertEquals("robots_2025", set.id());
        assertEquals("Robots for sale", set.title());
        assertEquals(3, set.questions().size());
    }

    @Test
    void printsSetAsJsonToStandardOutputWithoutOut() throws IOException {
        Path article = article("lakeside.txt", ARTICLE);

        Run run = run("generate", article.toString());

        assertEquals(0, run.exitCode(), run::err);
        QuestionSet set = QuestionSetJson.parse("standard output", run.out());
        assertEquals("lakeside", set.id());
        assertFalse(set.questions().isEmpty());
    }

    @Test
    void missingArticleExitsWithTwoAndNamesTheFile() {
        Path missing = folder.resolve("no-such-article.txt");

        Run run = run("generate", missing.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(missing.toString()), run::err);
        assertNoStackTrace(run);
        assertEquals("", run.out());
    }

    @Test
    void articleWithoutProseExitsNonZeroWithClearMessageAndWritesNothing() throws IOException {
        Path article = article("furniture.txt", String.join("\n",
                "Skip to content", "Advertisement", "Share on Facebook", "Subscribe to our newsletter",
                "You may also like", "Comments (12)", "View all comments", "Read more"));
        Path setFile = folder.resolve("furniture.json");

        Run run = run("generate", article.toString(), "--out", setFile.toString());

        assertTrue(run.exitCode() != 0, "exit code " + run.exitCode());
        assertTrue(run.err().contains(article.toString()), run::err);
        assertTrue(run.err().contains("no body text"), run::err);
        assertNoStackTrace(run);
        assertFalse(Files.exists(setFile), "no set file for an article without questions");
    }

    @Test
    void aSavedPageIsReadThroughItsMainTextUnderItsHeadline() throws Exception {
        Path page = folder.resolve("volcanoes.html");
        try (var in = GenerateCommandTest.class.getResourceAsStream("/web/volcano-article.html")) {
            Files.write(page, in.readAllBytes());
        }

        Run run = run("generate", page.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"title\": \"How Volcanoes Form\""), run.out());
        assertTrue(run.out().contains("\"id\": \"volcanoes\""), run.out());
    }

    @Test
    void aLinkToTheLocalNetworkIsRefusedWithItsReason() {
        Run run = run("generate", "http://127.0.0.1:9/article");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("loopback"), run.err());
    }
}
