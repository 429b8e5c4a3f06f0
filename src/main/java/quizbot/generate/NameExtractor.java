package quizbot.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Gazetteer gazetteer;

    NameExtractor(Gazetteer gazetteer) {
        this.runs = new NameRuns(gazetteer);
        this.gazetteer = gazetteer;
    }

    private static final Set<NameType> FULL_FORM_TYPES = Set.of(NameType.PERSON, NameType.ORGANISATION, NameType.COMPANY);

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
        var settled = NameOwners.settle(mentions, gazetteer::isPersonTitle);
        Set<String> commonWords = commonWords(sentences);
        Map<String, String> fullest = fullestForms(settled);
        var facts = new ArrayList<Fact>();
        for (NameMention mention : settled) {
            if (mention.type() == NameType.NAME && isCommonWord(mention.text(), commonWords)) {
                continue;
            }
            String full = fullest.getOrDefault(mention.entity(), mention.text());
            boolean asFullest = mention.type() == NameType.PERSON ? full.endsWith(" " + mention.text()) : mention.text().matches("\\p{Lu}{2,}s?");
            String answer = (mention.withThe() ? "the " : "") + (asFullest ? full : mention.text());
            facts.add(new Fact(mention.type().kind(), mention.sentence(), mention.start(), mention.end(), answer,
                    new Name(mention.entity(), mention.type(), mention.related())));
        }
        return facts;
    }

    /**
     * The form a person named by their surname, or an organisation named by its acronym, is asked by: its
     * fullest, the form of two words or more the article uses most ("John Saunders" over "Saunders" and the
     * once-written "John P. Saunders"; "Hindustan Socialist Republican Association" over "HSRA"), the longer on a tie.
     */
    private static Map<String, String> fullestForms(List<NameMention> mentions) {
        Map<String, Map<String, Integer>> formsByEntity = new HashMap<>();
        for (NameMention mention : mentions) {
            if (FULL_FORM_TYPES.contains(mention.type()) && mention.text().contains(" ")) {
                formsByEntity.computeIfAbsent(mention.entity(), entity -> new HashMap<>()).merge(mention.text(), 1, Integer::sum);
            }
        }
        Map<String, String> fullest = new HashMap<>();
        formsByEntity.forEach((entity, forms) -> fullest.put(entity, forms.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> form) -> form.getValue())
                        .thenComparingInt(form -> form.getKey().length()))
                .orElseThrow().getKey()));
        return fullest;
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
