package quizbot.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Our extraction against mozilla/readability's own test pages, which are not committed here (most
 * are not openly licensed). Point it at a local copy of {@code test/test-pages}:
 *
 * <pre>mvn -B -q test -Dtest=ReadabilityPeerTest -Dquizbot.readability.pages=/tmp/readability/test/test-pages</pre>
 *
 * <p>The measure is word-level F1: the words (runs of letters and digits, lower-cased) of our text
 * and of the text of {@code expected.html}, compared as multisets; precision is the share of our
 * words that are expected, recall the share of expected words we found. A page is close at
 * F1 ≥ {@value #CLOSE}. Readability4J's own flat {@code textContent} is measured beside ours, so a
 * loss in our block-to-lines step would show. Titles are compared with {@code expected-metadata.json}.
 * A report, not a gate: it fails only when it reads no page.
 */
@EnabledIfSystemProperty(named = ReadabilityPeerTest.PAGES_PROPERTY, matches = ".+")
class ReadabilityPeerTest {

    static final String PAGES_PROPERTY = "quizbot.readability.pages";
    static final double CLOSE = 0.9;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String BASE_URL = "http://fakehost/test/page.html";

    record PageResult(String page, double ourF1, double libraryF1, boolean titleEqual, boolean titleCut,
                      String ourTitle, String expectedTitle, String error) {
    }

    @Test
    void reportsHowCloseOurTextIsToReadabilitysExpectedText() throws IOException {
        List<PageResult> results = compareAll(Path.of(System.getProperty(PAGES_PROPERTY)));
        assertFalse(results.isEmpty(), "no page folder with source.html found");
        String report = report(results);
        System.out.println(report);
        Path output = Path.of("target", "readability-peer.tsv");
        Files.createDirectories(output.getParent());
        Files.writeString(output, report);
    }

    public static void main(String[] args) throws IOException {
        System.out.println(report(compareAll(Path.of(args.length > 0 ? args[0] : System.getProperty(PAGES_PROPERTY)))));
    }

    static List<PageResult> compareAll(Path pagesFolder) throws IOException {
        List<Path> pages;
        try (Stream<Path> folders = Files.list(pagesFolder)) {
            pages = folders.filter(folder -> Files.isRegularFile(folder.resolve("source.html"))).sorted().toList();
        }
        List<PageResult> results = new ArrayList<>();
        for (Path page : pages) {
            results.add(compare(page));
        }
        return results;
    }

    private static PageResult compare(Path page) {
        String name = page.getFileName().toString();
        String source = read(page.resolve("source.html"));
        String expectedText = Jsoup.parse(read(page.resolve("expected.html"))).text();
        String expectedTitle = expectedTitle(page.resolve("expected-metadata.json"));
        double libraryF1;
        try {
            String libraryText = new Readability4J(BASE_URL, source).parse().getTextContent();
            libraryF1 = f1(words(libraryText == null ? "" : libraryText), words(expectedText));
        } catch (RuntimeException failure) {
            libraryF1 = 0;
        }
        try {
            WebArticle article = WebArticles.fromHtml(source, BASE_URL);
            String ourTitle = article.title();
            String expected = WebArticles.normalise(expectedTitle);
            boolean equal = ourTitle.equalsIgnoreCase(expected);
            boolean cut = !equal && !ourTitle.isEmpty() && expected.toLowerCase(Locale.ROOT).startsWith(ourTitle.toLowerCase(Locale.ROOT));
            return new PageResult(name, f1(words(article.text()), words(expectedText)), libraryF1, equal, cut, ourTitle,
                    expected, "");
        } catch (RuntimeException failure) {
            return new PageResult(name, 0, libraryF1, false, false, "", expectedTitle, failure.toString());
        }
    }

    private static String expectedTitle(Path metadata) {
        if (!Files.isRegularFile(metadata)) {
            return "";
        }
        try {
            JsonNode title = new ObjectMapper().readTree(metadata.toFile()).get("title");
            return title == null || title.isNull() ? "" : title.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** Word-level F1 of two multisets; 1 when both are empty. */
    static double f1(Map<String, Integer> ours, Map<String, Integer> expected) {
        long ourTotal = ours.values().stream().mapToLong(Integer::longValue).sum();
        long expectedTotal = expected.values().stream().mapToLong(Integer::longValue).sum();
        if (ourTotal == 0 && expectedTotal == 0) {
            return 1;
        }
        long common = 0;
        for (Map.Entry<String, Integer> word : ours.entrySet()) {
            common += Math.min(word.getValue(), expected.getOrDefault(word.getKey(), 0));
        }
        return common == 0 ? 0 : 2.0 * common / (ourTotal + expectedTotal);
    }

    static String report(List<PageResult> results) {
        StringBuilder report = new StringBuilder("page\tour_f1\treadability4j_f1\ttitle\tour_title\texpected_title\terror\n");
        int close = 0;
        int libraryClose = 0;
        int titlesEqual = 0;
        int titlesCut = 0;
        double sum = 0;
        for (PageResult result : results) {
            close += result.ourF1() >= CLOSE ? 1 : 0;
            libraryClose += result.libraryF1() >= CLOSE ? 1 : 0;
            titlesEqual += result.titleEqual() ? 1 : 0;
            titlesCut += result.titleCut() ? 1 : 0;
            sum += result.ourF1();
            report.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%s\t%s\t%s\t%s%n", result.page(), result.ourF1(),
                    result.libraryF1(), result.titleEqual() ? "equal" : result.titleCut() ? "cut" : "differs",
                    result.ourTitle(), result.expectedTitle(), result.error()));
        }
        report.append(String.format(Locale.ROOT,
                "# %d pages; close (word F1 >= %.1f): ours %d, readability4j textContent %d; mean F1 %.3f; "
                        + "titles equal %d, expected title starts with ours (site part cut) %d%n",
                results.size(), CLOSE, close, libraryClose, sum / results.size(), titlesEqual, titlesCut));
        return report.toString();
    }
}
