package quizbot.quiz;

import java.time.Instant;

/** A teacher's class; learners join it with its code (a deep link {@code join_<code>}). {@code id} is 0 until stored. */
public record Classroom(long id, long teacherId, String name, String joinCode, Instant createdAt) {
}
