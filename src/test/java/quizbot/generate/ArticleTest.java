package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting a long article to the word budget. */
class ArticleTest {

    private static final String TEN_WORDS = "The council met in the town hall on a Monday.";

    private static String sentences(int count) {
        return String.join(" ", java.util.Collections.nCopies(count, TEN_WORDS));
    }

    @Test
    void countsTheWordsOfEveryParagraph() {
        assertEquals(30, new Article("Title", List.of(sentences(1), sentences(2))).words());
    }

    @Test
    void anArticleWithinTheBudgetIsKeptWhole() {
        var article = new Article("Title", List.of(sentences(1), sentences(2)));

        assertSame(article, article.firstWords(30));
    }

    @Test
    void aLongArticleIsCutAtTheLastParagraphEndWithinTheBudget() {
        var article = new Article("Title", List.of(sentences(2), sentences(2), sentences(2), sentences(2)));

        Article cut = article.firstWords(55);

        assertEquals(List.of(sentences(2), sentences(2)), cut.paragraphs());
        assertEquals(40, cut.words());
        assertEquals("Title", cut.title());
    }

    @Test
    void aParagraphLongerThanHalfTheBudgetIsCutAfterItsLastSentenceThatFits() {
        var article = new Article("", List.of(sentences(1), sentences(100)));

        Article cut = article.firstWords(45);

        assertEquals(List.of(sentences(1), sentences(3)), cut.paragraphs());
    }

    @Test
    void aRunOnParagraphWithoutAFullStopInTheBudgetIsCutAtAWord() {
        String runOn = "and then the river rose again ".repeat(1_000).strip() + ".";

        Article cut = new Article("", List.of(runOn)).firstWords(100);

        assertEquals(100, cut.words());
        assertEquals(runOn.substring(0, cut.paragraphs().get(0).length()), cut.paragraphs().get(0));
    }
}
