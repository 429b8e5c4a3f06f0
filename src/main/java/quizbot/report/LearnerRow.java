package quizbot.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One learner's line of the report. {@code scorePercent} is right answers out of <em>all</em> questions of
 * the set (not out of those answered), so an unfinished attempt scores low. {@code time} is null when unknown
 * or when nothing was answered. {@code marks} follow the set's question order.
 */
public record LearnerRow(long userId, String name, int correct, int answered, int total, double scorePercent,
                         boolean done, Duration time, List<Mark> marks) {

    public LearnerRow {
        Objects.requireNonNull(name, "name");
        marks = List.copyOf(marks);
        if (marks.size() != total || correct < 0 || correct > answered || answered > total) {
            throw new IllegalArgumentException("inconsistent row for user " + userId + ": " + correct + " right, "
                    + answered + " answered, " + total + " questions, " + marks.size() + " marks");
        }
    }

    /** Whether the learner answered at least one question; only these count in the score statistics. */
    public boolean started() {
        return answered > 0;
    }
}
