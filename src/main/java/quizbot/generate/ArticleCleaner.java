package quizbot.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text copied from a web page, an encyclopedia, a PDF, an e-mail or a transcript into a headline
 * and body paragraphs, by the shape of the text rather than by one site's wording:
 * <ul>
 * <li>HTML entities are decoded and reference markers ("1815.[2]", "[citation needed]") removed
 *     ({@link CleanMarkers}); hard-wrapped lines, captions one to a line and subtitle files are joined
 *     into paragraphs ({@link CleanLines});</li>
 * <li>list items that are sentences or dated facts are kept as sentences ({@link CleanLists});</li>
 * <li>navigation, share, comment, cookie and newsletter lines, bylines, author bios, captions and
 *     credits, related-story lists, chart labels and an encyclopedia's reference sections are dropped;
 *     datelines ("NAIROBI, Kenya —"), breadcrumbs ("World|") and image ids or file names glued to a
 *     paragraph's start ({@code "235830721 1In turn, …"}, {@code "IMG_2034.jpg The …"}) are cut off
 *     ({@link CleanFurniture}).</li>
 * </ul>
 * A block is body text when it reads as prose: long enough and ending like a sentence; the line
 * right under an "Image:" or "Photo:" line is its caption, not body text. The headline is the line
 * above an encyclopedia's tagline, else the longest headline-sized line above the body, never a
 * breadcrumb, a menu, a byline or the site's name.
 * Stateless and thread-safe.
 */
final class ArticleCleaner {

    /**
     * An image id ("inx960x640", "235830721") or file name ("IMG_2034.jpg", "hero_img 800x600",
     * "photo-1234567-1200x800") and the counters after it, the last glued to the text.
     */
    private static final Pattern GLUED_IMAGE_ID = Pattern.compile(
            "^(?:(?:\\p{L}{0,8}\\d+x\\d+|\\d{5,}|[\\w.-]+\\.(?i:jpe?g|png|gif|webp|avif|svg|tiff?|bmp)"
                    + "|[\\p{L}\\d]*_[\\w-]*|[\\p{L}]*-?\\d{5,}(?:-[\\w]+)*)\\s*)+(?:\\s+\\d{1,3})*\\s*\\d{0,3}(?=[\\p{Lu}“\"‘'])");

    /** Phrases that only page furniture uses: matched anywhere in a line. */
    private static final Pattern FURNITURE = Pattern.compile(String.join("|",
            "\\bcookies?\\b", "\\bnewsletter\\b", "\\bsubscribe\\b", "\\bsign (?:up|in)\\b", "\\blog ?in\\b",
            "\\bread more\\b", "\\byou may also like\\b", "\\brelated (?:articles?|stories|posts|news)\\b",
            "\\b(?:view|show|load|read) (?:all |more )?comments?\\b", "\\bcomments? \\(\\d+\\)", "\\binline feedbacks?\\b",
            "\\bshare (?:on|this|via)\\b", "\\bfollow us\\b", "\\ball rights reserved\\b", "©", "\\bprivacy policy\\b",
            "\\bterms of (?:use|service)\\b", "\\bclick here\\b", "\\badvertisement\\b", "\\blisten to this article\\b",
            "\\bmin(?:ute)?s? read\\b", "\\bskip to (?:main )?content\\b", "https?://", "www\\.",
            "\\bversion of this article appear(?:s|ed) in print\\b", "\\bthis article was (?:amended|updated|corrected)\\b",
            "\\badditional reporting by\\b"),
            Pattern.CASE_INSENSITIVE);

