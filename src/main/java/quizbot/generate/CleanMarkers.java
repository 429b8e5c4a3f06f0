package quizbot.generate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a copy of a page leaves inside the prose: HTML entities ({@code &#39;}, {@code &amp;},
 * {@code &#x2019;}) are decoded, reference and note markers ({@code [1]}, {@code [a]}, {@code [note 3]},
 * {@code [citation needed]}, {@code ^2}) are dropped, wherever they are glued.
 * Stateless and thread-safe.
 */
final class CleanMarkers {

    private CleanMarkers() {
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("copy", "©"),
            Map.entry("shy", ""), Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("aacute", "á"), Map.entry("oacute", "ó"),
            Map.entry("iacute", "í"), Map.entry("uacute", "ú"), Map.entry("ntilde", "ñ"), Map.entry("ouml", "ö"),
            Map.entry("uuml", "ü"), Map.entry("auml", "ä"), Map.entry("ccedil", "ç"), Map.entry("deg", "°"));

    /** Decodes numeric entities and the common named ones; an unknown name stays as it is. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        var out = new StringBuilder();
        while (entity.find()) {
            String replacement = entity.group();
            try {
                if (entity.group(1) != null) {
                    replacement = codePoint(Integer.parseInt(entity.group(1)), replacement);
                } else if (entity.group(2) != null) {
                    replacement = codePoint(Integer.parseInt(entity.group(2), 16), replacement);
                } else {
                    replacement = NAMED.getOrDefault(entity.group(3), replacement);
                }
            } catch (NumberFormatException tooLong) {
                // keep the text as it stands
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int value, String otherwise) {
        if (value == 0xA0) {
            return " ";
        }
        return Character.isValidCodePoint(value) && value >= 0x20 ? new String(Character.toChars(value)) : otherwise;
    }

    /**
     * A reference or note marker: a number, one or two letters, "note 3" / "n 3" / "nb 1", or a short
     * editorial remark in lower case ("citation needed", "update", "when?", "edit"). Numbers go wherever
     * they stand; letters and remarks only when glued to the word or stop before them (a spaced
     * "[the treaty]" inside a quotation is an editor's insertion and stays).
     */
    private static final Pattern GLUED_MARKER = Pattern.compile(
            "(?<=[\\p{L}\\p{N}.,;:!?”\"’')\\]])\\[(?:[a-z]{1,2}|(?:note|n|nb|fn|lower-alpha|upper-alpha|ref|citation)\\s*\\d{1,3}"
                    + "|[a-z][a-z ,'?-]{1,40})\\]");
    /** "[12]", "[3–5]", and the page a marker cites ("[25]: 334", "[7]: 12–14"). */
    private static final Pattern NUMBER_MARKER = Pattern.compile(
            "\\s?\\[\\d{1,3}(?:[,–-]\\d{1,3})*\\](?::\\s?[\\dxivlc]{1,5}(?:\\s?[,–-]\\s?[\\dxivlc]{1,5})*)?");
    /** A superscript written with a caret: "1815.^2", "word^[3]", "^a". */
    private static final Pattern CARET_MARKER = Pattern.compile("\\^\\[?(?:\\d{1,3}|[a-z])\\]?(?![\\p{L}\\d])");
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("\\s+(?=[.,;:!?](?:\\s|$))");

    /** Wiki and transcript markup that wraps a word: "[glossary:LOS]" → "LOS", "[[Vienna]]" → "Vienna", "<sub>2</sub>" → "2". */
    private static final Pattern WRAPPING_MARKUP = Pattern.compile(
            "\\[[a-z]{2,12}:([^\\[\\]|]{1,40})\\]|\\[\\[(?:[^\\[\\]|]{1,60}\\|)?([^\\[\\]|]{1,60})\\]\\]");
    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:sub|sup|i|b|em|strong|small|span|u)\\b[^>]{0,40}>");

    /**
     * A transcript's stage direction: a short parenthesis ending in a full stop ("(Laughter.)",
     * "(Applause.)", "(Laughter and applause.)"). A bare lower-case word in brackets ("(laughs)") is
     * left: it has the shape of a gloss ("tiny particles (aerosols)").
     */
    private static final Pattern STAGE_DIRECTION = Pattern.compile(
            "\\s?\\(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\.\\)");

    /**
     * An encyclopedia's pronunciation aside: "(pronunciation: [keʃəʋ])", "pronunciationⓘ;", a bare "ⓘ" (the
     * audio link), and a transcription in the phonetic alphabet between slashes or square brackets ("/ˈnjuːtən/").
     */
    private static final Pattern PRONUNCIATION = Pattern.compile("\\s?\\((?:pronunciation|pronounced):?\\s[^()]*\\)"
            + "|pronunciationⓘ[;,]?\\s*|ⓘ|\\s?[\\[/][^\\[\\]/\\n]{0,60}[\\u0250-\\u02AF\\u02C8\\u02CC\\u02D0][^\\[\\]/\\n]{0,60}[\\]/]");

    /** The text without reference and note markers; "1815.[2][3]" → "1815.", "word[a]," → "word,". */
    static String stripMarkers(String text) {
        Matcher pronunciation = PRONUNCIATION.matcher(text);
        if (pronunciation.find()) {
            text = pronunciation.replaceAll("");
        }
        if (text.indexOf('(') >= 0 && STAGE_DIRECTION.matcher(text).find()) {
            text = STAGE_DIRECTION.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
        }
        if (text.indexOf('<') >= 0) {
            text = INLINE_TAG.matcher(text).replaceAll("");
        }
        if (text.indexOf('[') < 0 && text.indexOf('^') < 0) {
            return text;
        }
        text = WRAPPING_MARKUP.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) != null ? match.group(1) : match.group(2)));
        String stripped = text;
        String before;
        do {
            before = stripped;
            stripped = GLUED_MARKER.matcher(stripped).replaceAll("");
            stripped = NUMBER_MARKER.matcher(stripped).replaceAll("");
        } while (!stripped.equals(before));
        stripped = CARET_MARKER.matcher(stripped).replaceAll("");
        return stripped.equals(text) ? text : SPACE_BEFORE_STOP.matcher(stripped).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
