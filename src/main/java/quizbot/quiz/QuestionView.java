package quizbot.quiz;

import java.time.Duration;
import java.util.List;
import quizbot.questions.Question;

/**
 * A question as one learner sees it in one quiz: its position (0-based) out of the total, and its
 * options in this session's shuffled order (empty for a typed question). {@code timeLimit} may be null.
 */
public record QuestionView(long sessionId, int position, int total, String setTitle, Question question,
                           List<String> options, Duration timeLimit) {

    public QuestionView {
        options = List.copyOf(options);
    }
}
