package quizbot.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT question's text ({@link GiftFormat}); positions are offsets into the chunk's text. Used by one
 * thread at a time.
 */
final class GiftQuestionReader {

    private static final Pattern MARKER = Pattern.compile("(?i)\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("\\s*%(-?\\d+(?:\\.\\d+)?)%");
    private static final String BLANK = "_____";

    private final String file;
    private final GiftFormat.Chunk chunk;
    private final String raw;
    private final int startLine;
    private boolean html;

    GiftQuestionReader(String file, GiftFormat.Chunk chunk) {
        this.file = file;
        this.chunk = chunk;
        this.raw = chunk.text.toString();
        this.startLine = chunk.numbers.get(0);
    }

    void readInto(ImportedQuestions imported) {
        int position = skipSpace(0);
        if (raw.startsWith("::", position)) {
            int end = GiftText.find(raw, "::", position + 2, raw.length());
            if (end < 0) {
                throw error(chunk.lineOf(position), "the title opened by \"::\" is not closed by \"::\"");
            }
            position = skipSpace(end + 2);
        }
        Matcher marker = MARKER.matcher(raw).region(position, raw.length());
        if (marker.lookingAt()) {
            html = marker.group(1).equalsIgnoreCase("html");
            position = marker.end();
        }
        int open = GiftText.find(raw, "{", position, raw.length());
        if (open < 0) {
            throw error(startLine, "no answers in { }; descriptions without answers are not supported"
                    + " (write \\{ and \\} for literal braces)");
        }
        int close = GiftText.find(raw, "}", open + 1, raw.length());
        int inner = GiftText.find(raw, "{", open + 1, close < 0 ? raw.length() : close);
        if (inner >= 0) {
            throw error(chunk.lineOf(inner), "\"{\" inside the answers; write \\{ for a literal brace");
        }
        if (close < 0) {
            throw error(chunk.lineOf(open), "the answers opened by \"{\" are not closed by \"}\";"
                    + " a blank line ends a question, so there is none inside one");
        }
        int second = GiftText.find(raw, "{", close + 1, raw.length());
        if (second >= 0) {
            throw error(chunk.lineOf(second), "a second set of answers { }; a question has one"
                    + " (write \\{ for a literal brace)");
        }
        String before = text(position, open);
        String after = text(close + 1, raw.length());
        String prompt = after.isEmpty() ? before
                : (before + " " + BLANK + (Character.isLetterOrDigit(after.codePointAt(0)) ? " " : "") + after).strip();
        answers(imported, prompt, open + 1, close);
    }

    private void answers(ImportedQuestions imported, String prompt, int from, int to) {
        String generalFeedback = null;
        int general = GiftText.findLast(raw, "####", from, to);
        if (general >= 0) {
            generalFeedback = text(general + 4, to);
            to = general;
        }
        String answers = raw.substring(from, to).strip();
        if (answers.isEmpty()) {
            throw unsupported("essay questions ({})");
        }
        if (answers.startsWith("#")) {
            throw unsupported("numerical questions ({#...})");
        }
        if (GiftText.find(raw, "~", from, to) >= 0) {
            choice(imported, prompt, items(from, to), generalFeedback);
        } else if (GiftText.find(raw, "=", from, to) >= 0 && GiftText.find(raw, "->", from, to) >= 0) {
            throw unsupported("matching questions (=... -> ...)");
        } else {
            int hash = GiftText.find(raw, "#", from, to);
            String value = raw.substring(from, hash < 0 ? to : hash).strip().toUpperCase(Locale.ROOT);
            if (List.of("T", "TRUE", "F", "FALSE").contains(value)) {
                trueFalse(imported, prompt, value.startsWith("T"), hash, to, generalFeedback);
            } else {
                typed(imported, prompt, items(from, to), generalFeedback);
            }
        }
    }

    private void choice(ImportedQuestions imported, String prompt, List<Item> items, String generalFeedback) {
        var options = new ArrayList<String>();
        int correct = -1;
        String explanation = generalFeedback;
        for (Item item : items) {
            if (item.right) {
                if (correct >= 0) {
                    throw error(item.line, "a second right answer (=); a multiple-choice question has exactly one");
                }
                correct = options.size();
                if (item.feedback != null && !item.feedback.isEmpty()) {
                    explanation = item.feedback;
                }
            }
            options.add(item.answer);
        }
        if (correct < 0) {
            throw error(startLine, "no right answer; mark it with = (or ~%100%)");
        }
        imported.choice(startLine, prompt, options, correct, explanation);
    }

    private void typed(ImportedQuestions imported, String prompt, List<Item> items, String generalFeedback) {
        var accepted = new ArrayList<String>();
        String explanation = null;
        for (Item item : items) {
            if (!item.right) {
                throw error(item.line, "a wrong answer in a short-answer question; every answer there is"
                        + " right (=), wrong ones need a multiple-choice question (~)");
            }
            accepted.add(item.answer);
            if (explanation == null && item.feedback != null && !item.feedback.isEmpty()) {
                explanation = item.feedback;
            }
        }
        imported.typed(startLine, prompt, accepted, explanation != null ? explanation : generalFeedback);
    }

    /** GIFT's {T#feedback if wrong#feedback if right}: the right one explains, else the wrong one. */
    private void trueFalse(ImportedQuestions imported, String prompt, boolean isTrue, int hash, int to,
            String generalFeedback) {
        String wrongFeedback = null;
        String rightFeedback = null;
        if (hash >= 0) {
            int second = GiftText.find(raw, "#", hash + 1, to);
            wrongFeedback = text(hash + 1, second < 0 ? to : second);
            rightFeedback = second < 0 ? null : text(second + 1, to);
        }
        String explanation = GiftText.firstNonEmpty(rightFeedback, wrongFeedback, generalFeedback);
        imported.trueFalse(startLine, prompt, isTrue, explanation);
    }

    private record Item(boolean right, String answer, String feedback, int line) {
    }

    /** The answers between {@code from} and {@code to}, each starting with an unescaped = or ~. */
    private List<Item> items(int from, int to) {
        var markers = new ArrayList<Integer>();
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                markers.add(i);
            }
        }
        int first = markers.isEmpty() ? to : markers.get(0);
        int leading = skipSpace(from);
        if (leading < first) {
            throw error(chunk.lineOf(leading), "\"" + GiftText.shortened(text(leading, first))
                    + "\" is not an answer; answers start with = (right) or ~ (wrong)");
        }
        var items = new ArrayList<Item>();
        for (int k = 0; k < markers.size(); k++) {
            int start = markers.get(k);
            int end = k + 1 < markers.size() ? markers.get(k + 1) : to;
            items.add(item(start, end));
        }
        return items;
    }

    private Item item(int start, int end) {
        int line = chunk.lineOf(start);
        boolean right = raw.charAt(start) == '=';
        int from = start + 1;
        Matcher weight = WEIGHT.matcher(raw).region(from, end);
        if (weight.lookingAt()) {
            double percent = Double.parseDouble(weight.group(1));
            if (percent >= 100) {
                right = true;
            } else if (percent <= 0) {
                right = false;
            } else {
                throw error(line, "partial credit (%" + weight.group(1) + "%) is not supported;"
                        + " an answer is right (= or %100%) or wrong (~ or %0%)");
            }
            from = weight.end();
        }
        int hash = GiftText.find(raw, "#", from, end);
        String answer = text(from, hash < 0 ? end : hash);
        String feedback = hash < 0 ? null : text(hash + 1, end);
        return new Item(right, answer, feedback, line);
    }

    private QuestionSetFileException unsupported(String what) {
        return error(startLine, what + " are not supported; a Telegram quiz asks multiple choice ({=right ~wrong}),"
                + " true/false ({T} or {F}) and short answer ({=answer})");
    }

    private QuestionSetFileException error(int line, String problem) {
        return ImportedQuestions.syntaxError(file, line, problem);
    }

    /** The text between two offsets as it reads: line breaks joined, escapes and HTML resolved, trimmed. */
    private String text(int from, int to) {
        String joined = GiftText.LINE_BREAK.matcher(raw.substring(from, to)).replaceAll(" ");
        String plain = GiftText.unescape(joined);
        return (html ? GiftText.fromHtml(plain) : plain).strip();
    }

    private int skipSpace(int position) {
        while (position < raw.length() && Character.isWhitespace(raw.charAt(position))) {
            position++;
        }
        return position;
    }
}
