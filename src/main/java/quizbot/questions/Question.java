package quizbot.questions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One question of a set. {@code choice}: 2–10 distinct options, {@code correct} the 0-based index.
 * {@code true_false}: options exactly ["True", "False"]. {@code typed}: no options, {@code accepted}
 * lists the answers taken as right (compared ignoring case and surrounding space).
 * Lengths fit Telegram's quiz polls (see {@link Limits}). Immutable.
 */
public record Question(
        String id,
        QuestionType type,
        Kind kind,
        String prompt,
        List<String> options,
        Integer correct,
        List<String> accepted,
        String explanation,
        String source) {

    public static final List<String> TRUE_FALSE_OPTIONS = List.of("True", "False");

    public Question {
        if (id == null || id.isBlank()) {
            throw new InvalidQuestionException(null, "id", "is missing");
        }
        require(id, "type", type != null, "is missing");
        require(id, "kind", kind != null, "is missing");
        require(id, "prompt", prompt != null && !prompt.isBlank(), "is missing");
        require(id, "prompt", prompt.length() <= Limits.MAX_PROMPT,
                "is " + prompt.length() + " characters; at most " + Limits.MAX_PROMPT + " fit a Telegram poll");
        requireWellFormed(id, "prompt", prompt);
        requireWellFormed(id, "explanation", explanation);
        requireWellFormed(id, "source", source);
        options = copyOf(id, "options", options, "contains an empty option");
        accepted = copyOf(id, "accepted", accepted, "contains an empty answer");
        options.forEach(option -> requireWellFormed(id, "options", option));
        accepted.forEach(answer -> requireWellFormed(id, "accepted", answer));
        if (explanation != null) {
            require(id, "explanation", explanation.length() <= Limits.MAX_EXPLANATION,
                    "is " + explanation.length() + " characters; at most " + Limits.MAX_EXPLANATION + " fit a Telegram poll");
        }
        switch (type) {
            case CHOICE -> {
                require(id, "options", options.size() >= Limits.MIN_OPTIONS && options.size() <= Limits.MAX_OPTIONS,
                        "has " + options.size() + (options.size() == 1 ? " option" : " options") + "; a choice question needs 2 to 10");
                checkOptions(id, options);
                require(id, "correct", correct != null, "is missing");
                require(id, "correct", correct >= 0 && correct < options.size(),
                        "is " + correct + "; must be an index from 0 to " + (options.size() - 1));
                require(id, "accepted", accepted.isEmpty(), "is only for typed questions");
            }
            case TRUE_FALSE -> {
                require(id, "options", options.equals(TRUE_FALSE_OPTIONS), "must be [\"True\", \"False\"] for true_false");
                require(id, "correct", correct != null, "is missing");
                require(id, "correct", correct == 0 || correct == 1, "is " + correct + "; must be 0 (True) or 1 (False)");
                require(id, "accepted", accepted.isEmpty(), "is only for typed questions");
            }
            case TYPED -> {
                require(id, "options", options.isEmpty(), "must be empty for a typed question");
                require(id, "correct", correct == null, "must be absent for a typed question; use accepted");
                require(id, "accepted", !accepted.isEmpty(), "is missing; a typed question needs at least one accepted answer");
                for (String answer : accepted) {
                    require(id, "accepted", answer != null && !answer.isBlank(), "contains an empty answer");
                }
            }
        }
    }

    /** List.copyOf would throw a bare NullPointerException on a null element; name the field instead. */
    private static List<String> copyOf(String id, String field, List<String> list, String problem) {
        if (list == null) {
            return List.of();
        }
        require(id, field, list.stream().noneMatch(Objects::isNull), problem);
        return List.copyOf(list);
    }

    /** Text that cannot be written as UTF-8 (an unpaired surrogate) would come back changed from a file. */
    static void requireWellFormed(String id, String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
                    : !Character.isLowSurrogate(c);
            if (!paired) {
                throw new InvalidQuestionException(id, field, "contains a broken character (half of a UTF-16 surrogate pair)");
            }
        }
    }

    private static void checkOptions(String id, List<String> options) {
        var seen = new HashSet<String>();
        for (String option : options) {
            require(id, "options", option != null && !option.isBlank(), "contains an empty option");
            require(id, "options", option.length() <= Limits.MAX_OPTION,
                    "option \"" + option + "\" is " + option.length() + " characters; at most " + Limits.MAX_OPTION + " fit a Telegram poll");
            require(id, "options", seen.add(option.strip().toLowerCase(Locale.ROOT)), "option \"" + option + "\" appears twice");
        }
    }

    private static void require(String id, String field, boolean condition, String problem) {
        if (!condition) {
            throw new InvalidQuestionException(id, field, problem);
        }
    }

    /** The text of the right answer: the correct option, or the first accepted answer of a typed question. */
    public String correctAnswer() {
        return type == QuestionType.TYPED ? accepted.get(0) : options.get(correct);
    }
}
