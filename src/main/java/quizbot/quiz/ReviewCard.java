package quizbot.quiz;

import java.time.Duration;
import java.time.Instant;

/**
 * A question's place in a learner's spaced review: Leitner boxes 1 to 5. A right answer moves the
 * card up a box, a wrong one back to box 1; each box waits longer before the card is due again.
 * Leitner rather than SM-2 because answers here are right or wrong, with no graded recall quality
 * for SM-2's ease factor, and because "box 3 of 5" is easy to explain to a learner.
 */
public record ReviewCard(long userId, String setId, String questionId, int box, Instant due) {

    public static final int TOP_BOX = 5;
    /** How long a card waits in each box: box 1 is due at once, box 5 after three weeks. */
    private static final Duration[] WAIT = {Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(21)};

    public ReviewCard {
        if (box < 1 || box > TOP_BOX) {
            throw new IllegalArgumentException("box must be 1 to " + TOP_BOX + ", was " + box);
        }
    }

    /** The card after an answer at {@code now}; {@code previous} is null for a question never answered before. */
    static ReviewCard after(ReviewCard previous, long userId, String setId, String questionId, boolean correct, Instant now) {
        int box = !correct ? 1 : previous == null ? 2 : Math.min(TOP_BOX, previous.box() + 1);
        return new ReviewCard(userId, setId, questionId, box, now.plus(WAIT[box - 1]));
    }
}
