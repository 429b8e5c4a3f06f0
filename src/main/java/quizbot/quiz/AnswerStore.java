package quizbot.quiz;

import java.util.List;

/** Answers and the review schedule they update. Implementations are thread-safe. */
public interface AnswerStore {

    /**
     * Records the answer and the question's new review card in one step. Returns false, and writes
     * nothing, when that position, or that question, of that session has an answer already.
     */
    boolean record(Answer answer, ReviewCard card);

    /** The session's answers in position order. */
    List<Answer> ofSession(long sessionId);
}
