package quizbot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One quiz of one learner in one chat: the questions drawn (in order), the seed that shuffles
 * their options, and when the current question was shown (for the time limit). The position of the
 * current question is the number of answers recorded, so recording an answer is what moves the
 * quiz on. {@code id} is 0 until stored; {@code timeLimit} and {@code questionShownAt} may be null.
 */
public record QuizSession(long id, long userId, long chatId, String setId, int setVersion, List<String> questionIds,
                          long seed, boolean review, SessionStatus status, Instant startedAt, Duration timeLimit,
                          Instant questionShownAt) {

    public QuizSession {
        questionIds = List.copyOf(questionIds);
        if (questionIds.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one question");
        }
    }

    public int size() {
        return questionIds.size();
    }

    QuizSession withId(long newId) {
        return new QuizSession(newId, userId, chatId, setId, setVersion, questionIds, seed, review, status, startedAt,
                timeLimit, questionShownAt);
    }
}
