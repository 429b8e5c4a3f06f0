package quizbot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as CSV for spreadsheets (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted,
 * quotes doubled). It holds <b>two tables</b> separated by one empty line, because that is what teachers open:
 * <ol>
 *   <li>one row per learner, in the report's ranking:
 *       {@code learner,user_id,done,correct,total,score_percent,time_seconds,q1,…,qN}; a question cell is
 *       {@code 1} (right), {@code 0} (wrong) or empty (unanswered); {@code time_seconds} is empty when unknown;</li>
 *   <li>one row per question: {@code question,prompt,answered,share_correct,discrimination}, where
 *       {@code question} is the {@code qN} of the first table's header, {@code share_correct} is a fraction 0…1
 *       and an undefined figure is empty.</li>
 * </ol>
 * Numbers use a dot and at most two (scores) or four (fractions) decimals. A learner name or prompt that starts
 * with {@code = + - @}, a tab or a CR gets a leading {@code '} so that a spreadsheet shows it instead of running
 * it as a formula (names come from Telegram users). Stateless and thread-safe.
 */
public final class ReportCsv {

    private static final String LINE_END = "\r\n";

    private ReportCsv() {
    }

    /** The two tables as one CSV text. */
    public static String write(ClassReport report) {
        var csv = new StringBuilder();
        var header = new ArrayList<>(List.of("learner", "user_id", "done", "correct", "total", "score_percent",
                "time_seconds"));
        for (int number = 1; number <= report.questions().size(); number++) {
            header.add("q" + number);
        }
        line(csv, header);
        for (LearnerRow row : report.learners()) {
            var fields = new ArrayList<>(List.of(text(row.name()), Long.toString(row.userId()),
                    Boolean.toString(row.done()), Integer.toString(row.correct()), Integer.toString(row.total()),
                    decimal(row.scorePercent(), 2), row.time() == null ? "" : Long.toString(row.time().toSeconds())));
            for (Mark mark : row.marks()) {
                fields.add(mark == Mark.RIGHT ? "1" : mark == Mark.WRONG ? "0" : "");
            }
            line(csv, fields);
        }
        csv.append(LINE_END);
        line(csv, List.of("question", "prompt", "answered", "share_correct", "discrimination"));
        for (QuestionStats question : report.questionStats()) {
            line(csv, List.of("q" + question.number(), text(question.prompt()), Integer.toString(question.answered()),
                    question.shareCorrect() == null ? "" : decimal(question.shareCorrect(), 4),
                    question.discrimination() == null ? "" : decimal(question.discrimination(), 4)));
        }
        return csv.toString();
    }

    /**
     * The CSV as UTF-8 bytes with a byte-order mark, the form to send as a file: without the mark, Excel
     * reads UTF-8 as the local code page and garbles names in Cyrillic, Greek, etc.
     */
    public static byte[] utf8WithBom(ClassReport report) {
        return ("\uFEFF" + write(report)).getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(index)));
        }
        csv.append(LINE_END);
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Free text from users: defused so a spreadsheet never evaluates it as a formula. */
    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
