package quizbot.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text copied from a web page into a headline and body paragraphs: drops navigation, share,
 * comment, cookie and newsletter lines, captions and bylines, and strips the image ids that web
 * copies glue to paragraph starts ({@code "235830721 1In turn, …"} → {@code "In turn, …"}).
 * A line is body text when it reads as prose: long enough and ending like a sentence; the line
 * right under an "Image:" or "Photo:" line is its caption, not body text.
 * Stateless and thread-safe.
 */
final class ArticleCleaner {

    /** An image id ("inx960x640", "235830721") and the counters after it, the last glued to the text. */
    private static final Pattern GLUED_IMAGE_ID = Pattern.compile(
            "^(?:\\p{L}{0,8}\\d+x\\d+|\\d{5,})(?:\\s+\\d{1,3})*\\s*\\d{0,3}(?=[\\p{Lu}“\"‘'])");

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
    private static final int MIN_TITLE_WORDS = 4;
    /** Longer than any English word, even "antidisestablishmentarianism" (28). */
    private static final int MAX_WORD_CHARS = 100;

    Article clean(String pageText) {
        String text = Normalizer.normalize(pageText.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        var paragraphs = new ArrayList<String>();
        String title = "";
        boolean afterCaptionLine = false;
        for (String rawLine : text.split("\n")) {
            String line = stripImageId(rawLine.replace('\u00A0', ' ').strip()).replaceAll("\\s{2,}", " ");
            boolean captionText = afterCaptionLine;
            afterCaptionLine = PICTURE.matcher(line).lookingAt() && !isProse(line);
            if (line.isEmpty() || isFurniture(line) || captionText) {
                continue;
            }
            if (isProse(line)) {
                paragraphs.add(LOST_FULL_STOP.matcher(line).replaceAll(". "));
            } else if (paragraphs.isEmpty() && words(line) >= MIN_TITLE_WORDS && line.length() > title.length()) {
                title = line;
            }
        }
        return new Article(title, paragraphs);
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
                && !start.isEmpty() && Character.isLetterOrDigit(start.codePointAt(0)) && longestWord(line) <= MAX_WORD_CHARS;
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

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lower case without accents: "Díaz" and "Diaz" compare equal. */
    static String normalizeForMatch(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
