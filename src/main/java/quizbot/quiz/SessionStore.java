package quizbot.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Quiz sessions. At most one is active per user and chat. Implementations are thread-safe. */
public interface SessionStore {

    /** Stops the user's active quiz in that chat, if any, and stores this one, in one step; returns it with its id. */
    QuizSession start(QuizSession session);

    Optional<QuizSession> active(long userId, long chatId);

    /** Every active session in a chat, of any user (the members of a group quiz). */
    List<QuizSession> activeIn(long chatId);

    Optional<QuizSession> session(long sessionId);

    /** Notes when the current question was shown, which starts its time limit. */
    void questionShown(long sessionId, Instant at);

    /** Ends an active session; does nothing to one already ended. */
    void end(long sessionId, SessionStatus status, Instant at);
}
