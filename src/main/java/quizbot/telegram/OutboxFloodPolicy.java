package quizbot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a 429 (flood control) means for one call: wait {@code retry_after} and try it again; give it up after too many
 * waits; or, when Telegram asks for a wait longer than worth waiting, give it up at once and drop the chat's calls
 * until the wait is over (holding them for hours only lets the chat's queue rot). Immutable, so thread-safe.
 */
final class OutboxFloodPolicy {

    enum Verdict { WAIT, GIVE_UP, MUTE_CHAT }

    private final int maxWaits;
    private final long maxWaitSeconds;

    OutboxFloodPolicy(int maxWaits, Duration maxWait) {
        this.maxWaits = maxWaits;
        this.maxWaitSeconds = maxWait.toSeconds();
    }

    /** For a call told to wait {@code retryAfterSeconds} that has waited {@code waitsSoFar} times already. */
    Verdict judge(int retryAfterSeconds, int waitsSoFar) {
        if (retryAfterSeconds > maxWaitSeconds) {
            return Verdict.MUTE_CHAT;
        }
        return waitsSoFar >= maxWaits ? Verdict.GIVE_UP : Verdict.WAIT;
    }

    long maxWaitSeconds() {
        return maxWaitSeconds;
    }

    /** The wait Telegram asks for, at least 1 s (also when the answer names none). */
    static int retryAfterSeconds(TelegramApiRequestException refused) {
        if (refused.getParameters() == null || refused.getParameters().getRetryAfter() == null) {
            return 1;
        }
        return Math.max(1, refused.getParameters().getRetryAfter());
    }
}
