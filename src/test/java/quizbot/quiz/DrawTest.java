package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSet;

/** A quiz never draws two questions where one's answer stands in the other's prompt. */
class DrawTest {

    private static final QuestionSet SIBLINGS = TestSets.siblings();

    @Test
    void ofTwoQuestionsThatPrintEachOthersAnswerOnlyTheFirstDrawnIsAsked() {
        assertEquals(List.of("s1", "s4"), Draw.withoutGiveaways(SIBLINGS, List.of("s1", "s2", "s3", "s4"), 4));
        assertEquals(List.of("s2", "s4"), Draw.withoutGiveaways(SIBLINGS, List.of("s2", "s1", "s4", "s3"), 4));
    }

    @Test
    void aTrueFalseStatementPrintsTheAnswersOfItsSentence() {
        assertEquals(List.of("s3", "s4"), Draw.withoutGiveaways(SIBLINGS, List.of("s3", "s1", "s2", "s4"), 4));
        assertTrue(Draw.givesAway(SIBLINGS.questions().get(0), SIBLINGS.questions().get(2)));
        assertFalse(Draw.givesAway(SIBLINGS.questions().get(2), SIBLINGS.questions().get(0)), "True or False gives nothing away");
    }

    @Test
    void questionsThatGiveNothingAwayAreDrawnUpToTheCount() {
        QuestionSet planets = TestSets.planets();
        List<String> ids = planets.questions().stream().map(question -> question.id()).toList();
        assertEquals(ids, Draw.withoutGiveaways(planets, ids, 5));
        assertEquals(ids.subList(0, 2), Draw.withoutGiveaways(planets, ids, 2));
    }

    @Test
    void aDistractorAmongAnotherQuestionsOptionsOrAWordInsideAnotherWordGivesNothingAway() {
        QuestionSet set = TestSets.set("s", "S",
                TestSets.choice("a", Kind.PLACE, "Where did the line end?", "Leeds", "York", "Hull", "Derby"),
                TestSets.choice("b", Kind.PLACE, "Where did the line start?", "York", "Leeds", "Hull", "Derby"),
                TestSets.choice("c", Kind.PERSON, "Who led the Yorkshire works?", "Ada Brook", "Tom Hale", "Ann Lee", "Sam Orr"));
        assertEquals(List.of("a", "b", "c"), Draw.withoutGiveaways(set, List.of("a", "b", "c"), 3));
    }
}
