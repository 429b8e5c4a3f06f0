package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.quiz.Outcome;
import quizbot.quiz.Refusal;

/**
 * A class name at the start of a command, followed by what the command takes after it
 * ("/assign Year 9 History treaty 10"). A name may have spaces, so the words are read every way
 * the rest fits, and the first reading whose class exists wins. Stateless.
 */
final class ClassArgument {

    /** One reading: the class name and the rest, matched. */
    record Reading(String className, Matcher rest) {
    }

    private ClassArgument() {
    }

    /** Every reading of the words as a class name followed by {@code rest} (matched whole, may be empty), longest name first. */
    static List<Reading> readings(String argument, Pattern rest) {
        String[] words = argument.strip().split("\\s+");
        var readings = new ArrayList<Reading>();
        for (int end = words.length; end >= 1 && !words[0].isEmpty(); end--) {
            Matcher matcher = rest.matcher(String.join(" ", List.of(words).subList(end, words.length)));
            if (matcher.matches()) {
                readings.add(new Reading(String.join(" ", List.of(words).subList(0, end)), matcher));
            }
        }
        return readings;
    }

    /** A request tried for one reading of a command (or what was made of it), and its outcome. */
    record Tried<C, T>(C candidate, Outcome<T> outcome) {
    }

    /**
     * {@code request} tried for each candidate in turn, until one names a class the teacher has; when none does, the
     * first (the longest name) with its refusal. Empty candidates: null (the command's usage applies).
     */
    static <C, T> Tried<C, T> first(List<C> candidates, Function<C, Outcome<T>> request) {
        Tried<C, T> noSuchClass = null;
        for (C candidate : candidates) {
            var tried = new Tried<>(candidate, request.apply(candidate));
            if (!(tried.outcome() instanceof Outcome.Refused<T> refused && refused.reason() instanceof Refusal.NoSuchClass)) {
                return tried;
            }
            noSuchClass = noSuchClass == null ? tried : noSuchClass;
        }
        return noSuchClass;
    }
}
