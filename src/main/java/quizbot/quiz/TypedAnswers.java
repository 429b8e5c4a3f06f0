package quizbot.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import quizbot.questions.Kind;
import quizbot.questions.Question;

/**
 * Whether a typed answer is right, in the forms people type, for sets from the generator and from
 * files alike: case, accents, punctuation, spacing and a leading "the" do not matter; a figure is
 * its numbers ("3.5", "3.5%", "3.5 per cent" for "3.5 percent"; "two" for "2"; "$50m" for "$50
 * million"), with at most the answer's own words around them; a person may be named by surname
 * alone; and a word of six letters or more may have one typo (a letter wrong, missing, extra or two
 * swapped). Stateless.
 */
final class TypedAnswers {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+|[%$€£]");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Map<String, String> SAME_WORD = Map.ofEntries(Map.entry("%", "percent"), Map.entry("m", "million"),
            Map.entry("bn", "billion"), Map.entry("k", "thousand"), Map.entry("$", "dollars"), Map.entry("€", "euros"),
            Map.entry("£", "pounds"), Map.entry("dollar", "dollars"), Map.entry("euro", "euros"), Map.entry("pound", "pounds"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"));
    private static final int TYPO_LENGTH = 6;
    /** Words where one letter is a different answer: "million" is not "billion". */
    private static final Set<String> EXACT = Set.of("thousand", "million", "billion", "trillion", "percent");

    private TypedAnswers() {
    }

    static boolean isRight(Question question, String given) {
        List<String> typed = words(given);
        for (String accepted : question.accepted()) {
            List<String> answer = words(accepted);
            if (alike(typed, answer) || isFigure(answer) && sameFigure(typed, answer)
                    || question.kind() == Kind.PERSON && answer.size() > 1 && typed.size() == 1
                    && alike(typed, answer.subList(answer.size() - 1, answer.size()))) {
                return true;
            }
        }
        return false;
    }

    /** The words, folded: "The U.S. $50m" → [u, s, dollars, 50, million] ("50m" is a number and a scale); "3.5 per cent" → [3.5, percent]. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("per cent", "percent");
        var words = new ArrayList<String>();
        Matcher token = TOKEN.matcher(folded);
        while (token.find()) {
            String word = token.group();
            words.add(SAME_WORD.getOrDefault(word, GROUPED.matcher(word).matches() ? word.replace(",", "") : word));
        }
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        return words;
    }

    private static boolean isFigure(List<String> words) {
        return words.stream().anyMatch(word -> NUMBER.matcher(word).matches());
    }

    /** The same numbers in the same order, and no word the answer does not have ("3.5" or "3.5%" for "3.5 percent"). */
    private static boolean sameFigure(List<String> typed, List<String> answer) {
        List<String> typedNumbers = typed.stream().filter(word -> NUMBER.matcher(word).matches()).toList();
        List<String> answerNumbers = answer.stream().filter(word -> NUMBER.matcher(word).matches()).toList();
        return typedNumbers.equals(answerNumbers) && answer.containsAll(typed);
    }

    /** The same words, each of six letters or more allowed one typo (not a figure or its scale). */
    private static boolean alike(List<String> typed, List<String> answer) {
        if (typed.size() != answer.size() || typed.isEmpty()) {
            return false;
        }
        for (int i = 0; i < typed.size(); i++) {
            String a = typed.get(i);
            String b = answer.get(i);
            boolean typoAllowed = Math.min(a.length(), b.length()) >= TYPO_LENGTH && !a.matches(".*\\d.*") && !EXACT.contains(a) && !EXACT.contains(b);
            if (!a.equals(b) && !(typoAllowed && oneEditApart(a, b))) {
                return false;
            }
        }
        return true;
    }

    /** One letter wrong, missing or extra, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int[] differ = IntStream.range(0, a.length()).filter(i -> a.charAt(i) != b.charAt(i)).toArray();
            return differ.length == 1 || differ.length == 2 && differ[1] == differ[0] + 1
                    && a.charAt(differ[0]) == b.charAt(differ[1]) && a.charAt(differ[1]) == b.charAt(differ[0]);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
