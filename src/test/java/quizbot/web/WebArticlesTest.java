package quizbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebArticlesTest {

    private static final String PAGE_URL = "https://earthnotes.example/volcanoes";

    private static String resource(String name) {
        try (InputStream in = WebArticlesTest.class.getResourceAsStream("/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebArticle volcanoes() {
        return WebArticles.fromHtml(resource("volcano-article.html"), PAGE_URL);
    }

    /** A page long enough for readability to judge, around the given body. */
    private static String page(String title, String head, String body) {
        String filler = "<p>" + "Rivers carry sand and silt from the mountains to the sea over many years. ".repeat(8) + "</p>";
        return "<html><head><title>" + title + "</title>" + head + "</head><body><article>" + body + filler
                + "</article></body></html>";
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        String text = volcanoes().text();

        assertTrue(text.contains("far from any edge.\n\nIn 1980 Mount St. Helens"), text);
        assertTrue(text.contains("before the eruption.\n\nThree kinds of volcano\n\n• Shield volcanoes"), text);
    }

    @Test
    void listItemsBecomeBulletedLines() {
        String text = volcanoes().text();

        assertTrue(text.contains("• Shield volcanoes, broad and gentle, built by runny lava.\n"
                + "• Stratovolcanoes, steep cones of lava and ash, such as Mount Fuji.\n"
                + "• Cinder cones, small and short-lived, like Parícutin in Mexico."), text);
    }

    @Test
    void tableRowsBecomeLinesWithTheirCellsSeparated() {
        String text = volcanoes().text();

        assertTrue(text.contains("Volcano | Year | Deaths\nTambora | 1815 | 71,000\nKrakatoa | 1883 | 36,000"), text);
    }

    @Test
    void aLineBreakEndsALineAndABlockQuoteIsItsOwnParagraph() {
        String text = volcanoes().text();

        assertTrue(text.contains("the year without a summer.\nCrops failed from Ireland to Switzerland."), text);
        assertTrue(text.contains("\n\nThe mountain was on fire, and the sky turned black at noon.\n\n"), text);
    }

    @Test
    void entitiesAreDecodedAndNoBreakSpacesBecomeSpaces() {
        String text = volcanoes().text();

        assertTrue(text.contains("Washington State & killed 57 people"), text);
        assertTrue(text.contains("about 600 square kilometres"), text);
        assertTrue(text.contains("the mountain’s north flank"), text);
        assertTrue(text.contains("Hawaiʻi"), text);
        assertFalse(text.contains("&amp;") || text.contains("\u00a0"), text);
    }

    @Test
    void navigationScriptsAndFootersAreLeftOut() {
        String text = volcanoes().text();

        assertFalse(text.contains("tracking"), text);
        assertFalse(text.contains("About us"), text);
        assertFalse(text.contains("All rights reserved"), text);
        assertFalse(text.contains("font-family"), text);
    }

    @Test
    void titleIsTheHeadlineWithoutTheSiteName() {
        WebArticle article = volcanoes();

        assertEquals("How Volcanoes Form", article.title());
        assertEquals(PAGE_URL, article.url());
    }

    @Test
    void titleLosesASuffixNamedByOgSiteName() {
        String html = page("Tambora, 1815 | The Weekly Rock",
                "<meta property=\"og:site_name\" content=\"The Weekly Rock\">", "<p>Tambora erupted in 1815.</p>");

        assertEquals("Tambora, 1815", WebArticles.fromHtml(html, "").title());
    }

    @Test
    void titleLosesASuffixWhenTheHeadBeforeItIsThePagesHeadline() {
        String html = page("Rome :: Tiber Tales", "", "<h1>Rome</h1><p>Rome was founded, the legend says, in 753 BC.</p>");

        assertEquals("Rome", WebArticles.fromHtml(html, "").title());
    }

    @Test
    void titleLosesASuffixThatIsTheSitesHostName() {
        String html = page("Krakatoa, 1883 - Wikipedia", "", "<p>Krakatoa erupted in 1883.</p>");

        assertEquals("Krakatoa, 1883", WebArticles.fromHtml(html, "https://en.wikipedia.org/wiki/Krakatoa").title());
    }

    @Test
    void titleKeepsADashThatDoesNotPrecedeASiteName() {
        String html = page("Rome - The Eternal City", "", "<p>Rome was founded, the legend says, in 753 BC.</p>");

        assertEquals("Rome - The Eternal City", WebArticles.fromHtml(html, "https://history.example/rome").title());
    }

    @Test
    void titleIsTheHeadlineThePageDeclaresBeforeItsTitleElement() {
        String html = page("Home | News of the Day", "<meta property=\"og:title\" content=\"Krakatoa erupts again\">",
                "<p>Krakatoa erupted in 1883.</p>");

        assertEquals("Krakatoa erupts again", WebArticles.fromHtml(html, "").title());
    }

    @Test
    void titleComesFromJsonLdBeforeMetaTags() {
        String html = page("Home | News of the Day", "<meta property=\"og:title\" content=\"News of the Day\">"
                        + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                        + "{\"@type\": \"WebSite\", \"name\": \"News of the Day\"},"
                        + "{\"@type\": \"NewsArticle\", \"headline\": \"Krakatoa and its children\"}]}</script>",
                "<p>Krakatoa erupted in 1883.</p>");

        assertEquals("Krakatoa and its children", WebArticles.fromHtml(html, "").title());
    }

    @Test
    void aShortPageStillGivesItsText() {
        WebArticle article = WebArticles.fromHtml("<html><body><p>The Nile is about 6,650 km long.</p></body></html>", "");

        assertEquals("The Nile is about 6,650 km long.", article.text());
        assertEquals("", article.title());
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertThrows(NoReadableTextException.class,
                () -> WebArticles.fromHtml("<html><head><title>Empty</title></head><body><script>x()</script></body></html>", ""));
    }

    @Test
    void bytesAreDecodedWithTheMetaCharsetWhenNoneIsDeclared() {
        byte[] html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le café de Flore ouvrit en 1887.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("Le café de Flore ouvrit en 1887.", WebArticles.fromHtml(html, null, "").text());
    }

    @Test
    void aDeclaredCharsetWinsOverTheMetaCharset() {
        byte[] html = "<html><head><meta charset=\"utf-8\"></head><body><p>Le café de Flore ouvrit en 1887.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("Le café de Flore ouvrit en 1887.", WebArticles.fromHtml(html, "ISO-8859-1", "").text());
    }

    @Test
    void bytesWithoutAnyCharsetAreReadAsUtf8() {
        byte[] html = "<html><body><p>Smörgåsbord was served in 1912.</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertEquals("Smörgåsbord was served in 1912.", WebArticles.fromHtml(html, null, "").text());
    }
}
