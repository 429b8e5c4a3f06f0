package quizbot.generate;

import java.util.List;

/** Test helpers over the real pipeline: the facts of a short article, and one fact of it. */
final class Articles {
    private static final QuestionGenerator GENERATOR = new QuestionGenerator();

    private Articles() {
    }

    static ArticleFacts facts(String paragraph) {
        return facts("", paragraph);
    }

    /** The facts of an article under this headline, which names its subject. */
    static synchronized ArticleFacts facts(String headline, String paragraph) {
        List<Sentence> sentences = TestText.sentences(paragraph);
        return new ArticleFacts(GENERATOR.facts(sentences), sentences, headline);
    }

    /** The first fact whose answer is the text; fails the test when there is none. */
    static Fact fact(ArticleFacts facts, String answer) {
        return facts.all().stream().filter(fact -> fact.answer().equals(answer)).findFirst().orElseThrow(
                () -> new AssertionError("no fact \"" + answer + "\" in " + facts.all().stream().map(Fact::answer).toList()));
    }

    /** A multiple-choice draft with the given prompt and options, the first option right. */
    static Draft choice(Fact fact, String prompt, List<String> options) {
        return new Draft(fact, quizbot.questions.QuestionType.CHOICE, prompt, options, 0, List.of(),
                QuestionWriter.explanation(fact), fact.sentence().text());
    }
}
