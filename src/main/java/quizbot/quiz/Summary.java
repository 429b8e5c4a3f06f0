package quizbot.quiz;

import java.time.Duration;
import java.util.Map;
import quizbot.questions.Kind;

/** How a quiz went: right answers out of the questions asked, the best streak, the time taken, and right/answered per kind. */
public record Summary(QuizSession session, String setTitle, int correct, int answered, int bestStreak, Duration time,
                      Map<Kind, KindScore> byKind) {

    public record KindScore(int correct, int answered) {
    }

    public Summary {
        byKind = Map.copyOf(byKind);
    }
}
