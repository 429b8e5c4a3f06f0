package quizbot.questions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GIFT's text: escapes, the markers of HTML questions and their entities, and short quotes for messages. Stateless. */
final class GiftText {

    static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\n\\s*");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");

    private GiftText() {
    }

    /** The first unescaped occurrence of {@code what} in [from, to), or -1. */
    static int find(String text, String what, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(what, i) && i + what.length() <= to) {
                return i;
            }
        }
        return -1;
    }

    /** The last unescaped occurrence of {@code what} in [from, to), or -1. */
    static int findLast(String text, String what, int from, int to) {
        int last = -1;
        for (int i = find(text, what, from, to); i >= 0; i = find(text, what, i + 1, to)) {
            last = i;
        }
        return last;
    }

    static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text of an [html] question as a poll shows it: tags dropped, line-ending tags as spaces, entities decoded. */
    static String fromHtml(String html) {
        String text = TAG.matcher(BREAK_TAG.matcher(html).replaceAll(" ")).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        var out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> codePoint(name);
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        entity.appendTail(out);
        return out.toString().replaceAll("[ \\t]{2,}", " ");
    }

    /** The character of a numeric entity ({@code #39}, {@code #x27}); an impossible one stays as written. */
    static String codePoint(String entity) {
        int codePoint = entity.startsWith("#x")
                ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(codePoint) && codePoint != 0
                ? new String(Character.toChars(codePoint)) : "&" + entity + ";";
    }

    static String firstNonEmpty(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
