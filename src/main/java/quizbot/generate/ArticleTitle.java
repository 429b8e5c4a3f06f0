package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks an article's headline among the short lines a copy has above its body (see {@link #of}).
 * Stateless and thread-safe.
 */
final class ArticleTitle {

    private ArticleTitle() {
    }

    private static final int MIN_TITLE_WORDS = 4;
    /** A headline is rarely longer; a longer line above the body is its standfirst. */
    private static final int MAX_TITLE_WORDS = 18;
    /** An encyclopedia headline names the subject its lead opens with: a few words. */
    private static final int MAX_SUBJECT_WORDS = 8;
    /** A copy that starts at its headline: an official title ("Remarks by President … on the …") may run long. */
    private static final int MAX_FIRST_LINE_WORDS = 30;
    /** Where an encyclopedia names its subject: the opening words of one of its first paragraphs. */
    private static final int LEAD_PARAGRAPHS = 3;
    private static final int LEAD_OPENING_CHARS = 100;
    /** A line this long right above the longest is the headline, the longest its standfirst. */
    private static final int MIN_HEADLINE_BEFORE_STANDFIRST_WORDS = 6;

    /**
     * The headline among the short lines above the body:
     * <ol>
     * <li>the page's first line, when it is headline-shaped (a copy that starts at the headline);</li>
     * <li>above an encyclopedia's tagline ("From Wikipedia, the free encyclopedia"), the line the lead
     *     names in its opening words ("Gravity" for "In physics, gravity is …"), else the line right above;</li>
     * <li>the first line the lead names in its opening words (an encyclopedia's subject above its infobox);</li>
     * <li>else the longest of headline size (the line above it when that is the longest's standfirst),
     *     never a menu, breadcrumb, section label or dateline row; else a short line the lead names.</li>
     * </ol>
     */
    static String of(List<String> lines, List<String> paragraphs, boolean firstLineIsCandidate, int tagline) {
        var headlines = new ArrayList<String>();
        for (String line : lines) {
            String candidate = CleanFurniture.stripSiteName(line);
            boolean shaped = !CleanFurniture.isNavigation(candidate) && !CleanFurniture.isDateOrBylineRow(candidate);
            headlines.add(shaped || ArticleCleaner.words(candidate) <= MAX_SUBJECT_WORDS ? candidate : "");
        }
        if (firstLineIsCandidate && !headlines.get(0).isEmpty() && ArticleCleaner.words(headlines.get(0)) <= MAX_FIRST_LINE_WORDS
                && !CleanFurniture.isNavigation(headlines.get(0))) {
            return headlines.get(0);
        }
        if (tagline > 0) {
            for (int i = tagline - 1; i >= 0; i--) {
                if (namedByLead(headlines.get(i), paragraphs)) {
                    return headlines.get(i);
                }
            }
            return headlines.get(tagline - 1);
        }
        for (String candidate : headlines) {
            if (namedByLead(candidate, paragraphs)) {
                return candidate;
            }
        }
        String best = "";
        String beforeBest = "";
        String longer = "";
        String named = "";
        String previous = "";
        String lead = paragraphs.isEmpty() ? "" : ArticleCleaner.normalizeForMatch(paragraphs.get(0));
        for (String candidate : headlines) {
            int words = ArticleCleaner.words(candidate);
            String plain = ArticleCleaner.normalizeForMatch(candidate);
            if (candidate.isEmpty() || CleanFurniture.isNavigation(candidate) || CleanFurniture.isDateOrBylineRow(candidate)
                    || candidate.endsWith(".")) { // "This is Mike Watkins at JPL.": a short sentence, no headline
                previous = "";
                continue;
            }
            if (words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && candidate.length() > best.length()) {
                best = candidate;
                beforeBest = previous;
            } else if (words > MAX_TITLE_WORDS && candidate.length() > longer.length()) {
                longer = candidate;
            } else if (words < MIN_TITLE_WORDS && named.isEmpty() && plain.length() > 3 && lead.contains(plain)) {
                named = candidate;
            }
            previous = words <= MAX_TITLE_WORDS ? candidate : "";
        }
        if (ArticleCleaner.words(beforeBest) >= MIN_HEADLINE_BEFORE_STANDFIRST_WORDS) {
            return beforeBest; // the longest is the standfirst under the headline
        }
        return !best.isEmpty() ? best : !longer.isEmpty() ? longer : named;
    }

    /** Whether one of the first paragraphs names the line within its opening words: the article's subject. */
    private static boolean namedByLead(String candidate, List<String> paragraphs) {
        String plain = ArticleCleaner.normalizeForMatch(candidate);
        if (plain.length() < 4 || ArticleCleaner.words(candidate) > MAX_SUBJECT_WORDS || !Character.isUpperCase(candidate.codePointAt(0))
                || CleanLines.endsSentence(candidate)) {
            return false;
        }
        var words = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(plain) + "(?![\\p{L}\\d])");
        for (String paragraph : paragraphs.subList(0, Math.min(LEAD_PARAGRAPHS, paragraphs.size()))) {
            String opening = ArticleCleaner.normalizeForMatch(paragraph.substring(0, Math.min(LEAD_OPENING_CHARS, paragraph.length())))
                    .replaceAll("\\([^()]*\\)?", ""); // "(talk | contribs)", "(from Latin …)" name no subject
            if (words.matcher(opening).find()) {
                return true;
            }
        }
        return false;
    }
}
