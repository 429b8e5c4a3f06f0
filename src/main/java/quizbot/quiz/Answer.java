package quizbot.quiz;

import java.time.Duration;
import java.time.Instant;
import quizbot.questions.Kind;

/**
 * One recorded answer: unique per session and position, so a double tap or a replayed press can
 * never count twice. {@code given} is the option text chosen or the text typed; an answer after the
 * time limit is recorded as expired and wrong.
 */
public record Answer(long sessionId, int position, long userId, String setId, int setVersion, String questionId,
                     Kind kind, String given, boolean correct, boolean expired, Instant answeredAt, Duration elapsed) {
}
