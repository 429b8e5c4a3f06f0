package quizbot.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the common subset of Moodle's GIFT format: multiple choice ({@code {=right ~wrong}}), missing
 * word (text after the answers), true/false ({@code {T}} or {@code {FALSE}}) and short answer
 * ({@code {=answer =other answer}}, which becomes a typed question), with {@code ::title::},
 * {@code //} comment lines, {@code #feedback}, {@code ####general feedback}, {@code %100%} and
 * {@code %0%} weights, the escapes {@code \~ \= \# \{ \} \: \\ \n} and the {@code [html]},
 * {@code [moodle]}, {@code [plain]} and {@code [markdown]} markers. Matching, numerical, essay,
 * description and partial-credit questions are refused with the line they start on, since a Telegram
 * quiz poll cannot ask them. Stateless, so thread-safe.
 */
final class GiftFormat {

    private static final Pattern CATEGORY = Pattern.compile("(?i)\\$CATEGORY:(.*)");
    private static final Pattern MARKER = Pattern.compile("(?i)\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("\\s*%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\n\\s*");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    private static final String BLANK = "_____";

    private GiftFormat() {
    }

    static QuestionSet parse(String file, String text) {
        var imported = new ImportedQuestions(file);
        String title = null;
        var chunk = new Chunk();
        String[] lines = text.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String stripped = line.strip();
            Matcher category = CATEGORY.matcher(stripped);
            if (stripped.startsWith("//")) {
                continue;
            }
            if (stripped.isEmpty() || category.matches()) {
                chunk.parseInto(file, imported);
                chunk = new Chunk();
                if (title == null && category.matches()) {
                    title = categoryTitle(category.group(1));
                }
                continue;
            }
            chunk.add(index + 1, line);
        }
        chunk.parseInto(file, imported);
        return imported.toSet(title);
    }

    /** {@code $course$/top/World capitals} gives "World capitals"; {@code //} in a name is a slash. */
    private static String categoryTitle(String category) {
        String path = category.strip().replaceFirst("^\\$[A-Za-z0-9_]+\\$/?", "");
        String[] parts = path.replace("//", "\u0000").split("/");
        String last = parts.length == 0 ? "" : parts[parts.length - 1].replace('\u0000', '/').strip();
        return last.isEmpty() || last.equalsIgnoreCase("top") ? null : last;
    }

    /** The lines of one question: from a blank line (or the start) to the next, comment lines left out. */
    private static final class Chunk {
        private final List<Integer> numbers = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void add(int number, String line) {
            if (text.length() > 0) {
                text.append('\n');
            }
            numbers.add(number);
            starts.add(text.length());
            text.append(line);
        }

        void parseInto(String file, ImportedQuestions imported) {
            if (!numbers.isEmpty()) {
                new QuestionReader(file, this).readInto(imported);
            }
        }

        /** The file's line number of a position in the chunk's text. */
        int lineOf(int offset) {
            int line = 0;
            while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
                line++;
            }
            return numbers.get(line);
        }
    }

    /** Reads one question's text; positions are offsets into the chunk's text. */
    private static final class QuestionReader {
        private final String file;
        private final Chunk chunk;
        private final String raw;
        private final int startLine;
        private boolean html;

        QuestionReader(String file, Chunk chunk) {
            this.file = file;
            this.chunk = chunk;
            this.raw = chunk.text.toString();
            this.startLine = chunk.numbers.get(0);
        }

        void readInto(ImportedQuestions imported) {
            int position = skipSpace(0);
            if (raw.startsWith("::", position)) {
                int end = find(raw, "::", position + 2, raw.length());
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
            int open = find(raw, "{", position, raw.length());
            if (open < 0) {
                throw error(startLine, "no answers in { }; descriptions without answers are not supported"
                        + " (write \\{ and \\} for literal braces)");
            }
            int close = find(raw, "}", open + 1, raw.length());
            int inner = find(raw, "{", open + 1, close < 0 ? raw.length() : close);
            if (inner >= 0) {
                throw error(chunk.lineOf(inner), "\"{\" inside the answers; write \\{ for a literal brace");
            }
            if (close < 0) {
                throw error(chunk.lineOf(open), "the answers opened by \"{\" are not closed by \"}\";"
                        + " a blank line ends a question, so there is none inside one");
            }
            int second = find(raw, "{", close + 1, raw.length());
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
            int general = findLast(raw, "####", from, to);
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
            if (find(raw, "~", from, to) >= 0) {
                choice(imported, prompt, items(from, to), generalFeedback);
            } else if (find(raw, "=", from, to) >= 0 && find(raw, "->", from, to) >= 0) {
                throw unsupported("matching questions (=... -> ...)");
            } else {
                int hash = find(raw, "#", from, to);
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
                int second = find(raw, "#", hash + 1, to);
                wrongFeedback = text(hash + 1, second < 0 ? to : second);
                rightFeedback = second < 0 ? null : text(second + 1, to);
            }
            String explanation = firstNonEmpty(rightFeedback, wrongFeedback, generalFeedback);
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
                throw error(chunk.lineOf(leading), "\"" + shortened(text(leading, first))
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
            int hash = find(raw, "#", from, end);
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
            String joined = LINE_BREAK.matcher(raw.substring(from, to)).replaceAll(" ");
            String plain = unescape(joined);
            return (html ? fromHtml(plain) : plain).strip();
        }

        private int skipSpace(int position) {
            while (position < raw.length() && Character.isWhitespace(raw.charAt(position))) {
                position++;
            }
            return position;
        }
    }

    /** The first unescaped occurrence of {@code what} in [from, to), or -1. */
    private static int find(String text, String what, int from, int to) {
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
    private static int findLast(String text, String what, int from, int to) {
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
    private static String fromHtml(String html) {
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
    private static String codePoint(String entity) {
        int codePoint = entity.startsWith("#x")
                ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(codePoint) && codePoint != 0
                ? new String(Character.toChars(codePoint)) : "&" + entity + ";";
    }

    private static String firstNonEmpty(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
