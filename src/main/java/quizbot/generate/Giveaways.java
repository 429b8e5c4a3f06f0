package quizbot.generate;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether two questions of a set give each other away: the one's prompt prints the other's answer, in any form the
 * article gives it. Each draft's prompt and answer forms are normalised once, so a set is checked pair by pair in time
 * linear in the pairs. For one article's drafts; not thread-safe.
 */
final class Giveaways {

    private final ArticleFacts facts;
    private final Map<Draft, String> promptWords = new IdentityHashMap<>();
    private final Map<Draft, List<String>> answerWords = new IdentityHashMap<>();

    Giveaways(ArticleFacts facts) {
        this.facts = facts;
    }

    /** Either way: the first's prompt prints the second's answer, or the second's prompt the first's. */
    boolean between(Draft one, Draft other) {
        return prints(one, other) || prints(other, one);
    }

    /** Whether the prompt of {@code shown} prints the answer of {@code asked}. */
    boolean prints(Draft shown, Draft asked) {
        String prompt = promptWords.computeIfAbsent(shown, draft -> " " + words(draft.prompt()) + " ");
        return answerWords.computeIfAbsent(asked, draft -> facts.answerForms(draft.fact()).stream().map(Giveaways::words)
                .filter(form -> !form.isEmpty()).toList()).stream().anyMatch(form -> prompt.contains(" " + form + " "));
    }

    private static String words(String text) {
        return Distractors.words(Gazetteer.key(text));
    }
}
