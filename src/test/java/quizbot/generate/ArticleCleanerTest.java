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

    // --- reference and note markers, entities ---

    @Test
    void removesReferenceMarkersGluedToWordsAndStops() {
        Article article = cleaner.clean("The Congress of Vienna met from November 1814 to June 1815.[2][3] Its final act[a],"
                + " signed nine days before Waterloo,[note 3] redrew the map of Europe.[citation needed]");

        assertEquals(List.of("The Congress of Vienna met from November 1814 to June 1815. Its final act,"
                + " signed nine days before Waterloo, redrew the map of Europe."), article.paragraphs());
    }

    @Test
    void removesAnEncyclopediasPronunciationAsides() {
        Article article = cleaner.clean("Bal Gangadhar Tilak (pronunciationⓘ; born Keshav Gangadhar Tilak (pronunciation: [keʃəʋ"
                + " ɡəŋɡaːd̪ʱəɾ]); 23 July 1856 – 1 August 1920) was an Indian nationalist. Isaac Newton /ˈnjuːtən/ was an English"
                + " mathematician and physicist.");

        assertEquals(List.of("Bal Gangadhar Tilak (born Keshav Gangadhar Tilak; 23 July 1856 – 1 August 1920) was an Indian"
                + " nationalist. Isaac Newton was an English mathematician and physicist."), article.paragraphs());
    }

    @Test
    void anEmDashGluedToWordsIsSpacedSoTheWordsStayApart() {
        Article article = cleaner.clean("The medications are approved by the Food and Drug Administration—including contraception and"
                + " medication abortion. The Ganges–Brahmaputra system runs from 1856–1920 maps.");

        assertEquals(List.of("The medications are approved by the Food and Drug Administration — including contraception and"
                + " medication abortion. The Ganges–Brahmaputra system runs from 1856–1920 maps."), article.paragraphs());
    }

    @Test
    void paragraphEndingInAReferenceMarkerIsStillProse() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH,
                "Prussia gained about 40 percent of the Kingdom of Saxony in the final settlement.[12]"));

        assertEquals(List.of(FIRST_PARAGRAPH, "Prussia gained about 40 percent of the Kingdom of Saxony in the final settlement."),
                article.paragraphs());
    }

    @Test
    void removesEditorialAndCaretMarkers() {
        Article article = cleaner.clean("The town had about 4,000 inhabitants in 2010.[update] Its harbour[when?] closed"
                + " in 1998 after the last shipyard moved away.^2");

        assertEquals(List.of("The town had about 4,000 inhabitants in 2010. Its harbour closed"
                + " in 1998 after the last shipyard moved away."), article.paragraphs());
    }

    @Test
    void keepsAnEditorsInsertionInsideAQuotation() {
        String paragraph = "“He told us [the treaty] would never be signed,” the envoy wrote in his diary in March 1815.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    @Test
    void decodesHtmlEntities() {
        Article article = cleaner.clean("The minister&#39;s plan &amp; the bank&#x2019;s reply were published on&nbsp;3 May,"
                + " &quot;a turning point&quot; for the city.");

        assertEquals(List.of("The minister's plan & the bank’s reply were published on 3 May, \"a turning point\" for the city."),
                article.paragraphs());
    }

    // --- hard-wrapped text, transcripts and subtitles ---

    @Test
    void joinsSubtitleCuesIntoAParagraphWithoutNumbersOrTimestamps() {
        Article article = cleaner.clean(lines(
                "1", "00:00:01,000 --> 00:00:04,200", "Welcome back. Today we look at",
                "", "2", "00:00:04,200 --> 00:00:07,900", "the Congress of Vienna, which met",
                "", "3", "00:00:07,900 --> 00:00:11,000", "from 1814 to 1815 to redraw", "the map of Europe.",
                "", "4", "00:00:11,000 --> 00:00:13,500", "<i>Metternich chaired most sessions.</i>"));

        assertEquals(List.of("Welcome back. Today we look at the Congress of Vienna, which met from 1814 to 1815 to redraw"
                + " the map of Europe. Metternich chaired most sessions."), article.paragraphs());
    }

    @Test
    void timedTranscriptDropsTimestampsAndSpeakerLabelsAndStartsAParagraphPerSpeaker() {
        Article article = cleaner.clean(lines(
                "[00:12] PROFESSOR LEE: Today we look at the Congress of Vienna,",
                "[00:15] which met in Vienna from 1814 to 1815.",
                "[00:19] STUDENT: Who chaired it?",
                "(00:00:21) PROFESSOR LEE: The Austrian foreign minister, Klemens von Metternich,",
                "(00:00:25) chaired most of its sessions in his own palace."));

        assertEquals(List.of("Today we look at the Congress of Vienna, which met in Vienna from 1814 to 1815.",
                "The Austrian foreign minister, Klemens von Metternich, chaired most of its sessions in his own palace."),
                article.paragraphs());
    }

    @Test
    void joinsCaptionsOneToALine() {
        Article article = cleaner.clean(lines(
                "so today we are going to talk about",
                "the Congress of Vienna, which met",
                "in 1814 and 1815 after Napoleon",
                "had been sent into exile on Elba.",
                "the great powers wanted a lasting peace",
                "and a new balance of power in Europe."));

        assertEquals(List.of("So today we are going to talk about the Congress of Vienna, which met in 1814 and 1815 after"
                + " Napoleon had been sent into exile on Elba. the great powers wanted a lasting peace and a new balance of"
                + " power in Europe."), article.paragraphs());
    }

    @Test
    void joinsUntimedCaptionsSeparatedByBlankLines() {
        Article article = cleaner.clean(lines("so today we are going to talk about", "", "the Congress of Vienna, which met", "",
                "in 1814 and 1815 after Napoleon", "", "had been sent into exile on Elba.", "",
                "the great powers wanted a lasting peace", "", "and a new balance of power in Europe.", "",
                "the meeting was chaired by", "", "the Austrian minister Metternich."));

        assertEquals(List.of("So today we are going to talk about the Congress of Vienna, which met in 1814 and 1815 after"
                + " Napoleon had been sent into exile on Elba. the great powers wanted a lasting peace and a new balance of"
                + " power in Europe. the meeting was chaired by the Austrian minister Metternich."), article.paragraphs());
    }

    @Test
    void joinsHardWrappedLinesOfSimilarLengthIntoParagraphs() {
        Article article = cleaner.clean(lines(
                "The delegates of the eight signatory powers met in the",
                "Imperial Chancellery in Vienna on 9 June 1815 to sign the",
                "Final Act, nine days before the battle of Waterloo. The act",
                "redrew the borders of Europe for a generation.",
                "",
                "Britain came away with few new lands in Europe but kept",
                "the Cape Colony and Ceylon, taken from the Dutch during",
                "the long wars with France and its allies overseas."));

        assertEquals(List.of("The delegates of the eight signatory powers met in the Imperial Chancellery in Vienna on 9 June 1815"
                        + " to sign the Final Act, nine days before the battle of Waterloo. The act redrew the borders of Europe"
                        + " for a generation.",
                "Britain came away with few new lands in Europe but kept the Cape Colony and Ceylon, taken from the Dutch"
                        + " during the long wars with France and its allies overseas."), article.paragraphs());
    }

    @Test
    void joinsALineThatDoesNotEndASentenceToItsLowerCaseContinuation() {
        Article article = cleaner.clean(lines("The treaty was ratified by the parliament in Lisbon after a long",
                "debate that lasted three weeks in the spring of 1868."));

        assertEquals(List.of("The treaty was ratified by the parliament in Lisbon after a long debate that lasted three weeks"
                + " in the spring of 1868."), article.paragraphs());
    }

    @Test
    void mendsAWordHyphenatedAtALineEndButKeepsACompoundsHyphen() {
        Article article = cleaner.clean(lines("The conference on inter-", "national trade opened in Geneva on 4 March 1927.",
                "", "Its chairman, a well-", "known banker from Basel, spoke first for an hour."));

        assertEquals(List.of("The conference on international trade opened in Geneva on 4 March 1927.",
                "Its chairman, a well-known banker from Basel, spoke first for an hour."), article.paragraphs());
    }

    @Test
    void separateWebParagraphsAreNotJoined() {
        Article article = cleaner.clean(lines("Harbour Town lift the regional cup at last", "Share", FIRST_PARAGRAPH,
                SECOND_PARAGRAPH));

        assertEquals("Harbour Town lift the regional cup at last", article.title());
        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    // --- list items ---

    @Test
    void datedListItemsAndTimelineLinesBecomeSentencesWithTheDateUpFront() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "Key dates",
                "• 12 June 1815 – the treaty is signed in Vienna",
                "• 18 June 1815 – Napoleon is defeated at Waterloo",
                "1969: Apollo 11 lands on the Moon",
                "- June 1940 – The government leaves Paris for Bordeaux",
                "2018: In the film Shaheed he is played by Rahul Pathak.",
                "2002: Three films about him were released."));

        assertEquals(List.of(FIRST_PARAGRAPH, "On 12 June 1815, the treaty is signed in Vienna.",
                "On 18 June 1815, Napoleon is defeated at Waterloo.", "In 1969, Apollo 11 lands on the Moon.",
                "In June 1940, the government leaves Paris for Bordeaux.", "In 2018, in the film Shaheed he is played by Rahul Pathak.",
                "In 2002, three films about him were released."), article.paragraphs());
    }

    @Test
    void listItemThatIsASentenceIsKeptWithoutItsBullet() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "The main terms:",
                "- France returns to its borders of 1792 and pays an indemnity;",
                "1) The Netherlands and Belgium are united under one king.",
                "a) Switzerland is declared neutral for all time, and"));

        assertEquals(List.of(FIRST_PARAGRAPH, "France returns to its borders of 1792 and pays an indemnity.",
                "The Netherlands and Belgium are united under one king.", "Switzerland is declared neutral for all time."),
                article.paragraphs());
    }

    @Test
    void navigationListsAndFactBoxRowsStayOut() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "• Home", "• World news", "• Politics and elections",
                "* Science", "• Length: 4.3km, including a main span of 620 metres", SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void headlinesUnderARelatedHeadingAreNotBodyText() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "Most read",
                "1. Rail fares to rise by 4.6 per cent in January, the government confirms.",
                "2. Why the new bridge over the estuary cost twice what was planned?",
                "", "Related:", "• Sewage spills in England hit a new high, Environment Agency figures show.",
                SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    // --- page furniture by shape ---

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press",
            "By Jane Doe and John Roe, The Associated Press.", "Jane Doe | Reporter", "Fiona MacLeod, Arts Correspondent"})
    void bylinesOfEveryShapeAreNeitherTitleNorBody(String byline) {
        Article article = cleaner.clean(lines("Chipmaker doubles its profit", byline, FIRST_PARAGRAPH, SECOND_PARAGRAPH));

        assertEquals("Chipmaker doubles its profit", article.title());
        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe is the Europe correspondent for The Daily Courier, based in Brussels.",
            "Tom Reyes covers energy and climate for the business desk of the paper.",
            "Ana Silva is a freelance journalist who has reported from West Africa since 2015.",
            "Mark Tan and Lena Dahl contributed reporting from Manila and Oslo."})
    void authorBioIsNotBodyText(String bio) {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, SECOND_PARAGRAPH, bio));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void sentenceAboutAPersonsOfficeIsNoAuthorBio() {
        String paragraph = "Mira Valentić is the leader of the Civic Renewal Party, which won 138 of the 300 seats.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NAIROBI, Kenya — ", "WASHINGTON (AP) — ", "LONDON, 3 May (Reuters) - ", "Nairobi (Reuters) - ",
            "Harare (Zimbabwe) "})
    void datelineIsCutFromTheParagraphItOpens(String dateline) {
        String paragraph = "Kenya’s president signed the finance bill into law on Tuesday after weeks of protests.";

        assertEquals(List.of(paragraph), cleaner.clean(dateline + paragraph).paragraphs());
    }

    @Test
    void capitalisedOpeningWithoutADashIsNoDateline() {
        String paragraph = "NASA said on Tuesday that the probe had entered orbit around Mars after a journey of seven months.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    @Test
    void breadcrumbsAndSectionLabelsAreNeitherTitleNorBody() {
        Article article = cleaner.clean(lines("Home > News > Science", "World | Europe", "Science Space",
                "World|Kenya’s president signs finance bill after weeks of protests", FIRST_PARAGRAPH));

        assertEquals("Kenya’s president signs finance bill after weeks of protests", article.title());
        assertEquals(List.of(FIRST_PARAGRAPH), article.paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Protesters march through central Nairobi on Tuesday against the new taxes. (AP Photo/Brian Inganga)",
            "Supporters gather outside the parliament building in the capital on Tuesday evening. Photo: Jane Roe/Reuters",
            "The old bridge at dawn on the first day of the festival in the town. Image: City Archive",
            "Delegates arrive at the conference hall in Geneva for the opening session. Getty Images",
            "Delegates arrive at the conference hall in Geneva for the opening session. Jane Roe / AFP via Getty Images",
            "Credit: Jane Roe for The Courier",
            "An artist’s concept shows the spacecraft in orbit above Earth. Launched in 2006, it surveyed clouds. NASA/JPL",
            "This pair of images shows the storm from above and the structure of its clouds. Jesse Allen, NASA Earth Observatory"})
    void captionsAndCreditsAreNotBodyText(String caption) {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, caption, SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void sentenceThatMentionsAPhotographIsNoCaption() {
        String paragraph = "The museum bought the photograph by a local artist for its new hall of modern portraits.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    /** Sentence-shaped, so only the furniture shapes (not the prose rule) can drop them. */
    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "Supported by", "Continue reading the main story about the new trade agreement.",
            "Share Print Email", "Facebook Twitter WhatsApp LinkedIn Copy link",
            "Related: Why the Congress of Vienna still matters to every student of Europe today.",
            "Read more: The treaty that shaped the borders of Europe for a hundred years.",
            "Chart: Inflation in the euro area fell to 2.1 percent in the year to September.",
            "Table 2. Seats won by each party in the 2024 election to the national assembly.",
            "Retrieved 12 March 2020 from the archive of the national library in Vienna."})
    void furnitureShapesAreNeitherTitleNorBody(String furniture) {
        Article article = cleaner.clean(lines(furniture, "Chipmaker doubles its profit", FIRST_PARAGRAPH, furniture,
                SECOND_PARAGRAPH));

        assertEquals("Chipmaker doubles its profit", article.title());
        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hero_img 800x600 2", "IMG_2034.jpg ", "photo-1234567-1200x800 "})
    void stripsImageFileNameGluedToParagraphStart(String fileName) {
        Article article = cleaner.clean(fileName + "The bank cut its forecast for growth to two percent this year.");

        assertEquals(List.of("The bank cut its forecast for growth to two percent this year."), article.paragraphs());
    }

    @Test
    void tableRowsOfFiguresAreNotBodyText() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "2019 2020 2021 2022 2023 2024 2025 2026 totals.", SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void encyclopediaReferenceSectionsEndTheBody() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, "See also", "Concert of Europe", "References",
                "^ Kissinger, Henry (1957). A World Restored: Metternich, Castlereagh and the Problems of Peace. Boston.",
                "Nicolson, Harold (1946). The Congress of Vienna: A Study in Allied Unity, 1812–1822. London: Constable."));

        assertEquals(List.of(FIRST_PARAGRAPH), article.paragraphs());
    }

    // --- the title ---

    @Test
    void encyclopediaHeadlineIsTheLineAboveItsTagline() {
        Article article = cleaner.clean(lines("Congress of Vienna", "From Wikipedia, the free encyclopedia",
                "Coordinates: 48°12′N 16°22′E", "The Congress of Vienna was a meeting of ambassadors of European states"
                        + " held in Vienna from November 1814 to June 1815.[1]"));

        assertEquals("Congress of Vienna", article.title());
        assertEquals(List.of("The Congress of Vienna was a meeting of ambassadors of European states held in Vienna"
                + " from November 1814 to June 1815."), article.paragraphs());
    }

    @Test
    void leadParagraphWithMarkersNeverBecomesTheTitle() {
        Article article = cleaner.clean(lines("Congress of Vienna", "The Congress of Vienna of 1814–1815 was a series of"
                + " international diplomatic meetings to discuss and agree upon a new layout of Europe.[2][3]"));

        assertEquals("Congress of Vienna", article.title());
        assertEquals(1, article.paragraphs().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {" - BBC News", " | The Daily Courier", " — Wikinews"})
    void siteNameIsCutFromTheHeadline(String siteName) {
        Article article = cleaner.clean(lines("Kenya’s president signs finance bill after weeks of protests" + siteName,
                FIRST_PARAGRAPH));

        assertEquals("Kenya’s president signs finance bill after weeks of protests", article.title());
    }

    @Test
    void headlineWithALowerCaseTailAfterADashKeepsIt() {
        String headline = "How two corvettes charted the coast – and then vanished from history";

        assertEquals(headline, cleaner.clean(lines(headline, FIRST_PARAGRAPH)).title());
    }

    @Test
    void menuAndDateRowsNeverBecomeTheTitle() {
        Article article = cleaner.clean(lines("MENU World Europe Politics Business Opinion Sport Culture Science Health",
                "Probe reaches Mars orbit", "14.03.2025, 09:42 | By Clara Whitfield, science correspondent",
                FIRST_PARAGRAPH));

        assertEquals("Probe reaches Mars orbit", article.title());
    }

    @Test
    void encyclopediaHeadlineAboveAnInfoboxIsTheSubjectTheLeadOpensWith() {
        Article article = cleaner.clean(lines("\"The Lion of the North\" redirects here. For other uses, see Lion of the North.",
                "Anna Berg Lindqvist", "Berg in 1921", "Born", "3 March 1875", "Uppsala, Sweden", "Cause of death",
                "Injuries sustained during a street protest", "Anna Berg Lindqvist (3 March 1875 – 9 May 1930) was a Swedish"
                        + " reformer and author, known as the Lion of the North.[1]"));

        assertEquals("Anna Berg Lindqvist", article.title());
        assertEquals(List.of("Anna Berg Lindqvist (3 March 1875 – 9 May 1930) was a Swedish reformer and author,"
                + " known as the Lion of the North."), article.paragraphs());
    }

    @Test
    void removesThePageACitationMarkerCitesAndWrappingMarkup() {
        Article article = cleaner.clean("Galileo showed that all objects fall with the same acceleration.[24][25]:\u200A334\u200A He"
                + " rolled balls down inclines at <sub>2</sub> speeds, the [glossary:LOS] notes say.");

        assertEquals(List.of("Galileo showed that all objects fall with the same acceleration. He"
                + " rolled balls down inclines at 2 speeds, the LOS notes say."), article.paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Gravitation\" and \"Law of Gravity\" redirect here. For other uses, see Gravitation (disambiguation).",
            "For broader coverage of this topic, see the general article on equipment and tools.",
            "This article is about the Indian revolutionary. For the civil rights activist, see the other article.",
            "This is the current revision of this page, as edited by a bot at 00:41, 23 September 2025 (templates)."})
    void encyclopediaHatnotesAndRevisionBannersAreNotBodyText(String hatnote) {
        Article article = cleaner.clean(lines(hatnote, FIRST_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH), article.paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Singh, Bhagat (2009). Selected works of a revolutionary. Big Red Oak. ISBN 978-1-4495-5861-1.",
            "Kissinger, Henry (12 March 1957). A World Restored: Metternich, Castlereagh and the Problems of Peace. Boston.",
            "The collected letters were printed in Delhi by the National Book Trust, ISBN 978-81-237-5109-2, in 2008.",
            "Why I Am an Atheist was printed again in New Delhi by a trust in 1931. {{cite book |title=Why}}"})
    void bibliographyEntriesAndTemplateMarkupAreNotBodyText(String citation) {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH, citation, SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void transcriptWithDayHourMinuteSecondStampsAndSpeakerCodes() {
        Article article = cleaner.clean(lines("[07:09:31:39]", "_page : 590", "_tape : Tape 114/2", "CDR: Good evening. This is"
                        + " the Commander of Apollo 11. A hundred years ago, Jules Verne wrote a book about a voyage to the Moon.",
                "", "[07:09:33:35]", "CC: 11, this is Houston. We have an [glossary:LOS] here, and we will be back with you.",
                "", "[07:09:34:44]", "CMP: Roger. This trip of ours to the Moon may have looked, to you, simple or easy."));

        assertEquals(List.of("Good evening. This is the Commander of Apollo 11. A hundred years ago, Jules Verne wrote a book"
                        + " about a voyage to the Moon.", "11, this is Houston. We have an LOS here, and we will be back with you.",
                "Roger. This trip of ours to the Moon may have looked, to you, simple or easy."), article.paragraphs());
    }

    @Test
    void paragraphRunningIntoAQuotationKeepsItsCompleteSentences() {
        Article article = cleaner.clean(lines("The memorial remains a landmark of the region to the present day.[103] Its meaning,"
                + " however, has changed over the decades since it was built. A historian who has studied it notes that",
                "No monument in the province is visited more often, and none is argued over more."));

        assertEquals(List.of("The memorial remains a landmark of the region to the present day. Its meaning,"
                + " however, has changed over the decades since it was built.",
                "No monument in the province is visited more often, and none is argued over more."), article.paragraphs());
    }

    @Test
    void lineJoinsAQuotationThatCarriesItsSentenceOn() {
        Article article = cleaner.clean(lines("A historian who has studied the memorial for many years notes that",
                "“no monument in the province is visited more often”."));

        assertEquals(List.of("A historian who has studied the memorial for many years notes that"
                + " “no monument in the province is visited more often”."), article.paragraphs());
    }

    @Test
    void longOfficialTitleOnTheFirstLineIsTheHeadlineNotASpeakersShortSentence() {
        Article article = cleaner.clean(lines("Remarks by the Mayor in a Call to Congratulate the Harbour Town Rowing Team"
                        + " on Their Successful Crossing of the North Sea", "", "Town Hall", "", "DR. LEE: This is Anna Lee at the club.",
                "", "THE MAYOR: I tell you what: you did an incredible job crossing the sea in nine days."));

        assertEquals("Remarks by the Mayor in a Call to Congratulate the Harbour Town Rowing Team on Their Successful Crossing"
                + " of the North Sea", article.title());
        assertEquals(List.of("I tell you what: you did an incredible job crossing the sea in nine days."), article.paragraphs());
    }

    @Test
    void briefingQuestionMarkersAndStageDirectionsAreDropped() {
        Article article = cleaner.clean(lines("THE PRESIDENT: We start this season with one goal in mind: to come back here"
                        + " next summer. (Applause.) I called him before the game to give him some tips on the patterns. (Laughter and applause.)",
                "", "Q Nothing about making the vaccine mandatory for teachers who want to come back to school?"));

        assertEquals(List.of("We start this season with one goal in mind: to come back here next summer. I called him before"
                        + " the game to give him some tips on the patterns.",
                "Nothing about making the vaccine mandatory for teachers who want to come back to school?"), article.paragraphs());
    }

    @Test
    void headlineEndingInACaseNameIsNoCaption() {
        Article article = cleaner.clean(lines("Governor Announces Actions After the Court Decision on Smith v. Jones Health Trust",
                FIRST_PARAGRAPH));

        assertEquals("Governor Announces Actions After the Court Decision on Smith v. Jones Health Trust", article.title());
    }

    @Test
    void paragraphEndingInAShortSentenceOfNamesIsNoCaption() {
        String paragraph = "We would like you to go down that procedure until you get a Delta of 10 amps. Over.";
        String speech = "It seems appropriate to share some of the reflections of the crew tonight. First, Mike Collins.";

        assertEquals(List.of(paragraph, speech), cleaner.clean(lines(paragraph, "", speech)).paragraphs());
    }

    @Test
    void newsWikiHeadlineIsTheLineAboveItsTaglineNotTheDateUnderIt() {
        Article article = cleaner.clean(lines("Ferry service across the strait resumes after storm",
                "From Wikinews, the free news source you can write!", "Tuesday, March 5, 2024",
                "The ferry service across the strait resumed on Tuesday after a storm closed the port for three days."));

        assertEquals("Ferry service across the strait resumes after storm", article.title());
    }

    @Test
    void dateLineAboveTheBodyIsNoHeadline() {
        Article article = cleaner.clean(lines("Menu", "Ferry service resumes after storm",
                "Wednesday, 6 March 2024, updated at noon by the news desk of the paper", FIRST_PARAGRAPH));

        assertEquals("Ferry service resumes after storm", article.title());
    }

    @Test
    void captionCutShortByThePageIsNotBodyText() {
        Article article = cleaner.clean(lines(FIRST_PARAGRAPH,
                "The president looks at a mobile payment platform and a solar exhibit during the Power Africa …", SECOND_PARAGRAPH));

        assertEquals(List.of(FIRST_PARAGRAPH, SECOND_PARAGRAPH), article.paragraphs());
    }

    @Test
    void leadWithABracketedGlossIsNoDateline() {
        String paragraph = "Vienna (Wien) is the capital of Austria and was the seat of the congress of 1815.";

        assertEquals(List.of(paragraph), cleaner.clean(paragraph).paragraphs());
    }

    @Test
    void forwardedEmailLosesItsQuotingAndJoinsItsWrappedLines() {
        Article article = cleaner.clean(lines("> The board met in Lisbon on 4 March and voted to close",
                "> the old harbour office by the end of the year. About 40 staff",
                "> will move to the new building on the river front in 2026."));

        assertEquals(List.of("The board met in Lisbon on 4 March and voted to close the old harbour office by the end of the"
                + " year. About 40 staff will move to the new building on the river front in 2026."), article.paragraphs());
    }

    @Test
    void paragraphEndingInAClosingBracketOrQuoteAfterAMarkerIsStillProse() {
        Article article = cleaner.clean(lines("(The act was signed in the palace nine days before the battle of Waterloo.)",
                "The envoy called it “the peace of the century.”[4]"));

        assertEquals(List.of("(The act was signed in the palace nine days before the battle of Waterloo.)",
                "The envoy called it “the peace of the century.”"), article.paragraphs());
    }

    @Test
    void siteAddressOnTheFirstLineIsNoHeadline() {
        Article article = cleaner.clean(lines("harbourtimes.co.uk", "Harbour Town lift the regional cup at last", FIRST_PARAGRAPH));

        assertEquals("Harbour Town lift the regional cup at last", article.title());
    }
}
