package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** No set has more than {@link Limits#MAX_QUESTIONS_PER_SET} questions, whichever way it arrives. */
class QuestionSetCapTest {

    private static final int CAP = Limits.MAX_QUESTIONS_PER_SET;

    private static List<Question> questions(int count) {
        var questions = new ArrayList<Question>();
        for (int i = 1; i <= count; i++) {
            questions.add(Questions.choice("q" + i).build());
        }
        return questions;
    }

    private static String lines(int count, IntFunction<String> question) {
        var text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(question.apply(i));
        }
        return text.toString();
    }

    private static String gift(int count) {
        return lines(count, i -> "::q" + i + ":: Question " + i + "? {=right ~wrong}\n\n");
    }

    private static String aiken(int count) {
        return lines(count, i -> "Question " + i + "?\nA. right\nB. wrong\nANSWER: A\n\n");
    }

    private static String csv(int count) {
        return "prompt,correct,wrong1,wrong2,wrong3,explanation\n" + lines(count, i -> "Question " + i + "?,right,wrong,,,\n");
    }

    private static String json(int count) {
        ObjectNode set = Questions.sampleJson();
        ObjectNode template = Questions.question(set, "q3");
        ArrayNode array = set.putArray("questions");
        for (int i = 1; i <= count; i++) {
            array.add(template.deepCopy().put("id", "q" + i));
        }
        return set.toString();
    }

    private static void assertNamesTheCap(String message, int count) {
        assertTrue(message.contains("has " + count + " questions") && message.contains("at most " + CAP), message);
    }

    @Test
    void aSetAtTheCapIsFine() {
        assertEquals(CAP, new QuestionSet("big", "Big", "en", null, questions(CAP)).questions().size());
    }

    @Test
    void aSetOverTheCapIsRefusedNamingTheLimit() {
        var failure = assertThrows(InvalidQuestionException.class, () -> new QuestionSet("big", "Big", "en", null, questions(CAP + 1)));
        assertEquals("questions", failure.field());
        assertNamesTheCap(failure.getMessage(), CAP + 1);
    }

    @Test
    void everyFileFormatRefusesASetOverTheCapAndAcceptsOneAtIt() {
        record Format(String file, IntFunction<String> text) {
        }
        for (Format format : List.of(new Format("big.gift", QuestionSetCapTest::gift), new Format("big.aiken", QuestionSetCapTest::aiken),
                new Format("big.csv", QuestionSetCapTest::csv), new Format("big.json", QuestionSetCapTest::json))) {
            assertEquals(CAP, QuestionSetFiles.parse(format.file(), format.text().apply(CAP).getBytes(UTF_8)).questions().size(),
                    format.file());
            var failure = assertThrows(QuestionSetFileException.class,
                    () -> QuestionSetFiles.parse(format.file(), format.text().apply(CAP + 1).getBytes(UTF_8)), format.file());
            assertTrue(failure.getMessage().startsWith(format.file()), failure.getMessage());
            assertNamesTheCap(failure.getMessage(), CAP + 1);
        }
    }

    @Test
    void aFileUnderTheSizeLimitWithTensOfThousandsOfTinyQuestionsIsRefused() {
        byte[] tiny = lines(80_000, i -> "Q" + i + " {T}\n\n").getBytes(UTF_8);
        assertTrue(tiny.length < QuestionSetFiles.MAX_BYTES, "the kind of file that made one report take minutes: " + tiny.length);
        var failure = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.parse("huge.gift", tiny));
        assertNamesTheCap(failure.getMessage(), 80_000);
    }
}
