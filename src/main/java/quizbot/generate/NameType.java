package quizbot.generate;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import quizbot.questions.Kind;

/**
 * What a name names, and the kind of question it is asked as. Written in lower case in the
 * gazetteers ({@code places.tsv}, {@code aliases.tsv}) and in the article's groups of facts
 * ("name/person").
 */
enum NameType {
    PERSON("person", Kind.PERSON),
    CITY("city", Kind.PLACE),
    COUNTRY("country", Kind.PLACE),
    REGION("region", Kind.PLACE),
    SITE("site", Kind.PLACE),
    /** A place of no known class: a nickname from {@code aliases.tsv} ("the Big Apple" is New York), or a town or district the words around it name. */
    PLACE("place", Kind.PLACE),
    COMPANY("company", Kind.ORGANISATION),
    ORGANISATION("organisation", Kind.ORGANISATION),
    CLUB("club", Kind.ORGANISATION),
    EVENT("event", Kind.OTHER),
    /** A craft or a mission by its own name: "the spacecraft Columbia", "a satellite called CALIPSO", "the Perseverance rover". */
    CRAFT("craft", Kind.OTHER),
    /** One of the article's own terms, which are no names ("lunar terrain vehicle"). */
    TERM("term", Kind.OTHER),
    /** A name whose type stays unsure. */
    NAME("name", Kind.OTHER);

    private static final Map<String, NameType> BY_WORD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NameType::word, Function.identity()));

    private final String word;
    private final Kind kind;

    NameType(String word, Kind kind) {
        this.word = word;
        this.kind = kind;
    }

    /** The type as the gazetteers write it: "person". */
    String word() {
        return word;
    }

    /** The kind of question a name of this type is asked as. */
    Kind kind() {
        return kind;
    }

    /** The type a gazetteer row names. */
    static NameType of(String word) {
        NameType type = BY_WORD.get(word);
        if (type == null) {
            throw new IllegalArgumentException("no name type \"" + word + "\"; expected one of " + BY_WORD.keySet());
        }
        return type;
    }
}
