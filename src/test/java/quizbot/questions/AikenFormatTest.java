package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AikenFormatTest {

    private static final String FILE = "Planets.aiken";

    private static final String BANK = """
            Which planet is the largest?
            A. Mars
            B. Jupiter
            C. Venus
            ANSWER: B

            Which planet is closest to the Sun?
            A) Mercury
            B) Earth
            ANSWER: A
            How many moons
            does Mars have?
            A. One
            B. Two
            answer: b

            Pluto is a planet.
            A. True
            B. False
            ANSWER: B
            """;

    @Test
    void readsQuestionsWithDotAndParenthesisOptions() {
        QuestionSet set = parse(BANK);

        assertEquals("planets", set.id());
        assertEquals("Planets", set.title());
        assertEquals("en", set.language());
        assertEquals(4, set.questions().size());
        Question first = set.questions().get(0);
        assertEquals("q1", first.id());
        assertEquals(QuestionType.CHOICE, first.type());
        assertEquals(Kind.OTHER, first.kind());
        assertEquals("Which planet is the largest?", first.prompt());
        assertEquals(List.of("Mars", "Jupiter", "Venus"), first.options());
        assertEquals(1, first.correct());
        assertNull(first.explanation());
        assertEquals(List.of("Mercury", "Earth"), set.questions().get(1).options());
        assertEquals(0, set.questions().get(1).correct());
    }

    @Test
    void questionOverSeveralLinesIsJoinedAndBlankLineBetweenQuestionsIsOptional() {
        Question question = parse(BANK).questions().get(2);

        assertEquals("How many moons does Mars have?", question.prompt());
        assertEquals(1, question.correct());
    }

    @Test
    void trueAndFalseOptionsMakeATrueFalseQuestion() {
        Question question = parse(BANK).questions().get(3);

        assertEquals(QuestionType.TRUE_FALSE, question.type());
        assertEquals(Question.TRUE_FALSE_OPTIONS, question.options());
        assertEquals(1, question.correct());
    }

    @Test
    void answerLineAfterTheOptionsIsReadInAnyCase() {
        for (String answer : List.of("ANSWER: B", "Answer: B", "answer: b", "Answer : b", "ANSWER:B")) {
            assertEquals(1, parse("Q?\nA. a\nB. b\n" + answer + "\n").questions().get(0).correct(), answer);
        }
    }

    @Test
    void answerLetterBeyondTheOptionsNamesItsLine() {
        var e = rejected("Q1?\nA. a\nB. b\nANSWER: A\n\nQ2?\nA. a\nB. b\nANSWER: D\n");

        assertEquals(FILE + ": line 9: field \"correct\": ANSWER is D; the question has options A to B", e.getMessage());
        assertEquals(9, e.line());
    }

    @Test
    void severalAnswerLettersAreRefused() {
        var e = rejected("Q?\nA. a\nB. b\nC. c\nANSWER: A, C\n");

        assertEquals(FILE + ": line 5: field \"correct\": ANSWER is \"A, C\"; a question has exactly one right option",
                e.getMessage());
    }

    @Test
    void missingAnswerLineNamesTheQuestionsFirstLine() {
        var e = rejected("Q1?\nA. a\nB. b\nANSWER: A\n\nQ2?\nA. a\nB. b\n");

        assertEquals(FILE + ": line 6: the question has no ANSWER line (\"ANSWER: A\")", e.getMessage());
    }

    @Test
    void optionLettersOutOfOrderAreRefused() {
        var e = rejected("Q?\nA. a\nC. c\nANSWER: A\n");

        assertEquals(FILE + ": line 3: option C where option B was expected; options are lettered A, B, C, … in order",
                e.getMessage());
    }

    @Test
    void strayLineAmongTheOptionsIsRefused() {
        var e = rejected("Q?\nA. a\nsomething else\nANSWER: A\n");

        assertEquals(FILE + ": line 3: expected option B (\"B. text\") or the ANSWER line of the question that starts"
                + " on line 1, found \"something else\"", e.getMessage());
    }

    @Test
    void duplicateOptionNamesTheQuestionsLineAndField() {
        var e = rejected("Q1?\nA. a\nB. b\nANSWER: A\n\nQ2?\nA. Paris\nB. paris \nANSWER: A\n");

        assertEquals(FILE + ": line 6: field \"options\": option \"paris\" appears twice", e.getMessage());
        assertEquals("q2", e.questionId());
    }

    @Test
    void promptTooLongForTelegramNamesTheField() {
        var e = rejected("z".repeat(301) + "\nA. a\nB. b\nANSWER: A\n");

        assertEquals(FILE + ": line 1: field \"prompt\": is 301 characters; at most 300 fit a Telegram poll", e.getMessage());
    }

    private static QuestionSet parse(String aiken) {
        return QuestionSetFiles.parse(FILE, aiken.getBytes(UTF_8));
    }

    private static QuestionSetFileException rejected(String aiken) {
        return assertThrows(QuestionSetFileException.class, () -> parse(aiken));
    }
}
