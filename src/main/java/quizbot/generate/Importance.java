package quizbot.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * The order in which an article's facts are asked: the most important over the whole text, never the
 * first by position. A fact's importance adds up three things: whether it stands in the headline or
 * the lead (the opening of the text says what the story is), how often the article names it (it keeps
 * coming back to it: the logarithm of its mentions), and what kind of fact it is (people, money and
 * treaties are what a teacher asks first; a bare count or a name of unsure type last); the article's
 * own subject (see {@link #isSubject}) is asked last, as every question names it, and a date that only
 * times a statement ("said on May 2") just before it. Facts of equal importance are spread over the
 * text, kind by kind (its start, its middle, then its quarters, …), so the second half of a long
 * article is asked as much as the first. For one article; immutable.
 */
final class Importance {

    /** What a kind of fact adds to a draft's importance. */
    private static final Map<Kind, Double> KIND_WEIGHT = Map.of(Kind.PERSON, 0.75, Kind.MONEY, 0.75, Kind.TREATY, 0.6,
            Kind.DATE, 0.5, Kind.ORGANISATION, 0.5, Kind.PLACE, 0.4, Kind.NUMBER, 0.15, Kind.OTHER, 0.0);
    /** A count in words ("two actions") is a smaller fact than a figure, and gives way to the sentence's other facts. */
    private static final double SPELLED_COUNT_WEIGHT = -0.5;
    /** What standing in the headline or the lead adds: more than any kind, so the story's own facts come first. */
    private static final double LEAD_WEIGHT = 2.0;
    /** What each doubling of a fact's mentions adds (times ln 2). */
    private static final double MENTION_WEIGHT = 0.6;
    private static final Pattern SAID_ON = Pattern.compile(
            "\\b(?:said|says|told|announced|stated|added|explained|wrote|reported)\\b[^,.;]{0,40}\\s(?:on|in)\\s+$");

    private final int lead;
    private final String headline;

    Importance(List<Sentence> sentences, Article article) {
        this.lead = leadSentences(sentences, article);
        this.headline = article.title().toLowerCase(Locale.ROOT);
    }

    /** The facts, each given as all its mentions (the first its best), most important first. */
    List<List<Fact>> order(Collection<List<Fact>> facts) {
        Map<List<Fact>, Double> importance = new IdentityHashMap<>();
        Map<Kind, List<List<Fact>>> byKind = new EnumMap<>(Kind.class);
        for (List<Fact> mentions : facts) {
            importance.put(mentions, of(mentions));
            byKind.computeIfAbsent(mentions.get(0).kind(), kind -> new ArrayList<>()).add(mentions);
        }
        Map<List<Fact>, Integer> spreadRank = new IdentityHashMap<>();
        for (List<List<Fact>> ofOneKind : byKind.values()) {
            ofOneKind.sort(Comparator.comparingInt((List<Fact> mentions) -> firstSentence(mentions)));
            List<List<Fact>> spread = spread(ofOneKind);
            for (int i = 0; i < spread.size(); i++) {
                spreadRank.put(spread.get(i), i);
            }
        }
        var ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparingDouble((List<Fact> mentions) -> -importance.get(mentions)).thenComparingInt(spreadRank::get));
        return ordered;
    }

    private double of(List<Fact> mentions) {
        Fact fact = mentions.get(0);
        String answer = fact.answer().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        if (isSubject(answer, headline)) {
            return -LEAD_WEIGHT;
        }
        if (fact.kind() == Kind.DATE && SAID_ON.matcher(fact.sentence().text().substring(0, fact.start())).find()) {
            return -1;
        }
        boolean inHeadline = !headline.isEmpty() && headline.contains(answer);
        boolean isTerm = fact.value() instanceof Name name && name.type() == NameType.TERM;
        boolean inLead = !isTerm && firstSentence(mentions) < lead; // a lead is full of terms
        double kind = fact.value() instanceof Amount amount && amount.spelled() ? SPELLED_COUNT_WEIGHT : KIND_WEIGHT.get(fact.kind());
        return (inHeadline || inLead ? LEAD_WEIGHT : 0) + kind + MENTION_WEIGHT * Math.log(mentions.size());
    }

    private static int firstSentence(List<Fact> mentions) {
        return mentions.stream().mapToInt(mention -> mention.sentence().index()).min().orElseThrow();
    }

    /**
     * Whether the answer is the article's own subject, which every question names: the whole
     * headline, or, under a short headline such as an encyclopedia entry's ("Bal Gangadhar Tilak"),
     * a name that ends in its last word ("Tilak", "Keshav Gangadhar Tilak").
     */
    static boolean isSubject(String answer, String headline) {
        String[] words = headline.split("\\s+");
        return headline.equals(answer) || words.length <= 4 && !headline.isEmpty()
                && (" " + answer).endsWith(" " + words[words.length - 1]);
    }

    /**
     * The items in an order that covers the whole list early: the first, the middle, the quarters,
     * the eighths… (the van der Corput sequence), so taking the first few samples the whole text.
     */
    static <T> List<T> spread(List<T> items) {
        int n = items.size();
        var order = new ArrayList<T>(n);
        boolean[] taken = new boolean[n];
        for (int k = 0; order.size() < n; k++) {
            int index = (int) (vanDerCorput(k) * n);
            if (!taken[index]) {
                taken[index] = true;
                order.add(items.get(index));
            }
        }
        return order;
    }

    /** k's binary digits mirrored behind the point: 0, 0.5, 0.25, 0.75, 0.125, … */
    private static double vanDerCorput(int k) {
        double value = 0;
        double digit = 0.5;
        for (int rest = k; rest > 0; rest >>= 1, digit /= 2) {
            if ((rest & 1) == 1) {
                value += digit;
            }
        }
        return value;
    }

    /** How many sentences the first paragraph holds: the lead (at least the first sentence). */
    private static int leadSentences(List<Sentence> sentences, Article article) {
        if (article.paragraphs().isEmpty()) {
            return 0;
        }
        String first = article.paragraphs().get(0);
        int lead = 0;
        while (lead < sentences.size() && first.contains(sentences.get(lead).text())) {
            lead++;
        }
        return Math.max(1, lead);
    }
}
