package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.chat.Incoming;
import quizbot.chat.Reply;
import quizbot.questions.Kind;
import quizbot.quiz.TestSets;
import quizbot.quiz.User;

/** {@code report}: a class's report from the command line, with its CSV and chart files. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private static final User ADMIN = new User(1, "Admin");
    private static final User TAN = new User(10, "Tan", "tan");

    private Config config() {
        return new Config(null, null, folder.resolve("quizbot.db"), 1, folder.resolve("none"), 10, null, Duration.ofSeconds(30),
                Set.of(ADMIN.id()), null, false);
    }

    /** A class 7B of Tan's with two learners, one right on both questions and one on neither. */
    private void playClass() {
        try (Wiring wiring = Wiring.open(config(), Clock.systemUTC())) {
            wiring.stores.sets().saveAll(List.of(TestSets.set("capitals", "Capitals",
                    TestSets.choice("c1", Kind.PLACE, "Capital of France?", "Paris", "Lyon", "Nice", "Lille"),
                    TestSets.choice("c2", Kind.PLACE, "Capital of Italy?", "Rome", "Milan", "Turin", "Naples"))));
            var chat = wiring.conversation;
            chat.handle(new Incoming.Text(TAN.id(), false, TAN, "/start"));
            chat.handle(new Incoming.Text(ADMIN.id(), false, ADMIN, "/teacher add @tan"));
            String created = ((Reply.Text) chat.handle(new Incoming.Text(TAN.id(), false, TAN, "/newclass 7B")).get(0)).text();
            String code = created.replaceAll("(?s).*join_([A-Za-z0-9]+).*", "$1");
            for (User learner : List.of(new User(20, "Ada"), new User(21, "Bo"))) {
                chat.handle(new Incoming.Text(learner.id(), false, learner, "/start join_" + code));
            }
            chat.handle(new Incoming.Text(TAN.id(), false, TAN, "/assign 7B capitals"));
            for (User learner : List.of(new User(20, "Ada"), new User(21, "Bo"))) {
                var homework = (Reply.Buttons) chat.handle(new Incoming.Text(learner.id(), false, learner, "/homework")).get(0);
                List<Reply> replies = chat.handle(new Incoming.Press(learner.id(), false, learner, homework.buttons().get(0).data()));
                for (int i = 0; i < 2; i++) {
                    var question = (Reply.Buttons) replies.get(replies.size() - 1);
                    String right = question.text().contains("France") ? "Paris" : "Rome";
                    boolean answerRight = learner.id() == 20;
                    replies = chat.handle(new Incoming.Press(learner.id(), false, learner, question.buttons().stream()
                            .filter(button -> button.label().equals(right) == answerRight).findFirst().orElseThrow().data()));
                }
            }
        }
    }

    @Test
    void printsTheTableAndWritesTheCsvAndTheChart() throws Exception {
        playClass();
        Path csv = folder.resolve("7B.csv");
        Path png = folder.resolve("7B.png");
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("report", "7B", "--db", folder.resolve("quizbot.db").toString(),
                    "--csv", csv.toString(), "--png", png.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("Ada") && table.contains("Bo"), table);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.contains("Ada,20,true,2,2"), written);
        assertTrue(written.contains("Bo,21,true,0,2"), written);
        assertNotNull(ImageIO.read(png.toFile()));
    }

    @Test
    void anUnknownClassIsAClearError() {
        playClass();
        var err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("report", "9Z", "--db", folder.resolve("quizbot.db").toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("There is no class called \"9Z\""));
    }
}
