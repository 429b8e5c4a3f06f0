package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.questions.Kind;
import quizbot.questions.Limits;
import quizbot.questions.Question;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.TestSets;
import quizbot.storage.Database;

/**
 * The bot killed with SIGKILL ({@code kill -9}) in the middle of a quiz loses no answer it acknowledged,
 * leaves a sound database and resumes the quiz where the learner was. A real child JVM runs the console on
 * a real SQLite file and the bundled question sets; the learner's answers are acknowledged by the verdict
 * line ("✅ Right!" or "❌ Not quite."), which the conversation prints only after the answer is committed. Killed
 * while loading question sets, it leaves none of them: the load is one transaction.
 */
class KillNineTest {

    /** Sets loaded in one transaction: together 20,000 questions, far more than SQLite's page cache holds. */
    private static final int SETS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedAnswerSurvivesAKillMidQuizAndTheQuizResumes() throws Exception {
        Console bot = Console.start(folder);
        bot.send("/start", "1");
        for (int i = 1; i <= 4; i++) {
            bot.send("1");
            bot.awaitVerdicts(i);
        }
        bot.kill();

        assertEquals(4, count("SELECT COUNT(*) FROM answers"), "the four acknowledged answers are on disk");
        assertEquals("ok", integrityCheck());

        Console restarted = Console.start(folder);
        restarted.send("/start");
        restarted.closeInput();
        String screen = restarted.awaitExit();
        assertTrue(screen.contains("here is where you left off"), screen);
        assertTrue(screen.contains("Question 5/10"), "the quiz goes on at the fifth question: " + screen);
    }

    @Test
    void aKillWhileAnswersArriveFasterThanTheyAreRecordedLosesNoAcknowledgedAnswerAndLeavesNoHalfWrittenOne()
            throws Exception {
        Console bot = Console.start(folder);
        List<String> lines = new ArrayList<>(List.of("/start", "1"));
        for (int i = 0; i < 10; i++) {
            lines.add("2");
        }
        bot.send(lines.toArray(String[]::new));
        int acknowledged = bot.awaitVerdicts(3);
        bot.kill();

        long recorded = count("SELECT COUNT(*) FROM answers");
        assertTrue(recorded >= acknowledged, recorded + " recorded, " + acknowledged + " acknowledged");
        assertEquals("ok", integrityCheck());
        assertEquals(recorded, count("SELECT COUNT(DISTINCT position) FROM answers"), "no answer recorded twice");
        assertEquals(recorded, count("SELECT MAX(position) + 1 FROM answers"), "answers are positions 0.. with no gap");
        assertEquals(recorded, count("SELECT COUNT(*) FROM review_cards"), "every recorded answer moved its review card");

        Console restarted = Console.start(folder);
        restarted.send("/start");
        restarted.closeInput();
        String screen = restarted.awaitExit();
        if (recorded < 10) {
            assertTrue(screen.contains("Question " + (recorded + 1) + "/10"), "resumes after the last recorded answer: " + screen);
        }
    }

