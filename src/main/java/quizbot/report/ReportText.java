package quizbot.report;

import java.time.Duration;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The report as one Telegram text message: a learner table and a question table in fixed-width columns, so it
 * reads best inside a {@code pre} block (the text itself carries no markup and needs no escaping as plain text).
 * It never exceeds {@link #TELEGRAM_LIMIT} characters: learner rows (and, for huge sets, question rows) that do
 * not fit are replaced by an "… and N more" line; the CSV always has everything. Stateless and thread-safe.
 */
public final class ReportText {

    /** Telegram's limit for a message text, counted here in UTF-16 units (never fewer than Telegram counts). */
    public static final int TELEGRAM_LIMIT = 4096;

    /** Learner rows kept before question rows are given up for space. */
    private static final int MIN_LEARNER_ROWS = 10;
    private static final int NAME_WIDTH = 18;
    private static final int PROMPT_WIDTH = 32;
    private static final int TITLE_WIDTH = 100;

    private ReportText() {
    }

    /** The report as plain text of at most {@link #TELEGRAM_LIMIT} characters. */
    public static String table(ClassReport report) {
        int learners = report.learners().size();
        int questions = report.questionStats().size();
        int keptLearners = largest(0, learners, shown -> fits(render(report, shown, questions)));
        if (keptLearners >= Math.min(learners, MIN_LEARNER_ROWS)) {
            return render(report, keptLearners, questions);
        }
        int fewLearners = Math.min(learners, MIN_LEARNER_ROWS);
        int keptQuestions = largest(0, questions, shown -> fits(render(report, fewLearners, shown)));
        if (keptQuestions >= 0) {
            return render(report, fewLearners, keptQuestions);
        }
        // Only with absurdly long lines: the titles are capped, so no learners and no questions always fit.
        return render(report, Math.max(0, largest(0, fewLearners, shown -> fits(render(report, shown, 0)))), 0);
    }

    private static boolean fits(String text) {
        return text.length() <= TELEGRAM_LIMIT;
    }

    /** The largest value in {@code low…high} that fits, or {@code low − 1}; {@code fits} must be monotone. */
    private static int largest(int low, int high, IntPredicate fits) {
        int best = low - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (fits.test(middle)) {
                best = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    private static String render(ClassReport report, int learnerRows, int questionRows) {
        ClassSummary summary = report.summary();
        int total = report.questions().size();
        var text = new StringBuilder();
        text.append(clip(report.className(), TITLE_WIDTH)).append(" · ").append(clip(report.setTitle(), TITLE_WIDTH))
                .append(" (").append(total).append(total == 1 ? " question)" : " questions)").append('\n');
        text.append(summary.members()).append(" members · ").append(summary.started()).append(" started · ")
                .append(summary.done()).append(" done").append('\n');
        if (summary.meanScorePercent() != null) {
            text.append("Score of those who started: mean ").append(oneDecimal(summary.meanScorePercent()))
                    .append("% · median ").append(oneDecimal(summary.medianScorePercent())).append("%\n");
        }

        text.append('\n').append(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %5s %5s %8s %4s %7s\n",
                "Learner", "Score", "Right", "Answered", "Done", "Time"));
        for (LearnerRow row : report.learners().subList(0, learnerRows)) {
            text.append(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %4d%% %5d %8s %4s %7s\n",
                    clip(row.name(), NAME_WIDTH), Math.round(row.scorePercent()), row.correct(),
                    row.answered() + "/" + row.total(), row.done() ? "yes" : "no", time(row.time())));
        }
        if (learnerRows < report.learners().size()) {
            text.append("… and ").append(report.learners().size() - learnerRows).append(" more\n");
        }

        text.append('\n').append(String.format(Locale.ROOT, "%-4s %8s %7s %5s  %s\n",
                "Q", "Answered", "Correct", "D", "Prompt"));
        for (QuestionStats question : report.questionStats().subList(0, questionRows)) {
            text.append(String.format(Locale.ROOT, "%-4s %8d %7s %5s  %s\n", "Q" + question.number(),
                    question.answered(), percent(question.shareCorrect()), discrimination(question.discrimination()),
                    clip(question.prompt(), PROMPT_WIDTH)));
        }
        if (questionRows < report.questionStats().size()) {
            text.append("… and ").append(report.questionStats().size() - questionRows).append(" more questions\n");
        }
        text.append(summary.discriminationGroupSize() > 0
                ? "Correct: of those who answered. D (−1…+1): top " + summary.discriminationGroupSize()
                        + " vs bottom " + summary.discriminationGroupSize() + " of " + summary.started()
                        + " starters; near 0 or negative: check the question.\n"
                : "Correct: of those who answered. D needs 2 or more starters.\n");
        return text.toString();
    }

    /** One line, at most {@code width} code points, control characters as spaces, "…" where cut. */
    static String clip(String text, int width) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= width) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    private static String discrimination(Double value) {
        if (value == null) {
            return "–";
        }
        String formatted = String.format(Locale.ROOT, "%+.2f", value);
        return formatted.equals("+0.00") || formatted.equals("-0.00") ? "0.00" : formatted;
    }

    private static String time(Duration time) {
        if (time == null) {
            return "–";
        }
        long seconds = time.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
