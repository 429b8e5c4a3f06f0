package quizbot.generate;

/** Whether two questions of a set give each other away: the one's prompt prints the other's answer, in any form. Stateless. */
final class Giveaways {

    private Giveaways() {
    }

    /** Either way: the first's prompt prints the second's answer, or the second's prompt the first's. */
    static boolean between(Draft one, Draft other, ArticleFacts facts) {
        return prints(one, other, facts) || prints(other, one, facts);
    }

    /** Whether the prompt of {@code shown} prints the answer of {@code asked}. */
    static boolean prints(Draft shown, Draft asked, ArticleFacts facts) {
        String prompt = Gazetteer.key(shown.prompt());
        return facts.answerForms(asked.fact()).stream().anyMatch(form -> Distractors.containsWord(prompt, Gazetteer.key(form)));
    }
}
