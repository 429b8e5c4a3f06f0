package quizbot.telegram;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call waiting in the {@link Outbox}: the chat it goes to (0 for calls tied to no chat, negative for
 * groups), the method name for logs, how to execute it, and what to do with the result.
 */
record Outgoing<T extends Serializable>(long chatId, String method, ApiCall<T> call, Consumer<? super T> onDelivered) {

    /** Not polls: a group quiz moves on only once its poll is out, so a poll is never superseded. */
    private static final Set<String> PLAIN_MESSAGES = Set.of("sendmessage", "sendphoto", "senddocument");

    /** Executes one Bot API call; the client throws on failure. */
    @FunctionalInterface
    interface ApiCall<T extends Serializable> {
        T execute(TelegramClient client) throws TelegramApiException;
    }

    Outgoing {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(call, "call");
        onDelivered = onDelivered == null ? result -> { } : onDelivered;
    }

    /** A button answer stops the learner's spinner: it skips the chat's queue and the rate limits, which are for messages. */
    boolean urgent() {
        return method.equalsIgnoreCase(AnswerCallbackQuery.PATH);
    }

    /**
     * True for a call that may safely run twice: a second edit to the same text, a second answer to a button or
     * the same commands set again change nothing (Telegram refuses the repeat with a 400). A message or poll
     * sent twice arrives twice.
     */
    boolean idempotent() {
        return !method.toLowerCase(Locale.ROOT).startsWith("send");
    }

    /**
     * True for a plain message (text, photo, document): in a chat's full queue a newer call supersedes it, so the
     * learner gets the newest state. An edit, a poll, a button answer or a command is never superseded.
     */
    boolean supersedable() {
        return PLAIN_MESSAGES.contains(method.toLowerCase(Locale.ROOT));
    }

    void deliver(T result) {
        onDelivered.accept(result);
    }
}
