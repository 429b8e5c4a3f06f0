package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;

/** The article's own terms: lower-case noun phrases it gives weight to by repeating them or by its headline. */
class TermExtractorTest {

    private static final TermExtractor TERMS = new TermExtractor();

    private static List<String> terms(String text, String headline) {
        return TERMS.extract(TestText.sentences(text), headline).stream().map(Fact::answer).toList();
    }

    @Test
    void aNounPhraseTheArticleRepeatsIsATermEachTimeItStands() {
        List<String> terms = terms("NASA selected three companies to build a lunar terrain vehicle for the crews."
                + " The lunar terrain vehicle will carry two astronauts. Engineers tested the pressurized rover last year."
                + " The pressurized rover will carry two astronauts for up to 30 days.", "");

        assertEquals(List.of("lunar terrain vehicle", "lunar terrain vehicle", "pressurized rover", "pressurized rover"), terms);
    }

    @Test
    void aNounPhraseSaidOnceCountsOnlyWhenTheHeadlineHoldsIt() {
        String text = "The agency signed a framework agreement with Japan. It also ordered new space suits.";

        assertEquals(List.of(), terms(text, "Agency orders rovers"));
        assertEquals(List.of("framework agreement"), terms(text, "Agency signs framework agreement"));
    }

    @Test
    void theLongestRepeatedTermWinsOverATaggersSlipAndEmptyWordsStayOut() {
        List<String> terms = terms("A special enrollment period opened in May. The special enrollment period ends in August."
                + " Many other countries joined. Many other countries left.", "");

        assertEquals(List.of("special enrollment period", "special enrollment period"), terms);
    }

    @Test
    void aTermIsAskedAsKindOtherWithTheArticlesOtherTermsAsItsDistractors() {
        List<Sentence> sentences = TestText.sentences("The crew tested the lunar terrain vehicle. The lunar terrain vehicle failed."
                + " The crew tested the pressurized rover. The pressurized rover failed. The crew tested the docking port."
                + " The docking port failed. The crew tested the solar array. The solar array failed.");
        List<Fact> terms = TERMS.extract(sentences, "");
        var facts = new ArticleFacts(terms, sentences);

        Draft draft = new QuestionWriter(new Distractors(new Gazetteer())).choice(terms.get(0), facts);

        assertEquals(Kind.OTHER, terms.get(0).kind());
        assertTrue(draft.options().containsAll(List.of("lunar terrain vehicle", "pressurized rover", "docking port", "solar array")),
                draft.options().toString());
    }
}
