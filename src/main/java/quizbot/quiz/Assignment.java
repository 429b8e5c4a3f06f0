package quizbot.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A quiz given to a class: one set version and the questions every member gets, an optional
 * deadline (answers after it do not count for the assignment) and an optional attempt limit
 * (null: none). {@code id} is 0 until stored.
 */
public record Assignment(long id, long classId, String setId, int setVersion, List<String> questionIds, Instant due,
                         Integer attemptLimit, Instant createdAt) {

    public Assignment {
        questionIds = List.copyOf(questionIds);
    }
}
