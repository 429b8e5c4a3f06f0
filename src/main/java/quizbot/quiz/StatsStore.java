package quizbot.quiz;

import java.time.Instant;
import java.util.List;
import quizbot.questions.Kind;

/** Totals, leaderboards and per-kind shares, computed by the store (in SQL for SQLite). Implementations are thread-safe. */
public interface StatsStore {

    /** A learner's totals over all quizzes. */
    record Totals(int quizzes, int answered, int correct) {
    }

    /** One quiz as it ended (or stands, if still active): set title, right answers out of questions. */
    record QuizResult(long sessionId, String setTitle, int correct, int answered, int questions, SessionStatus status,
                      Instant startedAt) {
    }

    /** A leaderboard line: right answers over everything answered. */
    record Standing(long userId, String name, int correct, int answered) {
    }

    /** How a learner does on one kind of question. */
    record KindShare(Kind kind, int correct, int answered) {
    }

    Totals totals(long userId);

    /** The user's most recent quizzes, newest first. */
    List<QuizResult> recentQuizzes(long userId, int limit);

    /** Learners by right answers (most first, then fewer answered, then id); only answers given in {@code chatId} when it is not null. */
    List<Standing> leaderboard(Long chatId, int limit);

    /** The user's answers by kind, in the order of {@link Kind}. */
    List<KindShare> byKind(long userId);
}
