package quizbot.report;

import java.util.Objects;

/**
 * Figures for one question. {@code number} is 1-based in set order. {@code shareCorrect} (0…1) is of those who
 * answered it, null when nobody did. {@code discrimination} (−1…+1) is the upper/lower-group index described on
 * {@link ClassReport}, null when fewer than two learners started.
 */
public record QuestionStats(int number, String questionId, String prompt, int answered, int correct,
                            Double shareCorrect, Double discrimination) {

    public QuestionStats {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
    }
}
