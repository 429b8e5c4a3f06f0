package quizbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The headline a page declares in schema.org JSON-LD, as Readability.js reads it. Stateless and thread-safe. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle"
                    + "|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle"
                    + "|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
                    + "|TechArticle|APIReference");

    private JsonLd() {
    }

    /** The first article's headline (else its name), or empty; broken JSON is ignored. */
    static String headline(Document document) {
        String pageTitle = document.title();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                String found = headline(JSON.readTree(script.data().strip().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "")), pageTitle);
                if (!found.isEmpty()) {
                    return found;
                }
            } catch (JsonProcessingException broken) {
                // a page's broken JSON-LD is no reason to fail; the meta tags follow
            }
        }
        return "";
    }

    private static String headline(JsonNode node, String pageTitle) {
        if (node == null) {
            return "";
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String found = headline(item, pageTitle);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        if (!node.isObject()) {
            return "";
        }
        if (node.has("@graph")) {
            String found = headline(node.get("@graph"), pageTitle);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (!isArticle(node.get("@type"))) {
            return "";
        }
        String name = text(node.get("name"));
        String headline = text(node.get("headline"));
        if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
            // Wikipedia's "headline" is a description; like Readability.js, take the one the <title> resembles
            boolean nameMatches = similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name.isEmpty() ? headline : name;
    }

    private static String text(JsonNode value) {
        return value != null && value.isTextual() ? WebArticles.normalise(value.asText()) : "";
    }

    /** Readability.js's textSimilarity: 1 minus the share of b's text made of words that a lacks. */
    static double similarity(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        List<String> onlyInB = wordsB.stream().filter(word -> !wordsA.contains(word)).toList();
        return 1 - (double) String.join(" ", onlyInB).length() / String.join(" ", wordsB).length();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+", -1)).filter(word -> !word.isEmpty()).toList();
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
    }
}
