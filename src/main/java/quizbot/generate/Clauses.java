package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortening sentences to a length limit at clause boundaries, keeping a marked span inside. Stateless. */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=[–—]\\s)");
    static final String ELLIPSIS = "…";

    private Clauses() {
    }

    /**
     * The text itself when it fits; else the fewest whole clauses around {@code start..end} that
     * fit, marked with "…" where text was cut; else the text cut at a word boundary.
     */
    static String around(String text, int start, int end, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        List<int[]> clauses = clauses(text);
        int first = 0;
        while (first < clauses.size() - 1 && clauses.get(first)[1] <= start) {
            first++;
        }
        int last = first;
        while (last < clauses.size() - 1 && clauses.get(last)[1] < end) {
            last++;
        }
        String best = window(text, clauses, first, last);
        boolean grown = true;
        while (grown) {
            grown = false;
            if (last + 1 < clauses.size() && window(text, clauses, first, last + 1).length() <= limit) {
                best = window(text, clauses, first, ++last);
                grown = true;
            } else if (first > 0 && window(text, clauses, first - 1, last).length() <= limit) {
                best = window(text, clauses, --first, last);
                grown = true;
            }
        }
        return best.length() <= limit ? best : cut(best, limit);
    }

    private static List<int[]> clauses(String text) {
        var clauses = new ArrayList<int[]>();
        Matcher boundary = BOUNDARY.matcher(text);
        int from = 0;
        while (boundary.find()) {
            clauses.add(new int[] {from, boundary.start()});
            from = boundary.end();
        }
        clauses.add(new int[] {from, text.length()});
        return clauses;
    }

    private static String window(String text, List<int[]> clauses, int first, int last) {
        String body = text.substring(clauses.get(first)[0], clauses.get(last)[1]);
        if (last < clauses.size() - 1) {
            body = body.replaceAll("[,;:]$", "") + ELLIPSIS;
        }
        if (first > 0) {
            body = ELLIPSIS + body;
        }
        return body;
    }

    private static String cut(String text, int limit) {
        int space = text.lastIndexOf(' ', limit - 1);
        return text.substring(0, space > 0 ? space : limit - 1).replaceAll("[,;:]$", "") + ELLIPSIS;
    }
}
