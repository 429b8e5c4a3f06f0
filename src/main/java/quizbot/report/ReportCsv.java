package quizbot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as CSV for spreadsheets (RFC 4180: CRLF line ends, quotes doubled; a field with a comma, semicolon,
 * quote, tab, CR or LF is quoted: the semicolon because spreadsheets in many locales split on it, and a formula
 * could start right behind it). It holds <b>two tables</b> separated by one empty line, because that is what teachers open:
 * <ol>
 *   <li>one row per learner, in the report's ranking:
 *       {@code learner,user_id,done,correct,total,score_percent,time_seconds,q1,…,qN}; a question cell is
 *       {@code 1} (right), {@code 0} (wrong) or empty (unanswered); {@code time_seconds} is empty when unknown;</li>
 *   <li>one row per question: {@code question,prompt,answered,share_correct,discrimination}, where
 *       {@code question} is the {@code qN} of the first table's header, {@code share_correct} is a fraction 0…1
 *       and an undefined figure is empty.</li>
 * </ol>
 * Numbers use a dot and at most two (scores) or four (fractions) decimals, and are written as they are (a
 * discrimination of {@code -0.5} stays a number). A learner name or prompt that starts with a tab or a CR, or
 * whose first character after leading whitespace (of any kind, Unicode spaces too) is one of {@code = + - @},
 * gets a leading {@code '} so that a spreadsheet shows it instead of running it as a formula (names come from
 * Telegram users). Stateless and thread-safe.
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
        for (int index = 0; index < field.length(); index++) {
            if (",;\"\r\n\t".indexOf(field.charAt(index)) >= 0) {
                return '"' + field.replace("\"", "\"\"") + '"';
            }
        }
        return field;
    }

    /**
     * Free text from users, defused so a spreadsheet never evaluates it as a formula (OWASP's CSV injection
     * advice): a value that starts with a tab or CR, or whose first character after any whitespace is one of
     * {@code = + - @}, gets a leading {@code '}. Spreadsheets skip leading spaces of every kind (and some skip
     * invisible characters) before they look for a formula sign, so "whitespace" here is wide: Java whitespace,
     * Unicode space separators such as the no-break space, control and format characters such as the zero-width
     * space or a byte-order mark. Numbers never pass through here, so a negative figure stays a number.
     */
    private static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return "'" + value;
        }
        int index = 0;
        while (index < value.length() && ignoredBeforeAFormula(value.codePointAt(index))) {
            index += Character.charCount(value.codePointAt(index));
        }
        return index < value.length() && "=+-@".indexOf(value.charAt(index)) >= 0 ? "'" + value : value;
    }

    private static boolean ignoredBeforeAFormula(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    private static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
