package quizbot.report;

import java.util.Objects;

/** One question of the assigned set, in the set's order; the prompt is shown in the CSV and the text table. */
public record QuestionColumn(String questionId, String prompt) {

    public QuestionColumn {
        Objects.requireNonNull(questionId, "questionId");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("questionId is blank");
        }
        prompt = prompt == null ? "" : prompt;
    }
}
