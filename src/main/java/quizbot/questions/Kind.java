package quizbot.questions;

import java.util.Arrays;
import java.util.Locale;

/** What kind of fact a question asks about; used for per-kind statistics. */
public enum Kind {
    DATE, NUMBER, MONEY, PERSON, ORGANISATION, PLACE, TREATY, OTHER;

    /** The name used in files: lower case, as in {@code "organisation"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromJsonName(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.jsonName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown kind \"" + name + "\"; expected one of " + Arrays.toString(jsonNames())));
    }

    static String[] jsonNames() {
        return Arrays.stream(values()).map(Kind::jsonName).toArray(String[]::new);
    }
}
