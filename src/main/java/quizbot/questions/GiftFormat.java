package quizbot.questions;

import java.util.ArrayList;
import java.util.List;
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
    static final class Chunk {
        final List<Integer> numbers = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

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
                new GiftQuestionReader(file, this).readInto(imported);
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
}
