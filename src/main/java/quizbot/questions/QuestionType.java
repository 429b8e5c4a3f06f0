package quizbot.questions;

import java.util.Arrays;
import java.util.Locale;

/** How a question is answered: pick an option, true or false, or type the answer. */
public enum QuestionType {
    CHOICE, TRUE_FALSE, TYPED;

    /** The name used in files: {@code choice}, {@code true_false}, {@code typed}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionType fromJsonName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.jsonName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown type \"" + name + "\"; expected choice, true_false or typed"));
    }
}
