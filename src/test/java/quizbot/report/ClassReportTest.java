package quizbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.report.ClassAttempts.PLANET_QUESTIONS;
import static quizbot.report.ClassAttempts.learner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures of a class report on the hand-made class of {@link ClassAttempts}.
 *
 * <p>Discrimination rule under test: the n learners who answered anything, ranked by right answers (ties by
 * name, then user id); group size g = max(1, floor(n/3)) when n ≥ 2; top group = first g, bottom group = last g;
 * D = (right in top − right in bottom) / g; null when n &lt; 2. In {@link ClassAttempts} n = 6 (Gus never
 * started), so g = 2: the top group is Anna and Boris (Boris beats his tie with Carl by name), the bottom group
 * Emil and Fay (they share 25 % with Dora, who ranks first by name).
 */
class ClassReportTest {

    private static final double EXACT = 1e-12;

    private final ClassReport report = ClassAttempts.sevenLearnersReport();

    private LearnerRow row(String name) {
        return report.learners().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void ranksLearnersByScoreThenByName() {
        assertEquals(List.of("Anna", "Boris", "Carl", "Dora", "Emil", "Fay", "Gus"),
                report.learners().stream().map(LearnerRow::name).toList());
    }

    @Test
    void scoresRightAnswersAsAPercentageOfAllQuestions() {
        assertEquals(75.0, row("Anna").scorePercent(), EXACT);
        assertEquals(50.0, row("Boris").scorePercent(), EXACT);
        assertEquals(25.0, row("Dora").scorePercent(), EXACT);
        assertEquals(25.0, row("Fay").scorePercent(), EXACT, "1 right of 4 questions, though only 2 answered");
        assertEquals(0.0, row("Gus").scorePercent(), EXACT);
    }

    @Test
    void rowsCarryRightAnsweredTotalDoneTimeAndMarks() {
        LearnerRow fay = row("Fay");
        assertEquals(1, fay.correct());
        assertEquals(2, fay.answered());
        assertEquals(4, fay.total());
        assertFalse(fay.done());
        assertEquals(Duration.ofSeconds(40), fay.time());
        assertEquals(List.of(Mark.WRONG, Mark.RIGHT, Mark.UNANSWERED, Mark.UNANSWERED), fay.marks());

        LearnerRow anna = row("Anna");
        assertEquals(3, anna.correct());
        assertEquals(4, anna.answered());
        assertTrue(anna.done());
        assertEquals(Duration.ofSeconds(185), anna.time());
    }

    @Test
    void aMemberWhoNeverStartedHasARowWithNothingAnsweredAndNoTime() {
        LearnerRow gus = row("Gus");
        assertEquals(0, gus.answered());
        assertFalse(gus.started());
        assertFalse(gus.done());
        assertNull(gus.time());
        assertEquals(List.of(Mark.UNANSWERED, Mark.UNANSWERED, Mark.UNANSWERED, Mark.UNANSWERED), gus.marks());
    }

    @Test
    void summaryCountsMembersStartersAndFinishersAndAveragesTheStarters() {
        ClassSummary summary = report.summary();
        assertEquals(7, summary.members());
        assertEquals(6, summary.started());
        assertEquals(5, summary.done());
        assertEquals(250.0 / 6, summary.meanScorePercent(), EXACT, "(75 + 50 + 50 + 25 + 25 + 25) / 6");
        assertEquals(37.5, summary.medianScorePercent(), EXACT, "25 25 25 | 50 50 75: (25 + 50) / 2");
        assertEquals(2, summary.discriminationGroupSize());
    }

    @Test
    void medianOfAnOddNumberOfStartersIsTheMiddleScore() {
        var learners = new ArrayList<>(ClassAttempts.sevenLearners());
        learners.removeIf(learner -> learner.name().equals("Fay"));
        ClassSummary summary = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, learners).summary();
        assertEquals(5, summary.started());
        assertEquals(50.0, summary.medianScorePercent(), EXACT, "25 25 | 50 | 50 75");
        assertEquals(45.0, summary.meanScorePercent(), EXACT);
    }

    @Test
    void shareCorrectIsOfThoseWhoAnsweredTheQuestion() {
        List<QuestionStats> stats = report.questionStats();
        assertEquals(List.of(6, 6, 5, 5), stats.stream().map(QuestionStats::answered).toList());
        assertEquals(List.of(3, 3, 2, 2), stats.stream().map(QuestionStats::correct).toList());
        assertEquals(0.5, stats.get(0).shareCorrect(), EXACT);
        assertEquals(0.5, stats.get(1).shareCorrect(), EXACT);
        assertEquals(0.4, stats.get(2).shareCorrect(), EXACT, "2 of 5: Fay did not answer");
        assertEquals(0.4, stats.get(3).shareCorrect(), EXACT);
        assertEquals(List.of(1, 2, 3, 4), stats.stream().map(QuestionStats::number).toList());
        assertEquals("rings", stats.get(2).questionId());
        assertEquals("Which planet has the most visible rings?", stats.get(2).prompt());
    }

    @Test
    void discriminationIsPositiveForAQuestionTheStrongGetRightAndTheWeakWrong() {
        // q1: top Anna R, Boris R = 2; bottom Emil W, Fay W = 0 → (2 − 0) / 2
        assertEquals(1.0, report.questionStats().get(0).discrimination(), EXACT);
        // q4: top Anna R, Boris R = 2; bottom Emil W, Fay unanswered = 0
        assertEquals(1.0, report.questionStats().get(3).discrimination(), EXACT);
    }

