package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What survives cleaning a page copied from a browser: the headline and the prose, nothing else. */
class ArticleCleanerTest {

    private static final String FIRST_PARAGRAPH =
            "The home side scored twice in the last ten minutes to win the regional cup final.";
    private static final String SECOND_PARAGRAPH =
            "Researchers at the coastal station measured the warmest sea temperatures on record this summer.";

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void printCreditsAndReportingCreditsArePageFurniture() {
        assertTrue(ArticleCleaner.isFurniture("A version of this article appears in print on Sept. 7, 2025, Section A, Page 24"
                + " of the New York edition with the headline: Constance Everly, 88, Dies."));
        assertTrue(ArticleCleaner.isFurniture("Additional reporting by Mark Tan in Manila."));
    }

    @Test
    void stripsImageIdGluedToParagraphStart() {
        Article article = cleaner.clean("235830721 1In turn, the bank cut its forecast for growth to two percent this year.");

        assertEquals(List.of("In turn, the bank cut its forecast for growth to two percent this year."), article.paragraphs());
    }

    @Test
    void stripsSizedImageIdAndCounterGluedToParagraphStart() {
        Article article = cleaner.clean("inx960x640 4In November the museum reopened its hall of ancient coins to visitors.");

        assertEquals(List.of("In November the museum reopened its hall of ancient coins to visitors."), article.paragraphs());
    }

    @Test
    void stripsImageIdWithSeveralCountersGluedToParagraphStart() {
        Article article = cleaner.clean("inx960x640 1 2After the break, the visitors pressed forward and hit the crossbar twice.");

        assertEquals(List.of("After the break, the visitors pressed forward and hit the crossbar twice."), article.paragraphs());
    }

    @Test
    void keepsParagraphThatStartsWithAnOrdinaryNumber() {
        String paragraph = "2014 was a record year for the carmaker, which sold more vehicles than ever before.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    /** Furniture written as full sentences, so only the furniture rule (not the prose rule) can drop them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "We use cookies to give you the best experience on our website.",
            "View all comments from readers on this story about the match.",
            "Comments (12) from readers who joined the discussion this morning.",
            "Share on Facebook, on X or by email with your friends today.",
            "Subscribe to our newsletter for the best science stories of the week.",
            "You may also like these stories from our business desk this week.",
            "Advertisement: the new electric cars are on sale in every city now.",
            "Read more about the plans for the new stadium in our city section."
    })
    void dropsFurnitureLineBetweenParagraphs(String furniture) {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, furniture, SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void dropsShortFurnitureLinesAroundTheArticle() {
        Article article = cleaner.clean(lines(
                "Advertisement", "Harbour Town lift the regional cup at last", "Share on Facebook",
                FIRST_PARAGRAPH, "Read more", "You may also like", SECOND_PARAGRAPH,
                "Comments (12)", "View all comments", "Subscribe to our newsletter"));

        assertEquals("Harbour Town lift the regional cup at last", article.title());
        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void furnitureAboveTheHeadlineNeverBecomesTheTitle() {
        Article article = cleaner.clean(lines(
                "Subscribe to our newsletter and get the weekly digest of the best stories for free",
                "Harbour Town lift the regional cup at last",
                FIRST_PARAGRAPH));

        assertEquals("Harbour Town lift the regional cup at last", article.title());
    }

    @Test
    void dropsCaptionLineRightUnderImageLine() {
        String caption = "Fans celebrate in the main square after the final whistle on Saturday evening.";

        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "Image:", caption, SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void keepsTheParagraphAfterTheCaption() {
        String caption = "The research vessel leaves the harbour at dawn. Photograph: Lena Dahl";

        Article article = cleaner.clean(lines("Image: press office", caption, SECOND_PARAGRAPH));

        assertEquals(List.of(SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void keepsTheHeadlineAsTitle() {
        Article article = cleaner.clean(lines("Chipmaker doubles its profit in a single quarter", "", FIRST_PARAGRAPH));

        assertEquals("Chipmaker doubles its profit in a single quarter", article.title());
        assertEquals(List.of(FIRST_PARAGRAPH), article.paragraphs());
    }

    @Test
    void keepsHeadlineThatContainsTheWordBy() {
        Article article = cleaner.clean(lines("Harbour Town stunned by a late goal in the cup final", FIRST_PARAGRAPH));

        assertEquals("Harbour Town stunned by a late goal in the cup final", article.title());
    }

    @Test
    void restoresLostFullStopBeforeDateOpening() {
        Article article = cleaner.clean("The probe crossed the orbit of Mars without trouble"
                + " On November 1, engineers switched on its main camera for the first time.");

        assertEquals(List.of("The probe crossed the orbit of Mars without trouble."
                + " On November 1, engineers switched on its main camera for the first time."), article.paragraphs());
    }

    @Test
    void restoresLostFullStopBeforeYearOpening() {
        Article article = cleaner.clean("The old port was the busiest in the region for a century"
                + " In 1885 a great fire destroyed most of its warehouses.");

        assertEquals(List.of("The old port was the busiest in the region for a century."
                + " In 1885 a great fire destroyed most of its warehouses."), article.paragraphs());
    }

    @Test
    void leavesLowerCaseDateInsideSentenceAlone() {
        String paragraph = "The squad trained in the mountains on November 1 and flew home two days later.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    @Test
    void shortSectionHeadingIsNotBodyText() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "What the deal means for customers and staff", SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void bylineIsNotBodyText() {
        Article article = cleaner.clean(lines("Chipmaker doubles its profit in a single quarter",
                "By Maria Costa, technology correspondent in Lisbon and Madrid", "", FIRST_PARAGRAPH, SECOND_PARAGRAPH));

        assertFalse(article.paragraphs().stream().anyMatch(paragraph -> paragraph.contains("Maria Costa")));
        assertFalse(article.title().contains("Maria Costa"));
    }

    @Test
    void bylineDoesNotSwallowTheParagraphUnderIt() {
        Article article = cleaner.clean(lines("Chipmaker doubles its profit in a single quarter",
                "By Maria Costa, technology correspondent", FIRST_PARAGRAPH, SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void publicationDateLineDoesNotSwallowTheParagraphUnderIt() {
        Article article = cleaner.clean(lines("Chipmaker doubles its profit in a single quarter",
                "Published 12 May 2025, 09:30", FIRST_PARAGRAPH, SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void shortLineWithFullStopIsNotBodyText() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "Photos: Lena Dahl.", "Full time.", SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
        assertTrue(article.title().isEmpty(), () -> "no headline before the first paragraph, got \"" + article.title() + "\"");
    }
}
