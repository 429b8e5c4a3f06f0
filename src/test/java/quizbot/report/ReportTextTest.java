package quizbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.report.ClassAttempts.PLANET_QUESTIONS;
import static quizbot.report.ClassAttempts.learner;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report as one Telegram message. */
class ReportTextTest {

    private static final Pattern MORE = Pattern.compile("^… and (\\d+) more$", Pattern.MULTILINE);

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void showsTheSummaryAndEveryLearnerOfASmallClass() {
        List<String> lines = lines(ReportText.table(ClassAttempts.sevenLearnersReport()));

        assertEquals(List.of(
                "7B · Planets (4 questions)",
                "7 members · 6 started · 5 done",
                "Score of those who started: mean 41.7% · median 37.5%",
                "",
                "Learner            Score Right Answered Done    Time",
                "Anna                 75%     3      4/4  yes    3:05",
                "Boris                50%     2      4/4  yes    4:00",
                "Carl                 50%     2      4/4  yes    2:30",
                "Dora                 25%     1      4/4  yes    5:10",
                "Emil                 25%     1      4/4  yes    1:00",
                "Fay                  25%     1      2/4   no    0:40",
                "Gus                   0%     0      0/4   no       –"), lines.subList(0, 12));
    }

    @Test
    void showsShareCorrectAndDiscriminationPerQuestion() {
        List<String> lines = lines(ReportText.table(ClassAttempts.sevenLearnersReport()));

        assertEquals(List.of(
                "",
                "Q    Answered Correct     D  Prompt",
                "Q1          6     50% +1.00  Which planet is closest to the …",
                "Q2          6     50%  0.00  Which planet is the largest?",
                "Q3          5     40% -0.50  Which planet has the most visib…",
                "Q4          5     40% +1.00  Which planet is called the Red …",
                "Correct: of those who answered. D (−1…+1): top 2 vs bottom 2 of 6 starters; "
                        + "near 0 or negative: check the question."), lines.subList(12, lines.size()));
    }

    @Test
    void fitsOneTelegramMessageWith200Learners() {
        ClassReport report = ClassAttempts.bigClass(200, 12);

        String text = ReportText.table(report);

        assertTrue(text.length() <= ReportText.TELEGRAM_LIMIT, () -> text.length() + " characters");
        Matcher more = MORE.matcher(text);
        assertTrue(more.find(), text);
        long shownLearners = text.lines().filter(line -> line.startsWith("Pupil ")).count();
        assertTrue(shownLearners >= 10, shownLearners + " learners shown");
        assertEquals(200, shownLearners + Integer.parseInt(more.group(1)));
        for (int number = 1; number <= 12; number++) {
            String question = "Q" + number + " ";
            assertTrue(text.lines().anyMatch(line -> line.startsWith(question)), question + "is missing");
        }
        String best = ReportText.clip(report.learners().get(0).name(), 18);
        assertTrue(text.contains("\n" + best), "the best learner comes first");
    }

    @Test
    void fitsOneTelegramMessageEvenWithHundredsOfQuestions() {
        String text = ReportText.table(ClassAttempts.bigClass(200, 300));

        assertTrue(text.length() <= ReportText.TELEGRAM_LIMIT, () -> text.length() + " characters");
        assertEquals(10, text.lines().filter(line -> line.startsWith("Pupil ")).count(),
                "learners keep at least ten rows");
        assertTrue(text.contains("\n… and 190 more\n"), text);
        assertTrue(Pattern.compile("^… and \\d+ more questions$", Pattern.MULTILINE).matcher(text).find(), text);
    }

    @Test
    void aLongOrMultiLineNameStaysOnOneLineOfItsColumn() {
        ClassReport report = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(1, "Maria\nJosefina de la Vega", "RRRR", Duration.ofMinutes(75))));

        String text = ReportText.table(report);

        assertTrue(text.contains("\nMaria Josefina de…  100%     4      4/4  yes 1:15:00\n"), text);
    }

    @Test
    void saysWhyThereIsNoDiscriminationWhenFewerThanTwoStarted() {
        ClassReport report = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(1, "Anna", "RRWR", Duration.ofSeconds(185)), learner(7, "Gus", "----", null)));

        String text = ReportText.table(report);

        assertTrue(text.contains("\nQ1          1    100%     –  "), text);
        assertTrue(text.contains("D needs 2 or more starters."), text);
        assertFalse(MORE.matcher(text).find());
    }
}
