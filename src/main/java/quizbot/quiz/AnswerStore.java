package quizbot.quiz;

import java.util.List;

/** Answers and the review schedule they update. Implementations are thread-safe. */
public interface AnswerStore {

    /**
     * Records the answer and the question's new review card in one step. Returns false, and writes
     * nothing, when that position, or that question, of that session has an answer already.
     */
    boolean record(Answer answer, ReviewCard card);

    /**
     * Records like {@link #record} and, in the same step, moves the answer's session on: after the
     * {@code last} question it is FINISHED at the answer's time, otherwise the next question counts
     * as shown then. So a crash cannot leave an answered question open or a finished quiz active.
     */
    boolean recordAndMoveOn(Answer answer, ReviewCard card, boolean last);

    /** The session's answers in position order. */
    List<Answer> ofSession(long sessionId);
}
