package quizbot.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's Aiken format: a question line, options {@code A. text} or {@code A) text} with the
 * letters in order from A, then {@code ANSWER: B} ("answer:" in any case is taken after the options). Blank lines between questions are allowed, not
 * needed: the ANSWER line ends a question. A question running over several lines before its first
 * option is joined with spaces. Every question is a choice (true_false when the options are just True
 * and False). Stateless, so thread-safe.
 */
final class AikenFormat {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)](?:[ \\t]+(.*))?");
    private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER\\s*:\\s*(.*)");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern HAS_OPTION = Pattern.compile("(?m)^[ \\t]*[A-Za-z][.)][ \\t]+\\S");
    /** "ANSWER:" in capitals is Aiken's own mark, whatever follows; "Answer:" also opens prose, so one letter must follow. */
    private static final Pattern HAS_ANSWER = Pattern.compile(
            "(?m)^[ \\t]*(?:ANSWER[ \\t]*:|(?i:answer)[ \\t]*:[ \\t]*[A-Za-z][ \\t]*[.)]?[ \\t]*$)");

    private AikenFormat() {
    }

    /**
     * Whether the text has Aiken's shape, even if it breaks the format's rules: at least one option line
     * ({@code A. text}, {@code A) text}, the letter in any case) and one ANSWER line ({@code ANSWER:} followed
     * by anything, or {@code Answer:} in another case followed by a single letter). A text in this shape is a
     * question bank whose errors are worth showing, not prose.
     */
    static boolean looksLikeAiken(String text) {
        return HAS_OPTION.matcher(text).find() && HAS_ANSWER.matcher(text).find();
    }

    static QuestionSet parse(String file, String text) {
        var imported = new ImportedQuestions(file);
        String[] lines = text.split("\n", -1);
        int start = 0;
        var prompt = new StringBuilder();
        var options = new ArrayList<String>();
        for (int index = 0; index < lines.length; index++) {
            int number = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches() && (!options.isEmpty() || line.startsWith("ANSWER"))) {
                if (prompt.length() == 0) {
                    throw ImportedQuestions.syntaxError(file, number, "ANSWER line without a question before it");
                }
                if (options.isEmpty()) {
                    throw ImportedQuestions.syntaxError(file, number,
                            "ANSWER line before any option; options look like \"A. text\" or \"A) text\"");
                }
                int correct = correct(file, number, answer.group(1).strip(), options.size());
                imported.choice(start, prompt.toString(), options, correct, null);
                prompt.setLength(0);
                options.clear();
            } else if (option.matches() && prompt.length() > 0) {
                char expected = (char) ('A' + options.size());
                char letter = option.group(1).charAt(0);
                if (letter != expected) {
                    throw ImportedQuestions.syntaxError(file, number, "option " + letter + " where option " + expected
                            + " was expected; options are lettered A, B, C, … in order");
                }
                options.add(option.group(2) == null ? "" : option.group(2).strip());
            } else if (options.isEmpty()) {
                if (prompt.length() == 0) {
                    start = number;
                } else {
                    prompt.append(' ');
                }
                prompt.append(line);
            } else {
                char next = (char) ('A' + options.size());
                throw ImportedQuestions.syntaxError(file, number, "expected option " + next
                        + " (\"" + next + ". text\") or the ANSWER line of the question that starts on line " + start
                        + ", found \"" + shortened(line) + "\"");
            }
        }
        if (prompt.length() > 0) {
            throw ImportedQuestions.syntaxError(file, start, "the question has no ANSWER line (\"ANSWER: A\")");
        }
        return imported.toSet(null);
    }

    private static int correct(String file, int line, String answer, int optionCount) {
        if (!LETTER.matcher(answer).matches()) {
            String problem = answer.isEmpty() ? "ANSWER names no option; write \"ANSWER: A\""
                    : namesSeveralLetters(answer)
                            ? "ANSWER is \"" + shortened(answer) + "\"; a question has exactly one right option"
                            : "ANSWER is \"" + shortened(answer) + "\"; must be the letter of one option";
            throw ImportedQuestions.fieldError(file, line, "correct", problem);
        }
        int index = Character.toUpperCase(answer.charAt(0)) - 'A';
        if (index >= optionCount) {
            throw ImportedQuestions.fieldError(file, line, "correct", "ANSWER is " + (char) ('A' + index)
                    + "; the question has options A to " + (char) ('A' + optionCount - 1));
        }
        return index;
    }

    /** "A, C" or "B;D E": letters separated by commas, semicolons or spaces (checked without a regex, which would recurse per letter). */
    private static boolean namesSeveralLetters(String answer) {
        int letters = 0;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (Character.isLetter(c) && c < 128) {
                boolean alone = (i == 0 || !Character.isLetter(answer.charAt(i - 1)))
                        && (i + 1 == answer.length() || !Character.isLetter(answer.charAt(i + 1)));
                if (!alone) {
                    return false;
                }
                letters++;
            } else if (c != ',' && c != ';' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return letters > 1;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
