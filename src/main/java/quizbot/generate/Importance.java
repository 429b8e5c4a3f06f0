package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quizbot.questions.Kind;

/**
 * Which questions an article's set keeps when it has more than it may ask: the most important
 * over the whole text, never the first by position. Each fact has a tier: the headline's and the
 * lead's facts (the first paragraph says what the story is) first, then facts the article names
 * three times or more (it keeps coming back to them), then the rest. The kinds take turns, so a short set
 * still spans dates, money, people, places…; each kind gives its facts tier by tier, and within a
 * tier spread over the text (its start, its middle, then its quarters, …), so the second half of a
 * long article is asked as much as the first. In each round the kinds whose next fact is of a
 * higher tier go first; names of unsure type only fill what the typed kinds leave. Stateless.
 */
final class Importance {

    private Importance() {
    }

    /** At most {@code max} of the drafts, in reading order; {@code kindsInTurn} orders the kinds within a tier. */
    static List<Draft> choose(List<Draft> drafts, ArticleFacts facts, Article article, List<Kind> kindsInTurn, int max) {
        if (drafts.size() <= max) {
            return drafts;
        }
        Map<String, Integer> mentions = new HashMap<>();
        facts.all().forEach(fact -> mentions.merge(fact.key(), 1, Integer::sum));
        int lead = leadSentences(facts.sentences(), article);
        String headline = article.title().toLowerCase(Locale.ROOT);
        Map<Draft, Integer> tier = new IdentityHashMap<>();
        for (Draft draft : drafts) {
            Fact fact = draft.fact();
            boolean inHeadlineOrLead = fact.sentence().index() < lead
                    || !headline.isEmpty() && headline.contains(fact.answer().toLowerCase(Locale.ROOT));
            tier.put(draft, inHeadlineOrLead ? 0 : mentions.getOrDefault(fact.key(), 1) > 2 ? 1 : 2);
        }
        Map<Kind, List<Draft>> byKind = new EnumMap<>(Kind.class);
        drafts.forEach(draft -> byKind.computeIfAbsent(draft.fact().kind(), kind -> new ArrayList<>()).add(draft));
        byKind.replaceAll((kind, ofKind) -> byTierSpread(ofKind, tier));
        List<Draft> untyped = byKind.getOrDefault(Kind.OTHER, List.of());
        var chosen = new ArrayList<Draft>();
        for (int round = 0; chosen.size() < max && round < drafts.size(); round++) {
            int r = round;
            List<Kind> kinds = kindsInTurn.stream()
                    .filter(kind -> kind != Kind.OTHER && r < byKind.getOrDefault(kind, List.of()).size())
                    .sorted(Comparator.comparingInt(kind -> tier.get(byKind.get(kind).get(r))))
                    .toList();
            for (Kind kind : kinds) {
                if (chosen.size() < max) {
                    chosen.add(byKind.get(kind).get(round));
                }
            }
        }
        untyped.stream().limit(max - chosen.size()).forEach(chosen::add);
        Map<Draft, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            position.put(drafts.get(i), i);
        }
        chosen.sort(Comparator.comparingInt(position::get));
        return chosen;
    }

    /** One kind's drafts, the higher tiers first, each tier spread over the text. */
    private static List<Draft> byTierSpread(List<Draft> ofKind, Map<Draft, Integer> tier) {
        var ordered = new ArrayList<Draft>();
        for (int t = 0; t <= 2; t++) {
            int wanted = t;
            ordered.addAll(spread(ofKind.stream().filter(draft -> tier.get(draft) == wanted).toList()));
        }
        return ordered;
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
