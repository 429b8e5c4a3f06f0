package quizbot.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List items as body text. A bulleted or numbered item ({@code •}, {@code -}, {@code *}, {@code –},
 * {@code 1.}, {@code 1)}, {@code a)}) that is a sentence stays, without its bullet; an item or a
 * timeline line that opens with a date ("12 June 1815 – the treaty is signed", "1969: Apollo 11
 * lands on the Moon") becomes a sentence with the date as its opening adverbial ("On 12 June 1815,
 * the treaty is signed." / "In 1969, Apollo 11 lands on the Moon."), which the date rules read as a
 * date in context. Navigation-like items (short, no sentence end) and fact-box rows ("Length: 4.3km")
 * stay out. Stateless and thread-safe.
 */
final class CleanLists {

    private CleanLists() {
    }

    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•·▪●◦‣∙*+–-]|\\(?\\d{1,2}[.)]|\\(?[a-z]\\)|\\((?:[ivx]{1,4})\\))\\s+(?=\\S)");
    private static final String MONTH = "(?:" + DateExtractor.MONTH_NAMES + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
    private static final String YEAR = "(?:1\\d{3}|20\\d{2})";
    private static final Pattern DATED = Pattern.compile(
            "^(?<DATE>(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"
                    + "|" + MONTH + "\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)(?:,\\s*" + YEAR + ")?)"
                    + "|" + MONTH + ",?\\s+" + YEAR + "|" + YEAR + "(?:\\s*[–-]\\s*(?:" + YEAR + "|\\d{2}))?s?)"
                    + "\\s*(?<SEPARATOR>[:–—]|\\s-|,)\\s+(?<REST>\\S.*)$");
    private static final Pattern DAY_NUMBER = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
    /** "Length: 4.3km, …", "Toll: €3.50 per car": a fact-box row whose value starts in lower case or with a figure. */
    private static final Pattern FACT_BOX_ROW = Pattern.compile("^[\\p{L}][\\p{L} '’-]{0,30}:\\s+[^\\p{Lu}“\"‘']");
    private static final int MIN_ITEM_WORDS = 4;
    private static final Pattern LOWER_FIRST = Pattern.compile("(?:The|A|An|In|On|At|By|For|From|During|After|Before|With|Its|His|Her|Their"
            + "|This|These|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many)\\s");
    private static final int MIN_SENTENCE_ITEM_WORDS = 5;

    /** Whether the line is a bulleted or numbered item. */
    static boolean isItem(String line) {
        return BULLET.matcher(line).lookingAt();
    }

    /**
     * The item or timeline line as a sentence, or {@code null} when it is none: without a bullet, a
     * line only counts when it opens with a date ("1969: …"); an item without a date counts when it
     * ends like a sentence (a clause ending in ";" or "," gets a full stop).
     */
    static String asSentence(String line) {
        var bullet = BULLET.matcher(line);
        boolean item = bullet.lookingAt();
        String text = item ? line.substring(bullet.end()).strip() : line;
        Matcher dated = DATED.matcher(text);
        if (dated.matches() && words(dated.group("REST")) >= MIN_ITEM_WORDS - 1 && !text.contains("|")
                && (item || !dated.group("SEPARATOR").equals(","))) {
            String rest = closed(dated.group("REST"));
            String date = dated.group("DATE");
            String preposition = date.matches(".*\\p{L}.*") && DAY_NUMBER.matcher(date).find() ? "On " : "In ";
            return preposition + date + ", " + lowerArticle(rest);
        }
        if (!item || FACT_BOX_ROW.matcher(text).lookingAt()) {
            return null;
        }
        text = text.replaceAll("\\s*([;,])\\s*(?:and|or)$", "$1");
        int end = text.length();
        while (end > 0 && "”\"’')]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean punctuated = end > 0 && ".!?;,".indexOf(text.charAt(end - 1)) >= 0;
        if (!punctuated || words(text) < MIN_SENTENCE_ITEM_WORDS || !startsLikeSentence(text)) {
            return null;
        }
        return closed(text);
    }

    private static boolean startsLikeSentence(String text) {
        String start = text.replaceAll("^[“\"‘'(]+", "");
        return !start.isEmpty() && (Character.isUpperCase(start.codePointAt(0)) || Character.isDigit(start.codePointAt(0)));
    }

    /** The clause with a full stop for its trailing ";", "," or "; and", or none. */
    private static String closed(String text) {
        String clause = text.strip().replaceAll("\\s*[;,]\\s*(?:and|or)?$", "");
        return CleanLines.endsSentence(clause) && !clause.endsWith(":") && !clause.endsWith(";") ? clause : clause + ".";
    }

    /**
     * "The treaty …" after "In 1815, " reads "the treaty …", "In the film …" "in the film …" and "Three films …" "three films …":
     * an article, a preposition or a count loses its capital; a name keeps it.
     */
    private static String lowerArticle(String rest) {
        return LOWER_FIRST.matcher(rest).lookingAt() ? Character.toLowerCase(rest.charAt(0)) + rest.substring(1) : rest;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
