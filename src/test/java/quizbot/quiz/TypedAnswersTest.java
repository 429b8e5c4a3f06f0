package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.Question;

/** Typed answers are right in the forms people type, and only then. */
class TypedAnswersTest {

    private static boolean right(Question question, String given) {
        return TypedAnswers.isRight(question, given);
    }

    @Test
    void aFigureIsItsNumbersWithAtMostTheAnswersOwnWordsAroundThem() {
        Question rate = TestSets.typed("r", Kind.NUMBER, "By how much did prices rise?", "3.5 percent");
        for (String given : new String[] {"3.5 percent", "3.5%", "3.5 %", "3.5 per cent", "3.5"}) {
            assertTrue(right(rate, given), given);
        }
        assertFalse(right(rate, "35"));
        assertFalse(right(rate, "3.5 billion"), "a word the answer does not have");
        assertFalse(right(rate, "4.5%"));
    }

    @Test
    void moneyAndCountsInTheirCommonForms() {
        Question loan = TestSets.typed("l", Kind.MONEY, "How large was the loan?", "$50 million");
        for (String given : new String[] {"$50 million", "$ 50 million", "$50m", "50 million dollars", "50 million", "50"}) {
            assertTrue(right(loan, given), given);
        }
        assertFalse(right(loan, "$50 billion"));
        Question jobs = TestSets.typed("j", Kind.NUMBER, "How many jobs?", "642,000 jobs");
        assertTrue(right(jobs, "642000"));
        assertTrue(right(TestSets.typed("t", Kind.NUMBER, "How many teams?", "2 teams"), "two"));
    }

    @Test
    void aPersonMayBeNamedBySurnameAlone() {
        Question astronomer = TestSets.typed("a", Kind.PERSON, "Who discovered Uranus?", "William Herschel");
        assertTrue(right(astronomer, "Herschel"));
        assertTrue(right(astronomer, "william herschel"));
        assertFalse(right(astronomer, "William"), "a given name alone is not enough");
        assertFalse(right(TestSets.typed("c", Kind.PLACE, "Where?", "New York"), "York"), "only people go by their last word");
    }

    @Test
    void oneTypoIsForgivenInAWordOfSixLettersOrMore() {
        Question astronomer = TestSets.typed("a", Kind.PERSON, "Who discovered Uranus?", "Herschel");
        assertTrue(right(astronomer, "Hershel"), "a letter missing");
        assertTrue(right(astronomer, "Hercshel"), "two letters swapped");
        assertTrue(right(astronomer, "Herscheel"), "a letter extra");
        assertFalse(right(astronomer, "Hirshel"), "two typos");
        assertFalse(right(TestSets.typed("p", Kind.PLACE, "Capital?", "Paris"), "Parix"), "a short word must be exact");
        assertTrue(right(TestSets.typed("b", Kind.PLACE, "Capital of Colombia?", "Bogotá"), "the bogota"));
    }
}
