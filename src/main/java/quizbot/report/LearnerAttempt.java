package quizbot.report;

import java.time.Duration;
import java.util.Map;

/**
 * What one class member did with the assignment. {@code done} means they answered every question;
 * {@code correctByQuestionId} holds only the questions they answered (true = right). A member who never
 * started has an empty map and a zero or null time. A missing or blank name becomes {@code "user <id>"},
 * so a report never fails over a name.
 */
public record LearnerAttempt(long userId, String name, boolean done, Map<String, Boolean> correctByQuestionId,
                             Duration time) {

    public LearnerAttempt {
        name = name == null || name.isBlank() ? "user " + userId : name;
        correctByQuestionId = correctByQuestionId == null ? Map.of() : Map.copyOf(correctByQuestionId);
        if (time != null && time.isNegative()) {
            throw new IllegalArgumentException("time of user " + userId + " is negative: " + time);
        }
    }
}
