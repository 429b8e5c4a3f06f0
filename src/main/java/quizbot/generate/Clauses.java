package quizbot.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortening sentences to a length limit at clause boundaries, keeping a marked span inside. Stateless. */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=[–—]\\s)");
    static final String ELLIPSIS = "…";
    /** The most words of an item in a list the cut keeps whole ("undergraduate and graduate education,"). */
    private static final int LIST_ITEM_WORDS = 5;
    private static final Set<String> DASHES = Set.of("—", "–", "--");
    /** Words that open a clause which only adds to the one before it. */
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
        int first = holding(clauses, start);
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
     * The text itself when it has at most {@code maxWords} words; else cut after the clause that holds {@code start..end},
     * from the sentence's start and with as many clauses after it as fit ("…" where cut), so the reader meets its subject
     * and what it says of the answer. The text as it is when the start and the span's clause are too many words (a prompt
     * that opens mid-sentence, "…science and technology, and …", has no subject), when the span ends its clause and what
     * describes it would be cut ("said ____…" without "HERC activity lead for …"; an attribution, "…, the director said
     * on …", may go), inside a list, when what is kept is less than half the limit ("At the end of ____…"), or when the
     * span is a clause of its own and its verb would be cut ("____, a marine biologist whose dives …" without "died on …").
     */
    static String withinWords(String text, int start, int end, int maxWords) {
        return cutAfter(text, start, end, Clauses::words, maxWords);
    }

    /** As {@link #withinWords}, for at most {@code maxChars} characters (Telegram's limits). */
    static String withinChars(String text, int start, int end, int maxChars) {
        return cutAfter(text, start, end, String::length, maxChars);
    }

    /** Text that ends in a word opening what comes after the comma: "claiming that", "such as", "and". */
    private static final Pattern OPEN_END = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose|and|or|but|of|to|the|a|an|as|if|when"
            + "|whether|than|because|although|though|while|where|since|until)\\W*$");

    private static String cutAfter(String text, int start, int end, ToIntFunction<String> size, int max) {
        if (size.applyAsInt(text) <= max) {
            return text;
        }
        List<int[]> clauses = clauses(text);
        int held = holding(clauses, start);
        int last = held;
        while (last + 1 < clauses.size() && size.applyAsInt(window(text, clauses, 0, last + 1)) <= max) {
            last++;
        }
        while (last > held && isListItem(text, clauses, last + 1)) {
            last--; // "from K-12 to ____, undergraduate and graduate education, and …": not inside a list
        }
        boolean endsItsClause = text.substring(end, clauses.get(held)[1]).matches("\\W*");
        boolean alone = endsItsClause && text.substring(clauses.get(held)[0], start).matches("\\W*");
        boolean describedAfter = endsItsClause && held + 1 < clauses.size() && !isAttribution(text, clauses.get(held + 1));
        int kept = size.applyAsInt(window(text, clauses, 0, last));
        boolean fragment = kept > max || kept < max / 2 || describedAfter && last == held
                || alone && last < clauses.size() - 1 || isListItem(text, clauses, last + 1);
        return fragment ? text : window(text, clauses, 0, last);
    }

    /** "the director of Inter RAO Maxim Sergeyev said on October 29": who said it, no description of what comes before. */
    private static boolean isAttribution(String text, int[] clause) {
        return Arrays.stream(text.substring(clause[0], clause[1]).split("\\s+")).anyMatch(NameWords.SAYING::contains);
    }

    /** Whether clause {@code k} is an item of a list: it and those up to one opening with "and"/"or" of a few words each. */
    private static boolean isListItem(String text, List<int[]> clauses, int k) {
        for (int j = k; j < clauses.size(); j++) {
            String clause = text.substring(clauses.get(j)[0], clauses.get(j)[1]);
            if (words(clause) > LIST_ITEM_WORDS) {
                return false;
            }
            if (clause.matches("(?:and|or) .*")) {
                return true;
            }
        }
        return false;
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
     * and prints fewer of the sentence's other facts. Never where no verb stands before the cut ("Since
     * its inception in 1994, more than …" keeps its clause) or inside brackets.
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
            String before = text.substring(0, tokens.get(i).start());
            boolean clauseBefore = tokens.subList(0, i).stream().anyMatch(token -> token.tag() == PosTag.VERB || token.tag() == PosTag.AUX);
            if ((SUBORDINATORS.contains(word) || participle || describing || attribution) && clauseBefore && !insideBrackets(before)
                    && !OPEN_END.matcher(before).find()) { // not "claiming that, due to …,"
                String kept = before.stripTrailing();
                String end = text.endsWith("?") ? "?" : ".";
                return kept.matches(".*[.!?]$") ? kept : kept + end;
            }
        }
        return text;
    }

    /** Whether the text leaves a bracket open: a cut there would end the sentence inside an aside ("(not as in the United Kingdom"). */
    static boolean insideBrackets(String text) {
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
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

    /** The index of the clause that holds the offset. */
    private static int holding(List<int[]> clauses, int offset) {
        int index = 0;
        while (index < clauses.size() - 1 && clauses.get(index)[1] <= offset) {
            index++;
        }
        return index;
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
