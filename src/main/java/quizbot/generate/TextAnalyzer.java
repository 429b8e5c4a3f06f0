package quizbot.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, part-of-speech tags and lemmas with Apache OpenNLP's English UD models, loaded
 * from their Maven Central jars on the class path (never downloaded at run time).
 * Loading takes a moment, so build one and reuse it. Not thread-safe (the OpenNLP tools are not).
 */
final class TextAnalyzer {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** A sentence that ends in a capital's initial ("J. R.") was cut inside a name; "World War I." ends one. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:^|\\s)[\\p{Lu}&&[^I]]\\.$");
    /** "Irwin I.": a given name and the initial I, which a Roman one after a heading word is not ("World War I.", "Phase I."). */
    private static final Pattern MIDDLE_INITIAL_I = Pattern.compile("(?:^|\\s)(\\p{Lu}\\p{Ll}+) I\\.$");
    private static final Set<String> NUMBERED_BY_ROMAN = Set.of("War", "Phase", "Part", "Chapter", "Book", "Act",
            "Volume", "Class", "Type", "Level", "Stage", "Title", "Article", "Schedule", "Section", "Division", "Group", "Round");
    /** What no name goes on with after an initial, so a sentence starts there: an acronym or a function word ("Artemis V. | NASA …", "V. | The …"). */
    private static final Pattern OPENS_SENTENCE = Pattern.compile(
            "^(?:\\p{Lu}{2,}|The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|In|On|At|For|But|And|As|After|When|While|If)\\b");
    /** An abbreviation that stands before a name or a number, never at a sentence's end: "Mount St. | Helens", "Bharati v. | State". */
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile(
            "(?:^|[\\s(])(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Adm|Rev|Sen|Rep|Gov|No|Nos|Vol|vs|v)\\.$");
    /** The most tokens a sentence is tagged as one; a longer run-on "sentence" is split (see {@link #pieces}). */
    static final int MAX_SENTENCE_TOKENS = 120;
    /** Marks that end a clause more surely than a comma does. */
    private static final Set<String> STRONG_CLAUSE_MARKS = Set.of(";", ":", "—", "–", "--");
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    TextAnalyzer() {
        try {
            sentenceDetector = new SentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
            tokenizer = new TokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
            tagger = new POSTaggerME(new POSModel(model(POS_MODEL)), POSTagFormat.UD);
            lemmatizer = new LemmatizerME(new LemmatizerModel(model(LEMMA_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models from the class path", e);
        }
    }

    private static InputStream model(String resource) {
        InputStream in = TextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is missing from the class path");
        }
        return in;
    }

    /** Splits paragraphs into sentences, numbered across the whole article in reading order. */
    List<Sentence> analyze(List<String> paragraphs) {
        return analyze(paragraphs, Deadline.NONE);
    }

    /**
     * Splits paragraphs into sentences, numbered across the whole article in reading order; a
     * sentence longer than {@value #MAX_SENTENCE_TOKENS} tokens is split into pieces first (see
     * {@link #pieces}). Checks the deadline before every paragraph and every sentence.
     */
    List<Sentence> analyze(List<String> paragraphs, Deadline deadline) {
        var sentences = new ArrayList<Sentence>();
        for (String paragraph : paragraphs) {
            deadline.check("splitting the article into sentences");
            for (String text : sentenceTexts(paragraph)) {
                Span[] spans = tokenizer.tokenizePos(text);
                String[] words = Span.spansToStrings(spans, text);
                for (int[] piece : pieces(words)) {
                    deadline.check("tagging the sentences");
                    int from = piece[0];
                    int to = piece[1];
                    boolean whole = from == 0 && to == words.length;
                    int offset = whole ? 0 : spans[from].getStart();
                    String pieceText = whole ? text : text.substring(offset, spans[to - 1].getEnd());
                    sentences.add(new Sentence(sentences.size(), pieceText, tokens(Arrays.copyOfRange(words, from, to),
                            Arrays.copyOfRange(spans, from, to), offset)));
                }
            }
        }
        return sentences;
    }

    /**
     * The paragraph's sentences; a "sentence" that starts in lower case continues the one before,
     * split wrongly after an abbreviation ("Meridian Cargo Inc. have agreed …"), and so does one that
     * follows a name's initial ("she married J. R. | Whitfield, a geochemist") or an abbreviation
     * that never ends a sentence ("Mount St. | Helens erupted", "Kesavananda Bharati v. | State of Kerala"). The sentence being
     * joined is built in one buffer and only its last characters are looked at, so a paragraph of
     * many such pieces costs time in proportion to its length.
     */
    private List<String> sentenceTexts(String paragraph) {
        var texts = new ArrayList<String>();
        var current = new StringBuilder();
        for (Span span : sentenceDetector.sentPosDetect(paragraph)) {
            String text = span.getCoveredText(paragraph).toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && (Character.isLowerCase(text.codePointAt(0)) || endsInAbbreviation(current, text))) {
                current.append(' ').append(text);
            } else {
                if (!current.isEmpty()) {
                    texts.add(current.toString());
                }
                current.setLength(0);
                current.append(text);
            }
        }
        if (!current.isEmpty()) {
            texts.add(current.toString());
        }
        return texts;
    }

    private static boolean endsInAbbreviation(CharSequence text, String next) {
        CharSequence end = text.subSequence(Math.max(0, text.length() - 6), text.length());
        Matcher initialI = MIDDLE_INITIAL_I.matcher(text.subSequence(Math.max(0, text.length() - 24), text.length()));
        boolean middleInitialI = initialI.find() && !NUMBERED_BY_ROMAN.contains(initialI.group(1)); // "Irwin I. | Shapiro", not "World War I."
        return (INITIAL_AT_END.matcher(end).find() || middleInitialI) && !OPENS_SENTENCE.matcher(next).find()
                || ABBREVIATION_AT_END.matcher(end).find();
    }

    /**
     * The token ranges {@code [from, to)} a sentence is tagged in: the whole sentence, or for a
     * run-on "sentence" of more than {@value #MAX_SENTENCE_TOKENS} tokens, pieces of at most that
     * many. A piece ends before the last clause mark (";", ":", a dash, else a comma) in the second
     * half of its window, which is dropped; with none there, it is cut after
     * {@value #MAX_SENTENCE_TOKENS} tokens. Why: OpenNLP's beam search copies the sequence so far at
     * every token, so tagging grows with the square of a sentence's length (a 20,000-word run-on
     * sentence took over a minute, ten times a 2,000-word one's 2.5 s), and every rule after it looks
     * across its sentence; no prose sentence is that long.
     */
    static List<int[]> pieces(String[] words) {
        var pieces = new ArrayList<int[]>();
        int from = 0;
        while (words.length - from > MAX_SENTENCE_TOKENS) {
            int limit = from + MAX_SENTENCE_TOKENS;
            int cut = lastBoundary(words, from + MAX_SENTENCE_TOKENS / 2, limit, STRONG_CLAUSE_MARKS);
            if (cut < 0) {
                cut = lastBoundary(words, from + MAX_SENTENCE_TOKENS / 2, limit, Set.of(","));
            }
            if (cut < 0) {
                pieces.add(new int[] {from, limit});
                from = limit;
            } else {
                pieces.add(new int[] {from, cut});
                from = cut + 1;
            }
        }
        if (from < words.length) {
            pieces.add(new int[] {from, words.length});
        }
        return pieces;
    }

    /** The index of the last word in {@code (after, before)} that is one of the marks, or -1. */
    private static int lastBoundary(String[] words, int after, int before, Set<String> marks) {
        for (int i = before - 1; i > after; i--) {
            if (marks.contains(words[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Tags and lemmatises one sentence or piece; spans are moved back by {@code offset} to start in the piece's text. */
    private List<Token> tokens(String[] words, Span[] spans, int offset) {
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        var tokens = new ArrayList<Token>(words.length);
        for (int i = 0; i < words.length; i++) {
            PosTag tag = PosTag.of(tags[i]);
            if (tag == PosTag.NOUN && isPastForm(words[i], lemmas[i])) {
                tag = PosTag.VERB; // "The signing took place": "took" is no noun
            } else if (tag == PosTag.DET && Character.isUpperCase(words[i].codePointAt(0))
                    && !DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))) {
                tag = PosTag.PROPN; // "In 2011, Eich transferred …": a name the tagger did not know
            } else if (tag == PosTag.PROPN && i == 0 && words.length > 1 && words[1].equals(",") && ADVERB.matcher(words[0]).matches()) {
                tag = PosTag.ADV; // "Geologically, India lies …": an adverb that opens the sentence, no town of India
            } else if (tag == PosTag.NOUN && isVerbAfterAName(words, tokens, tags, i)) {
                tag = PosTag.VERB; // "India measures 3,214 km …", "Tilak lies in …": a name's verb of the present
            } else if (tag == PosTag.NOUN && isVerbJoinedToVerb(words, tags, i)) {
                tag = PosTag.VERB; // "The Accords reinforce and implement …": "reinforce" is no noun
            } else if (tag == PosTag.VERB && i > 0 && tokens.get(i - 1).tag() == PosTag.DET && i + 1 < words.length
                    && words[i].matches("\\p{Ll}+(?:ing|ed|en)")) {
                tag = words[i].endsWith("ing") ? PosTag.NOUN : PosTag.ADJ; // "the signing", "the estimated cost"
            }
            tokens.add(new Token(words[i], tag, lemmas[i], spans[i].getStart() - offset, spans[i].getEnd() - offset));
        }
        return tokens;
    }

    /** A lower-case word in "-s" right after a name that opens the sentence (maybe after an adverb and a comma), before a number, a determiner or a preposition. */
    private static boolean isVerbAfterAName(String[] words, List<Token> tokens, String[] tags, int i) {
        int from = tokens.size() > 2 && tokens.get(0).tag() == PosTag.ADV && tokens.get(1).text().equals(",") ? 2 : 0; // "Geologically, India lies …"
        boolean nameOpens = i > from && tokens.subList(from, i).stream().allMatch(token -> token.tag() == PosTag.PROPN);
        return nameOpens && words[i].matches("\\p{Ll}+[^su]s") && i + 1 < words.length
                && Set.of(PosTag.NUM, PosTag.DET, PosTag.ADP).contains(PosTag.of(tags[i + 1]));
    }

    /** A lower-case word after a noun or name and before "and"/"or" and a verb: the first of two verbs of that subject. */
    private static boolean isVerbJoinedToVerb(String[] words, String[] tags, int i) {
        return i > 0 && i + 2 < words.length && words[i].matches("\\p{Ll}+") && Set.of(PosTag.NOUN, PosTag.PROPN).contains(PosTag.of(tags[i - 1]))
                && (words[i + 1].equals("and") || words[i + 1].equals("or")) && PosTag.of(tags[i + 2]) == PosTag.VERB;
    }

    /** A word of an adverb's ending: "Geologically", "Historically", "Finally" (not "Italy", "Kelly"). */
    private static final Pattern ADVERB = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ically|ally|ively|ously|ently|antly|ingly|edly|fully|ately|ibly|ably)");

    /** The words that are determiners; a capitalised word the tagger calls one and is none of these is a name. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "some", "any", "each",
            "every", "no", "all", "both", "either", "neither", "another", "such", "what", "which", "whose", "whatever", "whichever",
            "my", "your", "his", "her", "its", "our", "their", "much", "many", "few", "several", "enough", "half", "other");

    /** Nouns whose lemma differs without an "-s": plurals of their own, not verbs. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("men", "women", "children", "people", "feet",
            "teeth", "geese", "mice", "oxen", "data", "media", "criteria", "phenomena", "alumni", "fungi", "nuclei", "radii");

    /** A word the tagger calls a noun but whose lemma is another word, not by a plural's "-s": "took" (take), "began" (begin). */
    private static boolean isPastForm(String word, String lemma) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.matches("\\p{Ll}+") && !lower.equals(lemma) && !lower.endsWith("s") && !IRREGULAR_PLURALS.contains(lower)
                && !lemma.equals("o") && lemma.matches("\\p{Ll}+");
    }
}
