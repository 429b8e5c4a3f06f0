package quizbot.quiz;

import java.util.function.Function;

/** What a teaching request came to: done, with its value, or refused, with the reason as a value. Immutable. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
        @Override
        public <U> Outcome<U> then(Function<T, Outcome<U>> next) {
            return next.apply(value);
        }
    }

    /** Refused, with the reason; the chat words it. */
    record Refused<T>(Refusal reason) implements Outcome<T> {
        @Override
        public <U> Outcome<U> then(Function<T, Outcome<U>> next) {
            return new Refused<>(reason);
        }
    }

    /** The outcome of {@code next} on the value when done; this refusal otherwise. */
    <U> Outcome<U> then(Function<T, Outcome<U>> next);

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal reason) {
        return new Refused<>(reason);
    }
}
