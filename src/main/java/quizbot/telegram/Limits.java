package quizbot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the bot may send: at most {@code globalPerSecond} calls in any second overall; per chat a token bucket
 * of {@code chatBurst} calls refilled at {@code chatPerSecond}; per group (negative chat id) additionally at most
 * {@code groupMessages} in any {@code groupWindow}. Button answers (answerCallbackQuery) are not messages and
 * count toward none of these. Tests scale these down to stay fast.
 */
public record Limits(int globalPerSecond, double chatPerSecond, int chatBurst, int groupMessages, Duration groupWindow) {

    /**
     * Telegram's published limits (~30 messages/s overall, ~1/s per chat with short bursts, 20/min
     * per group), with the overall rate held at 28/s: calls sent a second apart can arrive closer
     * together, and the margin keeps jitter from ever making 31 in one of Telegram's seconds.
     */
    public static final Limits TELEGRAM = new Limits(28, 1.0, 3, 20, Duration.ofMinutes(1));

    public Limits {
        Objects.requireNonNull(groupWindow, "groupWindow");
        if (globalPerSecond < 1 || chatBurst < 1 || groupMessages < 1) {
            throw new IllegalArgumentException("limits must allow at least one call: " + globalPerSecond + "/s, burst "
                    + chatBurst + ", " + groupMessages + " per group window");
        }
        if (!(chatPerSecond > 0) || groupWindow.isNegative() || groupWindow.isZero()) {
            throw new IllegalArgumentException("rates and windows must be positive: " + chatPerSecond + "/s, " + groupWindow);
        }
    }
}
