package quizbot.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names of people, organisations and places without a trained NER model (none is published
 * under a permissive licence): runs of capitalised words and quoted names, typed by gazetteers,
 * by the words around them (a title before a person, "LLC" after a company) and by the article as
 * a whole ("Putin" is the "Vladimir Putin" named earlier). Where the type stays unsure the name is
 * kept untyped ({@code name}, asked as kind {@code other}). Thread-safe.
 */
final class NameExtractor {

    private final NameRuns runs;

    NameExtractor(Gazetteer gazetteer) {
        this.runs = new NameRuns(gazetteer);
    }

    List<Fact> extract(List<Sentence> sentences) {
        return extract(sentences, Deadline.NONE);
    }

    List<Fact> extract(List<Sentence> sentences, Deadline deadline) {
        var mentions = new ArrayList<NameMention>();
        for (Sentence sentence : sentences) {
            deadline.check("finding names");
            mentions.addAll(runs.mentions(sentence));
        }
        deadline.check("settling what the names name");
        var settled = NameOwners.settle(mentions);
        Set<String> commonWords = commonWords(sentences);
        var facts = new ArrayList<Fact>();
        for (NameMention mention : settled) {
            if (mention.type() == NameType.NAME && isCommonWord(mention.text(), commonWords)) {
                continue;
            }
            String answer = (mention.withThe() ? "the " : "") + mention.text();
            facts.add(new Fact(mention.type().kind(), mention.sentence(), mention.start(), mention.end(), answer,
                    new Name(mention.entity(), mention.type(), mention.related())));
        }
        return facts;
    }

    /** The words the article writes in lower case somewhere: "stand", "pumps", "construction". */
    private static Set<String> commonWords(List<Sentence> sentences) {
        var words = new HashSet<String>();
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                if (token.text().matches("\\p{Ll}+")) {
                    words.add(token.text());
                }
            }
        }
        return words;
    }

    /**
     * A name of unsure type that is only a common word capitalised for its place or shouted
     * ("Stand by.", "Construction began", "FUEL CELL 2 PUMPS"): every word of it is written in lower
     * case elsewhere in the article, or it is a contraction ("I've").
     */
    private static boolean isCommonWord(String name, Set<String> commonWords) {
        if (name.matches("\\p{L}+['’](?:ve|m|re|ll|d)")) {
            return true;
        }
        String[] words = name.split("\\s+");
        boolean shouted = name.equals(name.toUpperCase(Locale.ROOT)) && words.length > 1;
        return (words.length == 1 || shouted) && Arrays.stream(words)
                .allMatch(word -> word.matches("\\p{L}+") && commonWords.contains(word.toLowerCase(Locale.ROOT)));
    }


}
