package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftFormatTest {

    private static final String FILE = "capitals.gift";

    private static final String BANK = """
            // World capitals, term 1
            $CATEGORY: $course$/top/World capitals

            ::France:: What is the capital of France? {=Paris#Since 508. ~Lyon ~Marseille#No, the port. ~Nice}

            // a comment between questions
            ::Sun::The Sun rises in the west.{F#It rises in the east.#Right: it rises in the east.}

            Water boils at 100 °C at sea level. {TRUE}

            Who wrote "Hamlet"? {
              =Shakespeare
              =William Shakespeare#Born in Stratford.
            }

            ::Escapes\\: all of them:: Which one is 2 \\= 1 \\+ 1 \\{sic\\}? {
            // a comment inside a question
              ~a \\~ b
              =c \\# d
              ~e \\\\ f
            }

            The Treaty of Versailles was signed in {~1918 =1919 ~1920} in the Hall of Mirrors.
            """;

    @Test
    void readsEveryQuestionTypeInOrder() {
        QuestionSet set = parse(BANK);

        assertEquals("capitals", set.id());
        assertEquals("World capitals", set.title());
        assertEquals("en", set.language());
        assertNull(set.source());
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6"), set.questions().stream().map(Question::id).toList());
        assertTrue(set.questions().stream().allMatch(question -> question.kind() == Kind.OTHER));
    }

    @Test
    void multipleChoiceKeepsOptionOrderAndTakesTheRightAnswersFeedback() {
        Question question = parse(BANK).questions().get(0);

        assertEquals(QuestionType.CHOICE, question.type());
        assertEquals("What is the capital of France?", question.prompt());
        assertEquals(List.of("Paris", "Lyon", "Marseille", "Nice"), question.options());
        assertEquals(0, question.correct());
        assertEquals("Since 508.", question.explanation());
    }

    @Test
    void trueFalseTakesTheRightAnswersFeedbackWhichComesSecond() {
        Question question = parse(BANK).questions().get(1);

        assertEquals(QuestionType.TRUE_FALSE, question.type());
        assertEquals("The Sun rises in the west.", question.prompt());
        assertEquals(Question.TRUE_FALSE_OPTIONS, question.options());
        assertEquals(1, question.correct());
        assertEquals("Right: it rises in the east.", question.explanation());
    }

    @Test
    void trueFalseWithOnlyTheWrongAnswersFeedbackStillExplains() {
        Question question = parse("Paris is in France.{T#It is.}").questions().get(0);

        assertEquals(0, question.correct());
        assertEquals("It is.", question.explanation());
    }

    @Test
    void longTrueFalseSpellingWithoutFeedback() {
        Question question = parse(BANK).questions().get(2);

        assertEquals(QuestionType.TRUE_FALSE, question.type());
        assertEquals(0, question.correct());
        assertNull(question.explanation());
    }

    @Test
    void shortAnswerOverSeveralLinesBecomesTypedWithEveryAcceptedAnswer() {
        Question question = parse(BANK).questions().get(3);

        assertEquals(QuestionType.TYPED, question.type());
        assertEquals("Who wrote \"Hamlet\"?", question.prompt());
        assertEquals(List.of("Shakespeare", "William Shakespeare"), question.accepted());
        assertEquals("Born in Stratford.", question.explanation());
    }

    @Test
    void escapesAreResolvedAndCommentLinesInsideAQuestionSkipped() {
        Question question = parse(BANK).questions().get(4);

        assertEquals("Which one is 2 = 1 \\+ 1 {sic}?", question.prompt());
        assertEquals(List.of("a ~ b", "c # d", "e \\ f"), question.options());
        assertEquals(1, question.correct());
    }

    @Test
    void textAfterTheAnswersMakesAMissingWordQuestion() {
        Question question = parse(BANK).questions().get(5);

        assertEquals("The Treaty of Versailles was signed in _____ in the Hall of Mirrors.", question.prompt());
        assertEquals(List.of("1918", "1919", "1920"), question.options());
        assertEquals(1, question.correct());
    }

    @Test
    void missingWordBeforePunctuationTakesNoSpace() {
        Question question = parse("Grant is buried in {=Grant's tomb ~Arlington}.").questions().get(0);

        assertEquals("Grant is buried in _____.", question.prompt());
    }

    @Test
    void generalFeedbackExplainsWhenTheRightAnswerHasNone() {
        Question question = parse("Largest planet? {=Jupiter ~Saturn ####Jupiter is twice as massive as the rest.}")
                .questions().get(0);

        assertEquals(List.of("Jupiter", "Saturn"), question.options());
        assertEquals("Jupiter is twice as massive as the rest.", question.explanation());
    }

    @Test
    void fullAndZeroWeightsAreRightAndWrong() {
        Question question = parse("Pick one {~%0%one ~%100%two ~three}").questions().get(0);

        assertEquals(List.of("one", "two", "three"), question.options());
        assertEquals(1, question.correct());
    }

    @Test
    void escapedNewlineBreaksTheLineButSourceLineBreaksJoinWithSpaces() {
        Question question = parse("First line\\nsecond line\ncontinued here {T}").questions().get(0);

        assertEquals("First line\nsecond line continued here", question.prompt());
    }

    @Test
    void moodleHtmlExportReadsAsPlainText() {
        String exported = """
                // question: 42  name: Capital
                ::Capital::[html]<p>What is the <b>capital</b> of&nbsp;France &amp; Monaco&\\#39;s neighbour?</p>{
                \t=<p>Paris</p>
                \t~Lyon
                }
                """;

        Question question = parse(exported).questions().get(0);

        assertEquals("What is the capital of France & Monaco's neighbour?", question.prompt());
        assertEquals(List.of("Paris", "Lyon"), question.options());
    }

    @Test
    void trueAndFalseAsChoicesBecomeATrueFalseQuestion() {
        Question question = parse("Is it? {~True =False}").questions().get(0);

        assertEquals(QuestionType.TRUE_FALSE, question.type());
        assertEquals(1, question.correct());
    }

    @Test
    void withoutCategoryTheTitleIsTheFileName() {
        assertEquals("World Capitals 2", QuestionSetFiles.parse("World Capitals 2.gift", "Q? {T}".getBytes(UTF_8)).title());
    }

    @Test
    void crlfLineBreaksAndByteOrderMarkAreRead() {
        byte[] text = "\uFEFF// comment\r\n::A:: Q1? {T}\r\n\r\nQ2? {=x ~y}\r\n".getBytes(UTF_8);

        QuestionSet set = QuestionSetFiles.parse(FILE, text);

        assertEquals(2, set.questions().size());
        assertEquals("Q1?", set.questions().get(0).prompt());
    }

    // --- refused ---

    @Test
    void matchingIsRefusedNamingItsLine() {
        var e = rejected("Q1? {T}\n\n// matching\nMatch them. {=Canada -> Ottawa =Italy -> Rome}\n");

        assertEquals(FILE + ": line 4: matching questions (=... -> ...) are not supported; a Telegram quiz asks"
                + " multiple choice ({=right ~wrong}), true/false ({T} or {F}) and short answer ({=answer})", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void numericalIsRefused() {
        var e = rejected("When was Grant born? {#1822:5}");

        assertTrue(e.getMessage().startsWith(FILE + ": line 1: numerical questions ({#...}) are not supported"), e.getMessage());
    }

    @Test
    void essayIsRefused() {
        var e = rejected("Q1? {T}\n\nWrite about Grant. {}");

        assertTrue(e.getMessage().startsWith(FILE + ": line 3: essay questions ({}) are not supported"), e.getMessage());
    }

    @Test
    void descriptionWithoutAnswersIsRefused() {
        var e = rejected("Just some text.");

        assertTrue(e.getMessage().startsWith(FILE + ": line 1: no answers in { }"), e.getMessage());
    }

    @Test
    void partialCreditIsRefusedNamingTheAnswersLine() {
        var e = rejected("Pick two {\n~%50%a\n~%50%b\n~%-100%c\n}");

        assertEquals(FILE + ": line 2: partial credit (%50%) is not supported; an answer is right (= or %100%)"
                + " or wrong (~ or %0%)", e.getMessage());
    }

    @Test
    void twoRightAnswersInAChoiceAreRefused() {
        var e = rejected("Pick {\n=a\n=b\n~c\n}");

        assertEquals(FILE + ": line 3: a second right answer (=); a multiple-choice question has exactly one", e.getMessage());
    }

    @Test
    void choiceWithoutRightAnswerIsRefused() {
        var e = rejected("Pick {~a ~b}");

        assertEquals(FILE + ": line 1: no right answer; mark it with = (or ~%100%)", e.getMessage());
    }

    @Test
    void blankLineInsideTheAnswersNamesTheOpeningLine() {
        var e = rejected("Q1? {T}\n\nPick {\n=a\n\n~b\n}");

        assertEquals(FILE + ": line 3: the answers opened by \"{\" are not closed by \"}\";"
                + " a blank line ends a question, so there is none inside one", e.getMessage());
    }

    @Test
    void textBeforeTheFirstAnswerIsRefused() {
        var e = rejected("Pick {a =b ~c}");

        assertEquals(FILE + ": line 1: \"a\" is not an answer; answers start with = (right) or ~ (wrong)", e.getMessage());
    }

    @Test
    void optionTooLongForTelegramNamesLineAndField() {
        String longOption = "x".repeat(101);

        var e = rejected("Q1? {T}\n\n// long\n::Long::\nPick one {\n=" + longOption + "\n~short\n}");

        assertEquals(FILE + ": line 4: field \"options\": option \"" + longOption + "\" is 101 characters;"
                + " at most 100 fit a Telegram poll", e.getMessage());
        assertEquals(4, e.line());
        assertEquals("options", e.field());
        assertEquals("q2", e.questionId());
    }

    @Test
    void tooLongExplanationNamesTheField() {
        var e = rejected("Q? {=a#" + "y".repeat(201) + " ~b}");

        assertEquals(FILE + ": line 1: field \"explanation\": is 201 characters; at most 200 fit a Telegram poll",
                e.getMessage());
    }

    @Test
    void oneOptionIsTooFew() {
        var e = rejected("Q? {~%100%only}");

        assertEquals(FILE + ": line 1: field \"options\": has 1 option; a choice question needs 2 to 10", e.getMessage());
    }

    @Test
    void fileOfCommentsOnlyHasNoQuestions() {
        var e = rejected("// nothing yet\n$CATEGORY: tbd\n");

        assertEquals(FILE + ": contains no questions", e.getMessage());
    }

    private static QuestionSet parse(String gift) {
        return QuestionSetFiles.parse(FILE, gift.getBytes(UTF_8));
    }

    private static QuestionSetFileException rejected(String gift) {
        return assertThrows(QuestionSetFileException.class, () -> parse(gift));
    }
}
