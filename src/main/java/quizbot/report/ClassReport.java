package quizbot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Who learned what in one assignment: a row per class member, figures per question, and a class summary.
 * Immutable and thread-safe.
 *
 * <p>Rows are ranked by score (descending), then by name (case-insensitive, then exact), then by user id, so
 * ties always come out in the same order.
 *
 * <p><b>Discrimination index</b> (the classic upper/lower-group index of Moodle's old item analysis): take the
 * {@code n} learners who answered at least one question, in the ranking above (their total right answers,
 * ties by name, then user id). The group size is {@code g = max(1, floor(n / 3))}; the top group is the first
 * {@code g}, the bottom group the last {@code g}. For each question
 * {@code D = (right answers in the top group − right answers in the bottom group) / g}, in −1…+1; an unanswered
 * question counts as not right. D is undefined (null) when {@code n < 2} or when the groups would overlap
 * ({@code 2g > n}, which this rule never produces for {@code n ≥ 2}). A positive D means strong learners got
 * the question right more often than weak ones; near 0 it does not separate them; negative is a warning sign
 * (a misleading question or a wrong key).
 */
public record ClassReport(String className, String setTitle, List<QuestionColumn> questions,
                          List<LearnerRow> learners, List<QuestionStats> questionStats, ClassSummary summary) {

    /** The report's ranking: score descending, then name, then user id. */
    public static final Comparator<LearnerRow> RANKING = Comparator.comparingInt(LearnerRow::correct).reversed()
            .thenComparing(LearnerRow::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(LearnerRow::name)
            .thenComparingLong(LearnerRow::userId);

    public ClassReport {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(setTitle, "setTitle");
        questions = List.copyOf(questions);
        learners = List.copyOf(learners);
        questionStats = List.copyOf(questionStats);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Computes the report. Answers to question ids not in {@code questions} are ignored (the set may have
     * changed since); every member appears once, including those who never started.
     *
     * @throws IllegalArgumentException when there are no questions, or a question id or user id repeats
     */
    public static ClassReport of(String className, String setTitle, List<QuestionColumn> questions,
                                 List<LearnerAttempt> learners) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one question");
        }
        var questionIds = new HashSet<String>();
        for (QuestionColumn question : questions) {
            if (!questionIds.add(question.questionId())) {
                throw new IllegalArgumentException("question id " + question.questionId() + " appears twice");
            }
        }
        var userIds = new HashSet<Long>();
        var rows = new ArrayList<LearnerRow>();
        for (LearnerAttempt attempt : learners) {
            if (!userIds.add(attempt.userId())) {
                throw new IllegalArgumentException("user " + attempt.userId() + " appears twice");
            }
            rows.add(row(attempt, questions));
        }
        rows.sort(RANKING);
        List<LearnerRow> started = rows.stream().filter(LearnerRow::started).toList();
        int groupSize = discriminationGroupSize(started.size());

        var stats = new ArrayList<QuestionStats>();
        for (int index = 0; index < questions.size(); index++) {
            stats.add(statsOf(index, questions.get(index), rows, started, groupSize));
        }
        return new ClassReport(className, setTitle, questions, rows, stats, summaryOf(rows, started, groupSize));
    }

    /** The size of each of the top and bottom groups for {@code started} learners, 0 when D is undefined. */
    static int discriminationGroupSize(int started) {
        if (started < 2) {
            return 0;
        }
        int groupSize = Math.max(1, started / 3);
        return 2 * groupSize > started ? 0 : groupSize;
    }

    private static LearnerRow row(LearnerAttempt attempt, List<QuestionColumn> questions) {
        var marks = new ArrayList<Mark>(questions.size());
        int correct = 0;
        int answered = 0;
        for (QuestionColumn question : questions) {
            Boolean right = attempt.correctByQuestionId().get(question.questionId());
            if (right == null) {
                marks.add(Mark.UNANSWERED);
            } else {
                answered++;
                if (right) {
                    correct++;
                }
                marks.add(right ? Mark.RIGHT : Mark.WRONG);
            }
        }
        double score = 100.0 * correct / questions.size();
        return new LearnerRow(attempt.userId(), attempt.name(), correct, answered, questions.size(), score,
                attempt.done(), answered == 0 ? null : attempt.time(), marks);
    }

    private static QuestionStats statsOf(int index, QuestionColumn question, List<LearnerRow> rows,
                                         List<LearnerRow> started, int groupSize) {
        int answered = 0;
        int correct = 0;
        for (LearnerRow row : rows) {
            Mark mark = row.marks().get(index);
            if (mark != Mark.UNANSWERED) {
                answered++;
            }
            if (mark == Mark.RIGHT) {
                correct++;
            }
        }
        Double share = answered == 0 ? null : (double) correct / answered;
        Double discrimination = null;
        if (groupSize > 0) {
            int top = rightAnswers(started.subList(0, groupSize), index);
            int bottom = rightAnswers(started.subList(started.size() - groupSize, started.size()), index);
            discrimination = (double) (top - bottom) / groupSize;
        }
        return new QuestionStats(index + 1, question.questionId(), question.prompt(), answered, correct, share,
                discrimination);
    }

    private static int rightAnswers(List<LearnerRow> group, int index) {
        return (int) group.stream().filter(row -> row.marks().get(index) == Mark.RIGHT).count();
    }

    private static ClassSummary summaryOf(List<LearnerRow> rows, List<LearnerRow> started, int groupSize) {
        int done = (int) rows.stream().filter(LearnerRow::done).count();
        if (started.isEmpty()) {
            return new ClassSummary(rows.size(), 0, done, null, null, groupSize);
        }
        double[] scores = started.stream().mapToDouble(LearnerRow::scorePercent).sorted().toArray();
        double mean = 0;
        for (double score : scores) {
            mean += score;
        }
        mean /= scores.length;
        int middle = scores.length / 2;
        double median = scores.length % 2 == 1 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2;
        return new ClassSummary(rows.size(), started.size(), done, mean, median, groupSize);
    }
}
