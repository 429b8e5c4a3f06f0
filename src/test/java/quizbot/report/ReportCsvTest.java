package quizbot.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.report.ClassAttempts.PLANET_QUESTIONS;
import static quizbot.report.ClassAttempts.learner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report as a two-table CSV, read back with a minimal RFC 4180 reader. */
class ReportCsvTest {

    /** Records of RFC 4180 text (CRLF line ends, quoted fields, doubled quotes); an empty line is an empty record. */
    static List<List<String>> read(String csv) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean lineHasContent = false;
        for (int index = 0; index < csv.length(); index++) {
            char next = csv.charAt(index);
            if (quoted) {
                if (next == '"' && index + 1 < csv.length() && csv.charAt(index + 1) == '"') {
                    field.append('"');
                    index++;
                } else if (next == '"') {
                    quoted = false;
                } else {
                    field.append(next);
                }
            } else if (next == '"') {
                quoted = true;
                lineHasContent = true;
            } else if (next == ',') {
                record.add(field.toString());
                field.setLength(0);
                lineHasContent = true;
            } else if (next == '\r' && index + 1 < csv.length() && csv.charAt(index + 1) == '\n') {
                if (lineHasContent || field.length() > 0) {
                    record.add(field.toString());
                }
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                lineHasContent = false;
                index++;
            } else {
                field.append(next);
                lineHasContent = true;
            }
        }
        assertEquals(0, field.length() + record.size(), "the CSV must end with a line end");
        return records;
    }

    private final String csv = ReportCsv.write(ClassAttempts.sevenLearnersReport());

    @Test
    void writesOneRowPerLearnerInRankOrderWithOneColumnPerQuestion() {
        List<List<String>> records = read(csv);

        assertEquals(List.of("learner", "user_id", "done", "correct", "total", "score_percent", "time_seconds",
                "q1", "q2", "q3", "q4"), records.get(0));
        assertEquals(List.of("Anna", "1", "true", "3", "4", "75", "185", "1", "1", "0", "1"), records.get(1));
        assertEquals(List.of("Boris", "2", "true", "2", "4", "50", "240", "1", "0", "0", "1"), records.get(2));
        assertEquals(List.of("Fay", "6", "false", "1", "4", "25", "40", "0", "1", "", ""), records.get(6),
                "unanswered questions are empty cells");
        assertEquals(List.of("Gus", "7", "false", "0", "4", "0", "", "", "", "", ""), records.get(7),
                "no time for someone who never started");
    }

    @Test
    void followsTheLearnersWithAnEmptyLineAndAQuestionTable() {
        List<List<String>> records = read(csv);

        assertEquals(List.of(), records.get(8), "an empty line separates the two tables");
        assertEquals(List.of(
                List.of("question", "prompt", "answered", "share_correct", "discrimination"),
                List.of("q1", "Which planet is closest to the Sun?", "6", "0.5", "1"),
                List.of("q2", "Which planet is the largest?", "6", "0.5", "0"),
                List.of("q3", "Which planet has the most visible rings?", "5", "0.4", "-0.5"),
                List.of("q4", "Which planet is called the Red Planet?", "5", "0.4", "1")),
                records.subList(9, records.size()));
    }

    @Test
    void endsEveryLineWithCrLf() {
        assertTrue(csv.startsWith("learner,user_id,done,correct,total,score_percent,time_seconds,q1,q2,q3,q4\r\n"));
        assertTrue(csv.contains("\r\nGus,7,false,0,4,0,,,,,\r\n\r\nquestion,prompt,"), csv);
        assertEquals(csv.split("\n", -1).length - 1, csv.split("\r\n", -1).length - 1, "no bare LF");
    }

    @Test
    void quotesANameWithACommaAndAQuoteAndReadsItBack() {
        String name = "O\"Neil, Pat";
        String written = ReportCsv.write(ClassReport.of("7B", "Planets", PLANET_QUESTIONS,
                List.of(learner(9, name, "RRWW", Duration.ofSeconds(61)))));

        assertTrue(written.contains("\r\n\"O\"\"Neil, Pat\",9,true,2,4,50,61,1,1,0,0\r\n"), written);
        assertEquals(name, read(written).get(1).get(0));
    }

    @Test
    void quotesAPromptWithALineBreakAndReadsItBack() {
        String prompt = "Which planet…\nhas \"moons\" called Phobos, Deimos?";
        String written = ReportCsv.write(ClassReport.of("7B", "Planets",
                List.of(new QuestionColumn("moons", prompt)), List.of(learner(1, "Anna", "R", Duration.ZERO,
                        List.of(new QuestionColumn("moons", prompt))))));

        List<List<String>> records = read(written);
        assertEquals(List.of("q1", prompt, "1", "1", ""), records.get(records.size() - 1),
                "one learner: no discrimination");
    }

    @Test
    void keepsSpreadsheetsFromRunningANameAsAFormula() {
        String written = ReportCsv.write(ClassReport.of("7B", "Planets", PLANET_QUESTIONS,
                List.of(learner(9, "=HYPERLINK(\"http://x\")", "RRWW", null), learner(8, "-Bo", "WWWW", null))));

        List<List<String>> records = read(written);
        assertEquals("'=HYPERLINK(\"http://x\")", records.get(1).get(0));
        assertEquals("'-Bo", records.get(2).get(0));
    }

    @Test
    void keepsSpreadsheetsFromRunningAFormulaBehindLeadingWhitespace() {
        List<String> names = List.of(" =1+1", "  +SUM(A1:A9)", "\t=HYPERLINK(\"http://x\")", "\r\n-2+3", "\n@SUM(A1)",
                "\u00A0=1+1", "\u2003\u3000-1", "\u200B=1+1", "\uFEFF@cmd");
        var learners = new ArrayList<LearnerAttempt>();
        for (int index = 0; index < names.size(); index++) {
            learners.add(learner(index + 1, names.get(index), "RRWW", null));
        }
        String written = ReportCsv.write(ClassReport.of("7B", "Planets", PLANET_QUESTIONS, learners));

        List<List<String>> rows = read(written).subList(1, names.size() + 1);
        for (List<String> row : rows) {
            int userId = Integer.parseInt(row.get(1));
            assertEquals("'" + names.get(userId - 1), row.get(0), "learner " + userId);
        }
    }

    @Test
    void leavesTextWithoutAFormulaSignAlone() {
        String written = ReportCsv.write(ClassReport.of("7B", "Planets", PLANET_QUESTIONS,
                List.of(learner(1, " Anna", "RRWW", null), learner(2, "Bo = Bob", "RRWW", null))));

        List<List<String>> records = read(written);
        assertEquals(" Anna", records.get(1).get(0));
        assertEquals("Bo = Bob", records.get(2).get(0));
    }

    @Test
    void quotesAFieldWithASemicolonSoASemicolonLocaleDoesNotSplitIt() {
        String written = ReportCsv.write(ClassReport.of("7B", "Planets", PLANET_QUESTIONS,
                List.of(learner(9, "Pat;=1+1", "RRWW", null))));

        assertTrue(written.contains("\r\n\"Pat;=1+1\",9,"), written);
        assertEquals("Pat;=1+1", read(written).get(1).get(0));
    }

    @Test
    void keepsANegativeDiscriminationANumber() {
        assertTrue(csv.contains("\r\nq3,Which planet has the most visible rings?,5,0.4,-0.5\r\n"), csv);
    }

    @Test
    void roundsScoresToTwoDecimalsAndFractionsToFour() {
        var questions = List.of(new QuestionColumn("a", "A"), new QuestionColumn("b", "B"),
                new QuestionColumn("c", "C"));
        String written = ReportCsv.write(ClassReport.of("7B", "Thirds", questions, List.of(
                learner(1, "Anna", "RRW", Duration.ofMillis(90_900), questions),
                learner(2, "Boris", "RWW", Duration.ofSeconds(30), questions),
                learner(3, "Carl", "WWR", Duration.ofSeconds(30), questions))));

        List<List<String>> records = read(written);
        assertEquals(List.of("Anna", "1", "true", "2", "3", "66.67", "90", "1", "1", "0"), records.get(1),
                "seconds are whole, cut down");
        assertEquals("33.33", records.get(2).get(5));
        assertEquals(List.of("q1", "A", "3", "0.6667", "1"), records.get(6));
    }

    @Test
    void utf8WithBomStartsWithTheByteOrderMarkAndKeepsNonLatinNames() {
        byte[] bytes = ReportCsv.utf8WithBom(ClassReport.of("7Б", "Планеты", PLANET_QUESTIONS,
                List.of(learner(1, "Юлия", "RRRR", null))));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Юлия", read(text).get(1).get(0));
    }
}