    /** Line starts that mark captions, credits and bylines. */
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:image|photo|picture|caption|credit|source|video|tags?|by|published|updated|posted)s?\\b\\s*[:|]?",
            Pattern.CASE_INSENSITIVE);
    /** A line that introduces a picture; the line under it is the picture's caption. */
    private static final Pattern PICTURE = Pattern.compile("^(?:image|photo|picture|video)s?\\s*:", Pattern.CASE_INSENSITIVE);

    private static final int MIN_BODY_WORDS = 8;
    /**
     * The headlines of a related-stories list are short list items or lines that do not end like a
     * sentence (the first line under the heading may); a longer line or a prose paragraph ends the list.
     */
    private static final int MAX_RELATED_WORDS = 16;
    private static final int MAX_RELATED_LINES = 12;
    /** Longer than any English word, even "antidisestablishmentarianism" (28). */
    private static final int MAX_WORD_CHARS = 100;

    /** No-break, thin and hair spaces read as spaces: a marker's page ("[16]: 105", hair spaces) is one shape. */
    private static final Pattern OTHER_SPACE = Pattern.compile("[\\p{Zs}\\t&&[^ ]]");
    /** Zero-width space, word joiner, byte-order mark: invisible in a copy, but they split words. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

    Article clean(String pageText) {
        String text = Normalizer.normalize(pageText.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        text = CleanMarkers.decodeEntities(text).replace("\u00AD", "");
        text = OTHER_SPACE.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ");
        var paragraphs = new ArrayList<String>();
        var titles = new ArrayList<String>();
        int tagline = -1;
        boolean firstLine = true;
        boolean firstLineIsCandidate = false;
        boolean afterCaptionLine = false;
        int relatedLines = -1;
        for (String block : CleanLines.blocks(text)) {
            String line = cleanBlock(block);
            boolean captionText = afterCaptionLine;
            afterCaptionLine = PICTURE.matcher(line).lookingAt() && !isProse(line);
            if (line.isEmpty()) {
                continue;
            }
            boolean first = firstLine;
            firstLine = false;
            if (!paragraphs.isEmpty() && CleanFurniture.isReferencesHeading(line)) {
                break;
            }
            if (relatedLines >= 0) {
                boolean headline = CleanLists.isItem(line) || !isProse(line) || relatedLines == 0;
                if (headline && relatedLines < MAX_RELATED_LINES && words(line) <= MAX_RELATED_WORDS) {
                    relatedLines++;
                    continue;
                }
                relatedLines = -1;
            }
            if (CleanFurniture.isRelatedHeading(line)) {
                relatedLines = 0;
                continue;
            }
            if (CleanFurniture.isEncyclopediaTagline(line) && paragraphs.isEmpty() && !titles.isEmpty() && tagline < 0) {
                tagline = titles.size();
            }
            if (captionText || isPageFurniture(line)) {
                continue;
            }
            line = completeSentences(line);
            String listSentence = CleanLists.asSentence(line);
            if (listSentence != null) {
                paragraphs.add(listSentence);
            } else if (CleanLists.isItem(line)) {
                continue;
            } else if (isProse(line)) {
                if (!CleanFurniture.isAuthorBio(line)) {
                    paragraphs.add(LOST_FULL_STOP.matcher(line).replaceAll(". "));
                }
            } else if (paragraphs.isEmpty()) {
                titles.add(line);
                firstLineIsCandidate |= first;
            }
        }
        return new Article(ArticleTitle.of(titles, paragraphs, firstLineIsCandidate, tagline), paragraphs);
    }

    /**
     * A long paragraph whose last sentence runs into a quotation or a table on the next line ("…,
     * notes that"): its complete sentences, so the paragraph still counts as prose.
     */
    private static String completeSentences(String line) {
        if (words(line) < MIN_RUN_ON_WORDS || isProse(line)) {
            return line;
        }
        var stop = SENTENCE_STOP.matcher(line);
        int end = -1;
        while (stop.find()) {
            end = stop.end();
        }
        return end > 0 && isProse(line.substring(0, end)) ? line.substring(0, end) : line;
    }

    private static final int MIN_RUN_ON_WORDS = 20;
    /** A full stop, "!" or "?" (maybe inside closing quotes) before a capital: a sentence ends there. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<=\\p{Ll}{2}|\\d|\\))[.!?][”\"’']?(?=\\s+[\\p{Lu}“\"‘])");

    /** An em dash glued to the words around it ("the Food and Drug Administration—including"), which then read as one word. */
    private static final Pattern GLUED_DASH = Pattern.compile("(?<=[\\p{L}.,;”\"’)])—(?=[\\p{L}“\"‘(])");

    /** The block with its markers, image id, dateline and breadcrumb cut off, in single spaces, and em dashes spaced. */
    private static String cleanBlock(String block) {
        String line = GLUED_DASH.matcher(CleanMarkers.stripMarkers(stripImageId(block.strip()))).replaceAll(" — ").replaceAll("\\s{2,}", " ");
        return CleanFurniture.stripDateline(CleanFurniture.stripBreadcrumb(line));
    }

    /** Furniture by phrase (see {@link #isFurniture}) or by shape: a byline, a credit, a share row, a chart label. */
    private static boolean isPageFurniture(String line) {
        return (isFurniture(line) && words(line) <= MAX_FURNITURE_WORDS) || CleanFurniture.isWholeLineFurniture(line)
                || CleanFurniture.isByline(line) || CleanFurniture.endsInCredit(line) || CleanFurniture.isEncyclopediaTagline(line) || CleanFurniture.isHatnote(line)
                || CleanFurniture.isCitation(line);
    }

    /**
     * A sentence whose full stop was lost in the copy ("…the Island of Freedom On November 1, …"):
     * a capitalised preposition followed by a date cannot continue a sentence, so restore the stop.
     */
    private static final Pattern LOST_FULL_STOP = Pattern.compile(
            "(?<=[\\p{L}\\d”\"’])\\s+(?=(?:On|In|At|Since|By) (?:\\d|" + DateExtractor.MONTH_NAMES + "))");

    static String stripImageId(String line) {
        return GLUED_IMAGE_ID.matcher(line).replaceFirst("");
    }

    static boolean isFurniture(String line) {
        return FURNITURE.matcher(line).find() || (CAPTION.matcher(line).find() && !isProse(line));
    }

    /**
     * A furniture phrase in a paragraph of this many words is the paragraph's subject (a lecture on
     * cookies, a transcript's "subscribe"), not furniture: banners and prompts are shorter.
     */
    private static final int MAX_FURNITURE_WORDS = 60;

    /**
     * Long enough, ending like a sentence, starting with a letter or digit after any opening quotes, and
     * holding no "word" longer than {@value #MAX_WORD_CHARS} characters: that is a web address, code or
     * data, never prose (and the language models take time in the square of a word's length).
     */
    private static boolean isProse(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || "”\"’')]".indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        String start = line.replaceAll("^[“\"‘'(\\[]+", "");
        return words(line) >= MIN_BODY_WORDS && end > 0 && ".!?:;".indexOf(line.charAt(end - 1)) >= 0
                && !start.isEmpty() && Character.isLetterOrDigit(start.codePointAt(0)) && longestWord(line) <= MAX_WORD_CHARS
                && !mostlyFigures(line) && !TRUNCATED.matcher(line).find();
    }

    /** A teaser or caption cut short by the page: "… during the Power Africa …" (a spaced ellipsis after a word). */
    private static final Pattern TRUNCATED = Pattern.compile("[\\p{L}\\d,]\\s+(?:…|\\.{3})\\s*$");

    /** A table row or chart label: half its words or more are figures. */
    private static boolean mostlyFigures(String line) {
        String[] words = line.strip().split("\\s+");
        int figures = 0;
        for (String word : words) {
            if (word.matches("[^\\p{L}]*\\d[^\\p{L}]*")) {
                figures++;
            }
        }
        return figures * 2 >= words.length;
    }

    private static int longestWord(String line) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < line.length(); i++) {
            current = Character.isWhitespace(line.charAt(i)) ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lower case without accents: "Díaz" and "Diaz" compare equal. */
    static String normalizeForMatch(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
