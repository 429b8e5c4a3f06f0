package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.TestSets;

/** {@code load}: all files or none, with errors that name the file, and versions on change. */
class LoadCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Run load(String... files) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] args = new String[files.length + 3];
            args[0] = "load";
            args[1] = "--db";
            args[2] = folder.resolve("quizbot.db").toString();
            System.arraycopy(files, 0, args, 3, files.length);
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private int setsStored() {
        try (Wiring wiring = Wiring.open(new Config(null, null, folder.resolve("quizbot.db"), 1, folder, 10, null, java.time.Duration.ofSeconds(30), java.util.Set.of(), null, false), Clock.systemUTC())) {
            return wiring.quizzes.sets().size();
        }
    }

    @Test
    void loadsEveryFileAndReportsVersions() {
        Path planets = folder.resolve("planets.json");
        QuestionSetJson.write(TestSets.planets(), planets);
        Run first = load(planets.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("loaded planets version 1 (5 questions)"), first.out());
        assertTrue(load(planets.toString()).out().contains("unchanged planets version 1"));
    }

    @Test
    void oneBadFileLoadsNothingAndIsNamed() throws Exception {
        Path planets = folder.resolve("planets.json");
        QuestionSetJson.write(TestSets.planets(), planets);
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, QuestionSetJson.toJson(TestSets.planets()).replace("\"correct\": 0", "\"correct\": 9"));
        Run run = load(planets.toString(), broken.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("load: nothing was loaded; 1 problem in the 2 files given:\n  - " + broken), run.err());
        assertTrue(run.err().contains("\"correct\""), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(0, setsStored());
    }
}
