package quizbot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link Outbox} works apart from the rate limits; tests shorten the waits. {@code chatQueueCap}: calls queued
 * for one chat (the one in flight included) before a new plain message supersedes the oldest queued one.
 * {@code maxFloodWait}: the longest {@code retry_after} worth waiting; beyond it the call is given up and the
 * chat's calls are dropped until the wait is over. {@code cautiousStart}: start as if the previous process had
 * just sent (see the {@link Outbox} constructor that takes a clock); off only in tests that measure a burst.
 * Immutable.
 */
record OutboxTuning(int workers, Duration firstBackoff, Duration maxBackoff, int maxAttempts, int maxFloodWaits,
                    Duration flushTimeout, int chatQueueCap, Duration maxFloodWait, boolean cautiousStart) {

    /**
     * 50: never less than what the flood guard lets one learner ask at once (a burst of 20 updates, each
     * answered with up to two messages, e.g. a verdict and the next question, plus its slow-down notice), so the
     * cap drops nothing a burst the guard admitted; beyond that the chat is asked steadily for more than its 1/s,
     * and the cap keeps its backlog under a minute instead of growing by the hour.
     */
    static final int CHAT_QUEUE_CAP = 50;
    /**
     * Five minutes: a learner who waits longer has left, and a quiz question older than that is stale; Telegram
     * answers hours (even a day) after a flood, and holding a chat's calls that long only lets its queue rot.
     */
    static final Duration MAX_FLOOD_WAIT = Duration.ofMinutes(5);
    static final OutboxTuning DEFAULT = new OutboxTuning(8, Duration.ofMillis(500), Duration.ofSeconds(8), 6, 10,
            Duration.ofSeconds(10), CHAT_QUEUE_CAP, MAX_FLOOD_WAIT, true);

    OutboxTuning {
        if (workers < 1 || maxAttempts < 1 || maxFloodWaits < 0 || chatQueueCap < 1) {
            throw new IllegalArgumentException("workers, attempts and the chat queue cap must be positive");
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(flushTimeout, "flushTimeout");
        Objects.requireNonNull(maxFloodWait, "maxFloodWait");
    }

    /** The retry settings; the rest as in {@link #DEFAULT}. */
    OutboxTuning(int workers, Duration firstBackoff, Duration maxBackoff, int maxAttempts, int maxFloodWaits,
                 Duration flushTimeout) {
        this(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout, CHAT_QUEUE_CAP,
                MAX_FLOOD_WAIT, true);
    }

    OutboxTuning withChatQueueCap(int cap) {
        return new OutboxTuning(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout, cap,
                maxFloodWait, cautiousStart);
    }

    OutboxTuning withMaxFloodWait(Duration longest) {
        return new OutboxTuning(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout,
                chatQueueCap, longest, cautiousStart);
    }

    OutboxTuning withCautiousStart(boolean cautious) {
        return new OutboxTuning(workers, firstBackoff, maxBackoff, maxAttempts, maxFloodWaits, flushTimeout,
                chatQueueCap, maxFloodWait, cautious);
    }
}
