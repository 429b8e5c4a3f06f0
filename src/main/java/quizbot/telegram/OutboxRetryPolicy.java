package quizbot.telegram;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * The retry decision for a failed call: a 429 waits its {@code retry_after} ({@link OutboxFloodPolicy}); a 5xx, an
 * unreadable answer or a connection that never reached the server backs off exponentially; a call whose outcome is
 * unknown is retried only when running it twice changes nothing; anything else is dropped. Each decision is logged,
 * without the bot token. Keeps no state of its own (the attempts are counted on the job), so thread-safe.
 */
final class OutboxRetryPolicy {

    /** Logged as the outbox's own decisions. */
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** Try the call again after the delay; or, with {@code giveUp}, drop it and the chat's calls for that long. */
    record Retry(long delayNanos, boolean giveUp) {
    }

    private final OutboxFloodPolicy floodPolicy;
    private final int maxAttempts;
    private final long firstBackoff;
    private final long maxBackoff;

    OutboxRetryPolicy(OutboxTuning tuning) {
        this.floodPolicy = new OutboxFloodPolicy(tuning.maxFloodWaits(), tuning.maxFloodWait());
        this.maxAttempts = tuning.maxAttempts();
        this.firstBackoff = tuning.firstBackoff().toNanos();
        this.maxBackoff = tuning.maxBackoff().toNanos();
    }

    /** What to do after a failed call: a retry, a flood wait not worth waiting (give up), or null to drop it; logged. */
    Retry judge(OutboxJob<?> job, TelegramApiException failure) {
        String method = job.outgoing.method();
        long chatId = job.outgoing.chatId();
        if (failure instanceof TelegramApiRequestException) {
            TelegramApiRequestException refused = (TelegramApiRequestException) failure;
            int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
            if (code == 429) {
                int seconds = OutboxFloodPolicy.retryAfterSeconds(refused);
                OutboxFloodPolicy.Verdict verdict = floodPolicy.judge(seconds, job.floodWaits);
                if (verdict == OutboxFloodPolicy.Verdict.MUTE_CHAT) {
                    log.warn("Gave up {} to chat {}: Telegram asks to wait {} s, more than the {} s worth waiting; "
                            + "calls to the chat are dropped until then", method, chatId, seconds,
                            floodPolicy.maxWaitSeconds());
                    return new Retry(TimeUnit.SECONDS.toNanos(seconds), true);
                }
                if (verdict == OutboxFloodPolicy.Verdict.GIVE_UP) {
                    log.warn("Gave up {} to chat {}: still flood-limited after {} waits", method, chatId,
                            job.floodWaits);
                    return null;
                }
                job.floodWaits++;
                log.info("Flood control: {} to chat {} waits {} s", method, chatId, seconds);
                return new Retry(TimeUnit.SECONDS.toNanos(seconds), false);
            }
            if (code >= 500 || code == 0 && OutboxFailures.hasCause(failure, IOException.class)) {
                return backOff(job, failure);
            }
            if (code != 0 && job.mayHaveLanded) {
                log.info("{} to chat {} refused on retry, so the earlier attempt of unknown outcome landed: {}", method,
                        chatId, OutboxFailures.describe(failure));
                return null;
            }
            if (code != 0) {
                log.warn("Telegram refused {} to chat {}: {}", method, chatId, OutboxFailures.describe(failure));
                return null;
            }
        }
        if (failure instanceof TelegramApiValidationException) {
            log.warn("Invalid {} to chat {} not sent: {}", method, chatId, OutboxFailures.describe(failure));
            return null;
        }
        if (OutboxFailures.neverReachedServer(failure)) {
            return backOff(job, failure);
        }
        if (job.outgoing.idempotent()) {
            job.mayHaveLanded = true;
            return backOff(job, failure);
        }
        log.warn("Outcome of {} to chat {} unknown; not retried, so it cannot arrive twice: {}", method, chatId,
                OutboxFailures.describe(failure));
        return null;
    }

    private Retry backOff(OutboxJob<?> job, TelegramApiException failure) {
        int attempts = ++job.failedAttempts;
        if (attempts >= maxAttempts) {
            log.warn("Gave up {} to chat {} after {} attempts: {}", job.outgoing.method(), job.outgoing.chatId(),
                    attempts, OutboxFailures.describe(failure));
            return null;
        }
        long first = firstBackoff;
        long delay = Math.min(maxBackoff, first << Math.min(attempts - 1, 30));
        log.info("{} to chat {} failed ({}); attempt {} in {} ms", job.outgoing.method(), job.outgoing.chatId(),
                OutboxFailures.describe(failure), attempts + 1, TimeUnit.NANOSECONDS.toMillis(delay));
        return new Retry(delay, false);
    }
}