    @Test
    void discriminationIsZeroForAQuestionThatDoesNotSeparate() {
        // q2: top Anna R, Boris W = 1; bottom Emil W, Fay R = 1 → 0, although half the class got it right
        assertEquals(0.0, report.questionStats().get(1).discrimination(), EXACT);
    }

    @Test
    void discriminationIsNegativeForAQuestionTheWeakGetRightMoreOften() {
        // q3: top Anna W, Boris W = 0; bottom Emil R, Fay unanswered (counts as not right) = 1 → −1 / 2
        assertEquals(-0.5, report.questionStats().get(2).discrimination(), EXACT);
    }

    @Test
    void aTieAtTheTopGroupsEdgeIsSettledByName() {
        // Carl renamed Bea: still 2 right like Boris, but now first by name, so Bea (not Boris) joins Anna on top.
        var learners = new ArrayList<>(ClassAttempts.sevenLearners());
        learners.replaceAll(learner -> learner.name().equals("Carl")
                ? new LearnerAttempt(learner.userId(), "Bea", learner.done(), learner.correctByQuestionId(),
                        learner.time())
                : learner);
        ClassReport renamed = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, learners);

        assertEquals(List.of("Anna", "Bea", "Boris"),
                renamed.learners().subList(0, 3).stream().map(LearnerRow::name).toList());
        // q1: top Anna R, Bea W = 1; bottom 0 → 0.5.  q3: top Anna W, Bea R = 1; bottom Emil R = 1 → 0.
        assertEquals(0.5, renamed.questionStats().get(0).discrimination(), EXACT);
        assertEquals(0.0, renamed.questionStats().get(2).discrimination(), EXACT);
    }

    @Test
    void tiesWithTheSameNameAreSettledByUserIdAndNamesCompareIgnoringCase() {
        ClassReport tied = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(30, "Sam", "RRWW", Duration.ofSeconds(60)),
                learner(10, "Sam", "RWRW", Duration.ofSeconds(60)),
                learner(20, "sam", "WWRR", Duration.ofSeconds(60)),
                learner(40, "ada", "RRWW", Duration.ofSeconds(60)),
                learner(50, "Bo", "RRWW", Duration.ofSeconds(60))));

        assertEquals(List.of(40L, 50L, 10L, 30L, 20L), tied.learners().stream().map(LearnerRow::userId).toList(),
                "ada < Bo < Sam (id 10) < Sam (id 30) < sam: case-insensitive, then exact (upper case first), then id");
    }

    @Test
    void groupsAreAThirdOfTheStartersButAtLeastOneAndUndefinedBelowTwo() {
        assertEquals(0, ClassReport.discriminationGroupSize(0));
        assertEquals(0, ClassReport.discriminationGroupSize(1));
        assertEquals(1, ClassReport.discriminationGroupSize(2));
        assertEquals(1, ClassReport.discriminationGroupSize(3));
        assertEquals(1, ClassReport.discriminationGroupSize(5));
        assertEquals(2, ClassReport.discriminationGroupSize(6));
        assertEquals(3, ClassReport.discriminationGroupSize(10));
    }

    @Test
    void discriminationIsUndefinedWithFewerThanTwoStarters() {
        ClassReport alone = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(1, "Anna", "RRWR", Duration.ofSeconds(185)),
                learner(7, "Gus", "----", Duration.ZERO)));

        assertTrue(alone.questionStats().stream().allMatch(question -> question.discrimination() == null));
        assertEquals(0, alone.summary().discriminationGroupSize());
        assertEquals(75.0, alone.summary().medianScorePercent(), EXACT);
    }

    @Test
    void twoStartersMakeGroupsOfOne() {
        ClassReport pair = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(1, "Anna", "RRWR", Duration.ofSeconds(185)),
                learner(2, "Boris", "WRRW", Duration.ofSeconds(240))));

        assertEquals(List.of(1.0, 0.0, -1.0, 1.0),
                pair.questionStats().stream().map(QuestionStats::discrimination).toList());
    }

    @Test
    void aClassWhereNobodyStartedHasNoAveragesAndNoShares() {
        ClassReport idle = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(7, "Gus", "----", null), learner(8, "Hal", "----", Duration.ZERO)));

        assertEquals(2, idle.summary().members());
        assertEquals(0, idle.summary().started());
        assertNull(idle.summary().meanScorePercent());
        assertNull(idle.summary().medianScorePercent());
        assertNull(idle.questionStats().get(0).shareCorrect());
        assertNull(idle.learners().get(1).time(), "a zero time of someone who never started is not a time");
    }

    @Test
    void answersToQuestionsNoLongerInTheSetAreIgnored() {
        ClassReport report = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(new LearnerAttempt(1, "Anna",
                false, Map.of("closest", true, "removed", true), Duration.ofSeconds(20))));

        assertEquals(1, report.learners().get(0).correct());
        assertEquals(1, report.learners().get(0).answered());
    }

    @Test
    void aMissingNameBecomesTheUserId() {
        assertEquals("user 42", new LearnerAttempt(42, " ", false, null, null).name());
    }

    @Test
    void refusesAReportWithoutQuestionsOrWithARepeatedMember() {
        assertThrows(IllegalArgumentException.class, () -> ClassReport.of("7B", "Planets", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ClassReport.of("7B", "Planets", PLANET_QUESTIONS,
                List.of(learner(1, "Anna", "RRRR", null), learner(1, "Anna again", "WWWW", null))));
    }
}
