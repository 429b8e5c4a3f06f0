package quizbot.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import quizbot.questions.Kind;

/**
 * Finds the article's own terms: the things a story is about that are no names ("the lunar terrain
 * vehicle", "gravitational waves", "a special enrollment period"). A term is two to four lower-case
 * adjectives and nouns ending in a noun (a participle may stand inside: "the pressurized rover"),
 * and it counts only where the article gives it weight: it stands in the headline, or the article
 * uses it twice or more. Of the words of one noun phrase the longest such term is taken, so a tagger's
 * slip ("the special enrollment period ends", "ends" read as a noun) still finds the term. Each is
 * a name of type {@code term} (asked as kind {@code other}), so its distractors are the article's
 * other terms. Thread-safe.
 */
final class TermExtractor {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;
    /** Words that open a noun phrase without saying what it is: "other countries", "many years". */
    private static final Set<String> EMPTY_ADJECTIVES = Set.of("other", "many", "much", "more", "most", "few", "several", "such",
            "same", "new", "last", "first", "next", "own", "certain", "various", "further", "additional", "previous", "recent",
            "former", "latter", "total", "main", "major", "key", "important", "great", "good", "best", "big", "large", "small",
            "little", "whole", "entire", "current", "different", "similar", "possible", "real", "true", "high", "low", "long",
            "early", "late", "top", "full", "final", "only", "general", "specific", "particular", "significant");

    /** The words of one noun phrase: tokens {@code start} to {@code end} of a sentence. */
    private record Run(Sentence sentence, int start, int end) {
    }

    List<Fact> extract(List<Sentence> sentences, String headline) {
        var runs = new ArrayList<Run>();
        Map<String, Integer> uses = new HashMap<>();
        for (Sentence sentence : sentences) {
            for (Run run : runs(sentence)) {
                runs.add(run);
                for (int from = run.start(); from < run.end(); from++) {
                    for (int to = from + MIN_WORDS; to <= Math.min(run.end(), from + MAX_WORDS); to++) {
                        if (isTerm(sentence.tokens(), from, to)) {
                            uses.merge(key(sentence.tokens(), from, to), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        String inHeadline = " " + words(headline) + " ";
        var terms = new ArrayList<Fact>();
        for (Run run : runs) {
            List<Token> tokens = run.sentence().tokens();
            Fact best = null;
            for (int from = run.start(); from < run.end(); from++) {
                for (int to = from + MIN_WORDS; to <= Math.min(run.end(), from + MAX_WORDS); to++) {
                    boolean weighty = isTerm(tokens, from, to) && (uses.get(key(tokens, from, to)) >= 2
                            || inHeadline.contains(" " + words(text(run.sentence(), from, to)) + " "));
                    if (weighty && (best == null || to - from > best.answer().split(" ").length)) {
                        best = term(run.sentence(), from, to);
                    }
                }
            }
            if (best != null) {
                terms.add(best);
            }
        }
        return terms;
    }

    /** The sentence's noun phrases of lower-case words, not glued to a name or figure ("Artemis program", "20 river units"). */
    private static List<Run> runs(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        var runs = new ArrayList<Run>();
        int i = 0;
        while (i < tokens.size()) {
            int start = i;
            while (i < tokens.size() && isTermWord(tokens, i, start)) {
                i++;
            }
            boolean glued = start > 0 && (tokens.get(start - 1).tag() == PosTag.PROPN || tokens.get(start - 1).tag() == PosTag.NUM)
                    || i < tokens.size() && tokens.get(i).tag() == PosTag.PROPN;
            if (i - start >= MIN_WORDS && !glued) {
                runs.add(new Run(sentence, start, i));
            }
            i = Math.max(i, start + 1);
        }
        return runs;
    }

    /** A lower-case adjective or noun ("once-in-a-century", "lunar", "vehicle"), or a participle inside a phrase ("pressurized"). */
    private static boolean isTermWord(List<Token> tokens, int index, int runStart) {
        Token token = tokens.get(index);
        if (!token.text().matches("\\p{Ll}[\\p{Ll}-]*\\p{Ll}")) {
            return false;
        }
        if (token.tag() == PosTag.ADJ || token.tag() == PosTag.NOUN) {
            return true;
        }
        boolean participle = token.tag() == PosTag.VERB && token.text().matches(".*(?:ed|ing)");
        boolean opensAPhrase = index > 0 && (tokens.get(index - 1).tag() == PosTag.DET || index > runStart);
        return participle && opensAPhrase && index + 1 < tokens.size() && tokens.get(index + 1).tag() == PosTag.NOUN;
    }

    /** A term: ends in a noun, opens with a word that says something (not "other", "many", "new"). */
    private static boolean isTerm(List<Token> tokens, int from, int to) {
        return tokens.get(to - 1).tag() == PosTag.NOUN && !EMPTY_ADJECTIVES.contains(tokens.get(from).lemma());
    }

    /** The same term however it is inflected: its words, the last by its lemma ("space suits" is "space suit"). */
    private static String key(List<Token> tokens, int from, int to) {
        var key = new StringBuilder("term");
        for (int i = from; i < to; i++) {
            key.append(' ').append(i == to - 1 ? tokens.get(i).lemma() : tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d-]+", " ").strip();
    }

    private static String text(Sentence sentence, int from, int to) {
        return sentence.text().substring(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end());
    }

    private static Fact term(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        return new Fact(Kind.OTHER, sentence, tokens.get(from).start(), tokens.get(to - 1).end(), text(sentence, from, to),
                new Name(key(tokens, from, to), NameType.TERM, Set.of()));
    }
}
