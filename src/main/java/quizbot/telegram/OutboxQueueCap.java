package quizbot.telegram;

import java.util.function.Function;

/**
 * The cap on one chat's queue. A chat takes about a call a second; a learner who asks faster (five {@code /quiz} a
 * second) would otherwise queue calls without bound and read answers minutes late. When the queue is full, a new call
 * supersedes the oldest queued plain message that is not in flight, so the newest state reaches the learner. Edits,
 * commands and button answers are never superseded: a queue of nothing else grows past the cap. Immutable.
 */
final class OutboxQueueCap {

    private final int capacity;

    OutboxQueueCap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a chat queue holds at least one call: " + capacity);
        }
        this.capacity = capacity;
    }

    /** {@code queued}: the calls of one chat, the one in flight included. */
    boolean isFull(int queued) {
        return queued >= capacity;
    }

    /**
     * The call a newcomer to a full queue supersedes, or null when none may go. {@code queued} in queue order;
     * {@code firstInFlight}: its first call is being sent right now.
     */
    <J> J superseded(Iterable<J> queued, boolean firstInFlight, Function<? super J, Outgoing<?>> outgoing) {
        boolean first = true;
        for (J call : queued) {
            if (!(first && firstInFlight) && outgoing.apply(call).supersedable()) {
                return call;
            }
            first = false;
        }
        return null;
    }
}
