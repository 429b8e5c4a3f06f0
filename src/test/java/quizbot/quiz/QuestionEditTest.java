package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizbot.questions.InvalidQuestionException;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;

class QuestionEditTest {

    private static final Question CAPITAL = TestSets.choice("c1", Kind.PLACE, "What is the capital of France?", "Paris", "Lyon", "Nice");
    private static final Question YEAR = TestSets.typed("y1", Kind.DATE, "When did Apollo 11 land?", "1969");
    private static final Question STATEMENT = TestSets.trueFalse("t1", Kind.OTHER, "True or false? Venus spins backwards.", true);

    private static String problem(QuestionEdit edit, Question question) {
        return assertThrows(InvalidQuestionException.class, () -> edit.apply(question)).problem();
    }

    @Test
    void aPromptAnOptionAndTheExplanationAreReworded_theRestKept() {
        Question edited = new QuestionEdit.Option(2, " Marseille ").apply(new QuestionEdit.Prompt("Which city is France's capital?").apply(CAPITAL));

        assertEquals("Which city is France's capital?", edited.prompt());
        assertEquals(List.of("Paris", "Marseille", "Nice"), edited.options());
        assertEquals("Paris", edited.correctAnswer());
        assertEquals("c1", edited.id());
        assertEquals("Paris since 508.", new QuestionEdit.Explanation("Paris since 508.").apply(CAPITAL).explanation());
        assertNull(new QuestionEdit.Explanation(null).apply(CAPITAL).explanation());
    }

    @Test
    void newOptions_markTheirRightOne_orKeepTheOldRightAnswerByItsWords() {
        assertEquals("Lille", new QuestionEdit.Options(List.of("Paris", "Lille", "Brest"), 1).apply(CAPITAL).correctAnswer());
        Question kept = new QuestionEdit.Options(List.of("Brest", "paris", "Lille"), null).apply(CAPITAL);
        assertEquals(1, kept.correct());
        assertEquals("none of the options is the right answer \"Paris\"; mark the right one with *",
                problem(new QuestionEdit.Options(List.of("Brest", "Lille"), null), CAPITAL));
        Question madeChoice = new QuestionEdit.Options(List.of("1969", "1968", "1972"), null).apply(YEAR);
        assertEquals(QuestionType.CHOICE, madeChoice.type());
        assertEquals("1969", madeChoice.correctAnswer());
    }

    @Test
    void theRightAnswerIsAnOptionsNumber_orATypedQuestionsAcceptedAnswers() {
        assertEquals("Nice", new QuestionEdit.RightOption(3).apply(CAPITAL).correctAnswer());
        assertEquals(1, new QuestionEdit.RightOption(2).apply(STATEMENT).correct(), "false");
        assertEquals(List.of("1969", "nineteen sixty-nine"), new QuestionEdit.Accepted(List.of("1969", " nineteen sixty-nine")).apply(YEAR).accepted());
        assertEquals("there is no option 4; it has options 1 to 3", problem(new QuestionEdit.RightOption(4), CAPITAL));
        assertEquals("pick the right option by its number: answer 2", problem(new QuestionEdit.Accepted(List.of("Paris")), CAPITAL));
    }

    @Test
    void aChoiceQuestionBecomesTypedWithItsRightOptionAccepted() {
        Question typed = new QuestionEdit.ToTyped().apply(CAPITAL);

        assertEquals(QuestionType.TYPED, typed.type());
        assertEquals(List.of("Paris"), typed.accepted());
        assertEquals(List.of(), typed.options());
        assertEquals("a true-or-false statement has no answer to type", problem(new QuestionEdit.ToTyped(), STATEMENT));
    }

    @Test
    void anEditIsHeldToTheRulesOfASetFile() {
        assertEquals("option \"paris\" appears twice", problem(new QuestionEdit.Option(2, "paris"), CAPITAL));
        assertEquals("is 301 characters; at most 300 fit a Telegram poll", problem(new QuestionEdit.Prompt("x".repeat(301)), CAPITAL));
        assertEquals("is missing", problem(new QuestionEdit.Prompt("  "), CAPITAL));
        assertEquals("True and False cannot be reworded", problem(new QuestionEdit.Option(1, "Yes"), STATEMENT));
        assertEquals("has 1 option; a choice question needs 2 to 10", problem(new QuestionEdit.Options(List.of("Paris"), 0), CAPITAL));
    }
}