    @Test
    void aKillWhileQuestionSetsAreLoadingLeavesNoneOfThemAndTheLoadSucceedsWhenRunAgain() throws Exception {
        Path database = folder.resolve("quizbot.db");
        Database.open(database).close(); // the schema is in place: the kill lands in the load, not in a migration
        List<String> command = new ArrayList<>(List.of("load", "--db", database.toString()));
        for (int file = 1; file <= SETS; file++) {
            command.add(bigSet(file).toString());
        }
        Path wal = Path.of(database + "-wal");

        Path errors = folder.resolve("load.err");
        Process load = quizbot(command.toArray(String[]::new)).redirectError(errors.toFile()).start();
        // The load writes all the sets in one transaction, larger than SQLite's page cache, so pages spill into the
        // WAL before the commit: a WAL past 1 MB means the transaction is under way.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(wal) || Files.size(wal) < 1024 * 1024) {
            assertTrue(load.isAlive(), "the load finished before it could be killed: " + Files.readString(errors));
            assertTrue(System.nanoTime() < deadline, "the load wrote no WAL within a minute");
            Thread.sleep(2);
        }
        load.destroyForcibly();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS), "the process died");
        long walAtKill = Files.size(wal);

        assertEquals("ok", integrityCheck());
        long sets = count("SELECT COUNT(*) FROM question_sets");
        System.out.printf("kill -9 mid-load: WAL %d KB at the kill; %d of %d sets on disk after it%n", walAtKill / 1024, sets, SETS);
        assertEquals(0, sets, "the kill came before the commit: nothing of the load is on disk");
        assertEquals(0, count("SELECT COUNT(*) FROM questions"), "no question of a half-loaded set either");

        Process again = quizbot(command.toArray(String[]::new)).start();
        assertTrue(again.waitFor(120, TimeUnit.SECONDS), "the second load ends");
        assertEquals(0, again.exitValue(), "the second load succeeds");
        assertEquals(SETS, count("SELECT COUNT(*) FROM question_sets"));
        assertEquals(SETS * Limits.MAX_QUESTIONS_PER_SET, count("SELECT COUNT(*) FROM questions"));
    }

    /** A question set file as large as the caps allow: the most questions a set may have, with long prompts and options (about 850 KB). */
    private Path bigSet(int number) {
        String filler = "x".repeat(60);
        Question[] questions = IntStream.range(0, Limits.MAX_QUESTIONS_PER_SET).mapToObj(i -> TestSets.choice("q" + i, Kind.NUMBER,
                "Question " + i + " of set " + number + ": which option is right? " + filler + filler + filler,
                "right " + filler, "wrong " + filler, "worse " + filler, "worst " + filler)).toArray(Question[]::new);
        Path file = folder.resolve("big-" + number + ".json");
        QuestionSetJson.write(TestSets.set("big-" + number, "Big set " + number, questions), file);
        return file;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("quizbot.db"));
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getLong(1);
        }
    }

    private String integrityCheck() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("quizbot.db"));
             ResultSet rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            return rows.getString(1);
        }
    }

    /** A quizbot command in a child JVM on the test class path, its errors discarded, no QUIZBOT_ setting or token inherited. */
    private static ProcessBuilder quizbot(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUIZBOT_") || name.equals("TELEGRAM_BOT_TOKEN"));
        return builder;
    }

    /** {@code quizbot console} in a child JVM, its output read line by line as it comes. */
    private static final class Console {
        private final Process process;
        private final Writer input;
        private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
        private final StringBuilder screen = new StringBuilder();
        private final Thread reader;
        private int verdicts;

        private Console(Process process) {
            this.process = process;
            this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    lines.lines().forEach(output::add);
                } catch (IOException | UncheckedIOException closed) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Console start(Path folder) throws IOException {
            ProcessBuilder builder = quizbot("console").directory(folder.toFile());
            builder.environment().put("QUIZBOT_DB", folder.resolve("quizbot.db").toString());
            builder.environment().put("QUIZBOT_QUESTIONS", Path.of("questions").toAbsolutePath().toString());
            return new Console(builder.start());
        }

        void send(String... lines) throws IOException {
            for (String line : lines) {
                input.write(line + "\n");
            }
            input.flush();
        }

        void closeInput() throws IOException {
            input.close();
        }

        /** Waits until at least {@code wanted} verdicts have been printed; returns how many were. */
        int awaitVerdicts(int wanted) throws InterruptedException {
            while (verdicts < wanted) {
                String line = output.poll(60, TimeUnit.SECONDS);
                assertNotNull(line, "no verdict within a minute; the screen so far:\n" + screen);
                take(line);
            }
            String line;
            while ((line = output.poll()) != null) {
                take(line);
            }
            return verdicts;
        }

        private void take(String line) {
            screen.append(line).append('\n');
            if (line.startsWith("✅ Right!") || line.startsWith("❌ Not quite.")) {
                verdicts++;
            }
        }

        /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process died");
        }

        String awaitExit() throws InterruptedException {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the console ends at the end of its input");
            reader.join(10_000);
            output.forEach(this::take);
            return screen.toString();
        }
    }
}
