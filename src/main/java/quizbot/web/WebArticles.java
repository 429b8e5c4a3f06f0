package quizbot.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an HTML page: Readability4J (a port of Firefox's reader view) finds the article,
 * then {@link HtmlText} turns its blocks into lines. A page readability finds nothing in falls
 * back to its whole body without navigation, headers and footers. Stateless and thread-safe.
 */
public final class WebArticles {

    /** What may stand between a headline and a site name in a {@code <title>}. */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / ");

    private WebArticles() {
    }

    /**
     * The article in an HTML page already decoded to text.
     *
     * @param baseUrl the page's address, used for relative links and kept in the result; may be empty
     * @throws NoReadableTextException when the page has no text
     */
    public static WebArticle fromHtml(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        String base = baseUrl == null ? "" : baseUrl;
        return fromDocument(Jsoup.parse(html, base), base);
    }

    /**
     * The article in an HTML file or response body, decoded with the given charset, else the page's
     * own byte-order mark, {@code <meta charset>} or {@code http-equiv} declaration, else UTF-8.
     *
     * @param charsetName the charset the server declared (Content-Type), or null
     */
    public static WebArticle fromHtml(byte[] html, String charsetName, String baseUrl) {
        Objects.requireNonNull(html, "html");
        String base = baseUrl == null ? "" : baseUrl;
        try {
            return fromDocument(Jsoup.parse(new ByteArrayInputStream(html), charsetName, base), base);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a byte array does not fail to read
        }
    }

    private static WebArticle fromDocument(Document document, String baseUrl) {
        PageMetadata metadata = PageMetadata.of(document);
        Article article = new Readability4J(absoluteOrPlaceholder(baseUrl), document.clone()).parse();
        Element content = article.getArticleContent();
        String text = content == null ? "" : HtmlText.of(content);
        if (text.isBlank()) {
            text = wholeBodyText(document);
        }
        if (text.isBlank()) {
            throw new NoReadableTextException(baseUrl);
        }
        return new WebArticle(title(article.getTitle(), metadata, baseUrl), text, baseUrl);
    }

    /**
     * Readability makes links absolute and logs an error with a stack trace when the base is not an
     * absolute URI; links are not kept in the text, so a placeholder base does no harm.
     */
    private static String absoluteOrPlaceholder(String baseUrl) {
        try {
            URI base = URI.create(baseUrl);
            if (base.isAbsolute() && base.getHost() != null) {
                return baseUrl;
            }
        } catch (IllegalArgumentException notAUri) {
            // fall through to the placeholder
        }
        return "http://article.invalid/";
    }

    private static String wholeBodyText(Document document) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        Element copy = body.clone();
        copy.select("nav, header, footer, aside, form").remove();
        return HtmlText.of(copy);
    }

    /**
     * The title the page declares for its article (JSON-LD headline, Dublin Core, og:title,
     * twitter:title, parsely: the order of today's Readability.js, which Readability4J 1.0.8 predates),
     * else Readability4J's title (the {@code <title>} with a site part cut when it can tell), else the
     * first h1; then a trailing " - Site" is cut when og:site_name, the page's own h1 or the host
     * name show that the part is the site's name.
     */
    static String title(String readabilityTitle, PageMetadata metadata, String baseUrl) {
        String title = metadata.declaredTitle();
        if (title.isEmpty()) {
            title = normalise(readabilityTitle);
        }
        if (title.isEmpty()) {
            title = metadata.firstHeadline();
        }
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String head = title.substring(0, at).strip();
            String tail = title.substring(at + separator.length()).strip();
            if (isSiteName(tail, metadata, baseUrl) || metadata.isHeadline(head)) {
                return head;
            }
        }
        return title;
    }

    private static boolean isSiteName(String part, PageMetadata metadata, String baseUrl) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (metadata.siteNames().contains(lower)) {
            return true;
        }
        String host = hostOf(baseUrl);
        if (host.isEmpty()) {
            return false;
        }
        String squeezed = lower.replaceAll("[^\\p{L}\\p{N}]", "");
        String bareHost = host.startsWith("www.") ? host.substring(4) : host;
        if (squeezed.isEmpty()) {
            return false;
        }
        if (squeezed.equals(bareHost.replaceAll("[^\\p{L}\\p{N}]", ""))) {
            return true; // "Example.com" on www.example.com
        }
        List<String> labels = new ArrayList<>(List.of(bareHost.split("\\.")));
        if (labels.size() > 1) {
            labels.remove(labels.size() - 1); // the top-level domain alone is no site name
        }
        return labels.contains(squeezed); // "Wikipedia" on en.wikipedia.org
    }

    private static String hostOf(String baseUrl) {
        try {
            String host = baseUrl.isEmpty() ? null : URI.create(baseUrl).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return "";
        }
    }

    static String normalise(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** What the page says about itself, read before readability changes the document. */
    record PageMetadata(List<String> siteNames, String declaredTitle, List<String> headlines) {

        /** Meta tags naming the article's title, in the order Readability.js prefers them. */
        private static final List<String> TITLE_META = List.of("dc:title", "dcterm:title", "og:title",
                "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title");

        PageMetadata {
            siteNames = List.copyOf(siteNames);
            headlines = List.copyOf(headlines);
            Objects.requireNonNull(declaredTitle, "declaredTitle");
        }

        static PageMetadata of(Document document) {
            List<String> siteNames = new ArrayList<>();
            for (String selector : List.of("meta[property=og:site_name]", "meta[name=application-name]",
                    "meta[name=apple-mobile-web-app-title]")) {
                for (Element meta : document.select(selector)) {
                    String name = normalise(meta.attr("content")).toLowerCase(Locale.ROOT);
                    if (!name.isEmpty()) {
                        siteNames.add(name);
                    }
                }
            }
            List<String> headlines = new ArrayList<>();
            for (Element h1 : document.select("h1")) {
                String text = normalise(h1.text());
                if (!text.isEmpty()) {
                    headlines.add(text);
                }
            }
            return new PageMetadata(siteNames, declaredTitle(document), headlines);
        }

        private static String declaredTitle(Document document) {
            String linkedData = JsonLd.headline(document);
            if (!linkedData.isEmpty()) {
                return linkedData;
            }
            Map<String, String> titles = new HashMap<>();
            for (Element meta : document.select("meta[content]")) {
                String content = normalise(meta.attr("content"));
                for (String key : (meta.attr("property") + " " + meta.attr("name")).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!content.isEmpty() && TITLE_META.contains(key)) {
                        titles.putIfAbsent(key, content);
                    }
                }
            }
            return TITLE_META.stream().map(titles::get).filter(Objects::nonNull).findFirst().orElse("");
        }

        String firstHeadline() {
            return headlines.isEmpty() ? "" : headlines.get(0);
        }

        /** Whether the page has an h1 with this text (case ignored). */
        boolean isHeadline(String text) {
            return headlines.stream().anyMatch(headline -> headline.equalsIgnoreCase(text));
        }
    }
}
