package quizbot.generate;

/**
 * One token of a sentence: its text, Universal Dependencies part-of-speech tag ({@link PosTag}: PROPN, VERB, ADJ…),
 * lower-case lemma, and character span within the sentence text.
 */
record Token(String text, PosTag tag, String lemma, int start, int end) {

    boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** A verb form other than the base form: "made", "declared" (tense is not tagged by the UD model). */
    boolean isInflectedVerb() {
        return (tag == PosTag.VERB || tag == PosTag.AUX) && !text.equalsIgnoreCase(lemma);
    }
}
