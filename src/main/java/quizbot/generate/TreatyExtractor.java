package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * Finds references to treaties and agreements: any of the names a well-known treaty goes by ("the
 * Treaty INF" is the INF Treaty), and named ones the gazetteer lacks ("the Treaty of X", "the X
 * Accords", "the X Protocol"). A known treaty is asked under its usual name. Thread-safe.
 */
final class TreatyExtractor {

    private static final String DOCUMENT =
            "(?:Treaty|Treaties|Agreement|Accords?|Protocol|Convention|Pact|Charter|Act|Directive|Regulations|Covenant|Statute)"
                    + "(?![\\p{L}\\d])"; // a whole word: "Permitting Action Plan" holds no Act
    /** Capitalised words, joined by "of (the)", "and", "for", "on": "Law of the Sea", "Security and Co-operation". */
    private static final String NAME_WORDS = "\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|and|for|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}-]*)*";
    /**
     * The capitalised words before a document word, joined by "and", "&", "for", "on" or "of (the)"
     * ("CHIPS and Science Act", "Government of India Act"), up to six of them.
     */
    private static final String BEFORE_DOCUMENT = "(?!The\\b)\\p{Lu}[\\p{L}\\d-]*"
            + "(?:\\s+(?:(?:and|&|for|on)\\s+|of\\s+(?:the\\s+)?)?(?!The\\b)\\p{Lu}[\\p{L}\\d-]*){0,5}\\s+";
    /** "the Treaty of X", "the United Nations Convention on the Law of the Sea", "the Water Industry Act 1991", "Treaty INF". */
    private static final Pattern NAMED = Pattern.compile(
            "(?<THE>\\b[Tt]he\\s+)?(?:(?:" + BEFORE_DOCUMENT + DOCUMENT + "(?:\\s+(?:of|on)\\s+(?:the\\s+)?"
                    + NAME_WORDS + ")?" + "|" + DOCUMENT + "\\s+(?:of|on)\\s+(?:the\\s+)?" + NAME_WORDS + ")(?:\\s+(?:of\\s+)?\\d{4}\\b)?"
                    + "|Treaty\\s+\\p{Lu}{2,}\\b)");

    private final List<Pattern> knownPatterns = new ArrayList<>();
    private final List<Gazetteer.Treaty> known;

    TreatyExtractor(Gazetteer gazetteer) {
        known = gazetteer.treaties();
        for (Gazetteer.Treaty treaty : known) {
            var names = new ArrayList<String>(treaty.otherNames());
            names.add(treaty.name().replaceFirst("^the ", "").replaceAll("\\s*\\(.*\\)$", ""));
            if (!treaty.acronym().isEmpty()) {
                names.add("Treaty " + treaty.acronym());
                names.add(treaty.acronym() + " Treaty");
                names.add(treaty.acronym() + " treaty");
            }
            names.sort((a, b) -> b.length() - a.length());
            var alternatives = String.join("|", names.stream().map(Pattern::quote).toList());
            knownPatterns.add(Pattern.compile("(?<THE>\\b[Tt]he\\s+)?(?:" + alternatives + ")\\b"));
        }
    }

    List<Fact> extract(Sentence sentence) {
        String text = sentence.text();
        var facts = new ArrayList<Fact>();
        for (int i = 0; i < known.size(); i++) {
            Matcher matcher = knownPatterns.get(i).matcher(text);
            while (matcher.find()) {
                String name = known.get(i).name();
                facts.add(fact(sentence, matcher, new TreatyRef(known.get(i), matcher.group("THE") == null ? name.replaceFirst("^the ", "") : name)));
            }
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String name = named.group().strip();
            if (named.group("THE") != null) {
                name = "the " + name.substring(named.group("THE").length());
            }
            facts.add(fact(sentence, named, new TreatyRef(null, name)));
        }
        return Fact.withoutOverlaps(facts);
    }

    private static Fact fact(Sentence sentence, Matcher matcher, TreatyRef value) {
        return new Fact(Kind.TREATY, sentence, matcher.start(), matcher.end(), value.name(), value);
    }
}
