package quizbot.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The review schedule (written together with answers, see {@link AnswerStore}). Implementations are thread-safe. */
public interface ReviewStore {

    Optional<ReviewCard> card(long userId, String setId, String questionId);

    /** The user's cards due at {@code now}, earliest first (then by set id and question id), at most {@code limit}. */
    List<ReviewCard> due(long userId, Instant now, int limit);
}
