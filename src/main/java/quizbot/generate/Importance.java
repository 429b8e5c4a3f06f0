package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quizbot.questions.Kind;

/**
 * Which questions an article's set keeps: the most important over the whole text, never the first by
 * position, and never two where one's prompt prints the other's answer (the one given away goes, and
 * the next best that gives none away and is given away by none takes its place). A draft's importance adds up three things:
 * whether its fact stands in the headline or the lead (the opening of the text says what the story
 * is), how often the article names the fact (it keeps coming back to it: the logarithm of its
 * mentions), and what kind of fact it is (people, money and treaties are what a teacher asks first; a
 * bare count or a name of unsure type last); the article's own subject (see {@link #isSubject}) is
 * asked last, as every question names it. The most important draft of each kind comes first, so a
 * short set still spans dates, money, people, places…; then the rest by importance. Drafts of equal
 * importance are spread over the text, kind by kind (its start, its middle, then its quarters, …), so
 * the second half of a long article is asked as much as the first. Stateless.
 */
final class Importance {

    /** What a kind of fact adds to a draft's importance. */
    private static final Map<Kind, Double> KIND_WEIGHT = Map.of(Kind.PERSON, 0.75, Kind.MONEY, 0.75, Kind.TREATY, 0.6,
            Kind.DATE, 0.5, Kind.ORGANISATION, 0.5, Kind.PLACE, 0.4, Kind.NUMBER, 0.15, Kind.OTHER, 0.0);
    /** What standing in the headline or the lead adds: more than any kind, so the story's own facts come first. */
    private static final double LEAD_WEIGHT = 2.0;
    /** What each doubling of a fact's mentions adds (times ln 2). */
    private static final double MENTION_WEIGHT = 0.6;

    private Importance() {
    }

    /** At most {@code max} of the drafts, the most important that give none of each other away, in reading order. */
    static List<Draft> choose(List<Draft> drafts, ArticleFacts facts, Article article, int max) {
        Map<String, Integer> mentions = new HashMap<>();
        facts.all().forEach(fact -> mentions.merge(fact.key(), 1, Integer::sum));
        int lead = leadSentences(facts.sentences(), article);
        String headline = article.title().toLowerCase(Locale.ROOT);
        Map<Draft, Double> importance = new IdentityHashMap<>();
        for (Draft draft : drafts) {
            Fact fact = draft.fact();
            String answer = fact.answer().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
            if (isSubject(answer, headline)) {
                importance.put(draft, -LEAD_WEIGHT);
                continue;
            }
            boolean inHeadline = !headline.isEmpty() && headline.contains(answer);
            boolean isTerm = fact.value() instanceof Name name && name.type() == NameType.TERM;
            boolean inHeadlineOrLead = inHeadline || fact.sentence().index() < lead && !isTerm; // a lead is full of terms
            importance.put(draft, (inHeadlineOrLead ? LEAD_WEIGHT : 0) + KIND_WEIGHT.get(fact.kind())
                    + MENTION_WEIGHT * Math.log(mentions.getOrDefault(fact.key(), 1)));
        }
        Map<Draft, Integer> spreadRank = new IdentityHashMap<>();
        Map<Kind, List<Draft>> byKind = new EnumMap<>(Kind.class);
        drafts.forEach(draft -> byKind.computeIfAbsent(draft.fact().kind(), kind -> new ArrayList<>()).add(draft));
        for (List<Draft> ofOneKind : byKind.values()) {
            List<Draft> spread = spread(ofOneKind);
            for (int i = 0; i < spread.size(); i++) {
                spreadRank.put(spread.get(i), i);
            }
        }
        List<Draft> candidates = new ArrayList<>(drafts);
        candidates.sort(Comparator.comparingDouble((Draft draft) -> -importance.get(draft)).thenComparingInt(spreadRank::get));
        var kept = new ArrayList<Draft>();
        var kindsKept = EnumSet.of(Kind.OTHER);
        for (Draft draft : candidates) { // the best of each kind first, so a short set spans the kinds
            if (kindsKept.add(draft.fact().kind()) && kept.size() < max) {
                kept.add(draft);
            }
        }
        candidates.stream().filter(draft -> !kept.contains(draft)).limit(max - kept.size()).forEach(kept::add);
        kept.sort(Comparator.comparingDouble((Draft draft) -> -importance.get(draft)).thenComparingInt(spreadRank::get));
        var giveaways = new Giveaways(facts);
        var apart = new ArrayList<Draft>();
        for (Draft draft : kept) { // the chosen questions no other chosen one gives away
            if (kept.stream().noneMatch(other -> other != draft && giveaways.prints(other, draft))) {
                apart.add(draft);
            }
        }
        for (Draft draft : candidates) { // then the rest, best first, where they give none away and none gives them away
            if (apart.size() < max && !apart.contains(draft)
                    && apart.stream().noneMatch(other -> giveaways.between(other, draft))) {
                apart.add(draft);
            }
        }
        Map<Draft, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            position.put(drafts.get(i), i);
        }
        apart.sort(Comparator.comparingInt(position::get));
        return apart;
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
