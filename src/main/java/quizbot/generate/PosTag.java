package quizbot.generate;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Universal Dependencies part-of-speech tag, as OpenNLP's English UD model tags a token
 * (https://universaldependencies.org/u/pos/). A tag outside the list is read as {@link #X}.
 */
enum PosTag {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    private static final Map<String, PosTag> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PosTag::name, Function.identity()));

    /** The tag the model wrote ("PROPN"); {@link #X} (other) for one it should not write. */
    static PosTag of(String tag) {
        return BY_NAME.getOrDefault(tag, X);
    }
}
