package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortening sentences to a length limit at clause boundaries, keeping a marked span inside. Stateless. */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=[–—]\\s)");
    static final String ELLIPSIS = "…";
    private static final Set<String> DASHES = Set.of("—", "–", "--");
    /** Words that open a clause which only adds to the one before it. */
    private static final Set<String> RELATIVES = Set.of("which", "whom", "whose");
    private static final Set<String> SUBORDINATORS = Set.of("which", "who", "whom", "whose", "where", "while", "whereas",
            "although", "though", "because", "including", "according", "as", "since", "unless", "until");

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

    /**
     * The text itself when it has at most {@code maxWords} words; else the clause that holds {@code start..end}, the clause
     * after it when the span ends its clause (what describes the answer: "said ____, the mission's lead"), then the clauses
     * from the sentence's start when they fit, else as many around as fit ("…" where cut). The text as it is when what fits
     * has fewer than half the words allowed, opens with a relative or subordinating word, or holds a span that is a clause
     * of its own (a subject before its description) but not the sentence's end: a fragment ("____, the ruler of Kolhapur…",
     * "…which lasted from ____", "…the cost of which is ____") says less than the long sentence.
     * A prompt is read in one glance, not copied whole.
     */
    static String withinWords(String text, int start, int end, int maxWords) {
        if (words(text) <= maxWords) {
            return text;
        }
        List<int[]> clauses = clauses(text);
        int held = 0;
        while (held < clauses.size() - 1 && clauses.get(held)[1] <= start) {
            held++;
        }
        boolean endsItsClause = text.substring(end, clauses.get(held)[1]).matches("\\W*");
        boolean alone = endsItsClause && text.substring(clauses.get(held)[0], start).matches("\\W*");
        int last = endsItsClause && held + 1 < clauses.size() && words(window(text, clauses, held, held + 1)) <= maxWords
                ? held + 1 : held;
        int first = words(window(text, clauses, 0, last)) <= maxWords ? 0 : held;
        while (last + 1 < clauses.size() && words(window(text, clauses, first, last + 1)) <= maxWords) {
            last++;
        }
        while (first > 0 && words(window(text, clauses, first - 1, last)) <= maxWords) {
            first--;
        }
        String best = window(text, clauses, first, last);
        List<String> opening = List.of(text.substring(clauses.get(first)[0]).toLowerCase(Locale.ROOT).split("\\s+", 6));
        boolean hangs = first > 0 && (SUBORDINATORS.contains(opening.get(0)) // "…which lasted from ____": what it tells of is cut
                || opening.subList(0, Math.min(5, opening.size())).stream().anyMatch(RELATIVES::contains)) // "…the cost of which"
                || alone && last < clauses.size() - 1; // "____, a biologist whose dives …": the subject's verb is cut
        return words(best) <= maxWords && words(best) >= maxWords / 2 && !hangs ? best : text;
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /**
     * The text without its asides in brackets that do not hold {@code kept}: "Tilak (23 July 1856 –
     * 1 August 1920) joined ____" → "Tilak joined ____", "a fine of ____ (US$12)" → "a fine of ____".
     * An aside adds to the sentence and prints facts that other questions may ask; a bracket left
     * open (the text was cut) stays.
     */
    static String withoutAsides(String text, String kept) {
        var out = new StringBuilder(text.length());
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && depth++ == 0) {
                open = out.length();
            } else if (c == ')' && depth > 0 && --depth == 0) {
                out.append(c);
                if (!out.substring(open).contains(kept)) {
                    int from = open > 0 && out.charAt(open - 1) == ' ' ? open - 1 : open;
                    out.setLength(from);
                }
                continue;
            }
            out.append(c);
        }
        return out.toString().replaceAll(" +(?=[,.;:?!])", "").replaceAll("  +", " ");
    }

    /**
     * The sentence without the clauses after the fact's that only add to it: from the first that opens
     * with a relative or subordinating word, a participle, an adjective that describes or an attribution
     * (", which will create …", ", including …", ", bringing …", ", critical for …", ", he said"), the
     * rest is cut and the sentence ends at the fact's clause. A question then asks about one clause,
     * and prints fewer of the sentence's other facts.
     */
    static String withoutTrailingClauses(Sentence sentence, int factEnd) {
        String text = sentence.text();
        List<Token> tokens = sentence.tokens();
        for (int i = sentence.tokenFrom(factEnd); i >= 0 && i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(",") && !DASHES.contains(tokens.get(i).text())) {
                continue;
            }
            Token next = tokens.get(i + 1);
            String word = next.text().toLowerCase(Locale.ROOT);
            boolean participle = next.tag() == PosTag.VERB && word.endsWith("ing");
            boolean describing = next.tag() == PosTag.ADJ && i + 2 < tokens.size() && tokens.get(i + 2).tag() == PosTag.ADP; // ", critical for …"
            boolean attribution = i + 2 < tokens.size() && NameWords.SAYING.contains(tokens.get(i + 2).text())
                    && i + 3 < tokens.size() && tokens.get(i + 3).text().matches("[.!]");
            if (SUBORDINATORS.contains(word) || participle || describing || attribution) {
                String kept = text.substring(0, tokens.get(i).start()).stripTrailing();
                String end = text.endsWith("?") ? "?" : ".";
                return kept.matches(".*[.!?]$") ? kept : kept + end;
            }
        }
        return text;
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
