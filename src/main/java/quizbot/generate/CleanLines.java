package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the lines of a copy into blocks, one a candidate paragraph: hard-wrapped text (PDF or e-mail
 * copy, captions one to a line) is joined back into paragraphs and a word hyphenated at a line end is
 * mended; a subtitle file or timed transcript goes to {@link CleanTranscript}. Speaker labels
 * ("JOHN SMITH:", "Speaker 2:") are dropped and start a new paragraph: who speaks is no quiz fact,
 * and a label in a prompt is page junk. Stateless and thread-safe.
 */
final class CleanLines {

    private CleanLines() {
    }

    /** A speaker label: "JOHN SMITH:", "SPEAKER 2:", "Speaker 1:", ">> ", "Q:", a briefing's "Q " before a question. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "^(?:>>\\s*|(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}|[Ss]peaker\\s*\\d{0,2}|[QA])\\s*:\\s+|Q\\s+(?=\\p{Lu}))");
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•·▪●◦‣∙*+–-]|\\(?\\d{1,2}[.)]|\\(?[a-z]\\)|\\((?:[ivx]{1,4})\\))\\s+\\S");
    /** Prefixes that make real compounds ("well-known", "self-evident"): their line-end hyphen stays. */
    private static final Pattern COMPOUND_PREFIX = Pattern.compile(
            "(?i)(?:well|self|all|half|long|short|high|low|full|ill|far|one|two|three|four|five|six|seven|eight|nine|ten)");
    /** An e-mail's quoting: "> " or "> > " before each line of a forwarded message. */
    private static final Pattern EMAIL_QUOTE = Pattern.compile("^(?:>\\s?)+(?!>)");
    private static final int MIN_QUOTED_LINES = 3;
    /** Subtitle lines hold at most about 42 characters; a longer line is no caption. */
    private static final int MAX_CAPTION_CHARS = 60;

    /** The blocks of the text, in order; an empty block stands for a paragraph break. */
    static List<String> blocks(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.strip().replaceAll("\\s{2,}", " "));
        }
        if (lines.stream().filter(line -> EMAIL_QUOTE.matcher(line).lookingAt()).count() >= MIN_QUOTED_LINES) {
            lines.replaceAll(line -> EMAIL_QUOTE.matcher(line).replaceFirst(""));
        }
        int cues = 0;
        int nonEmpty = 0;
        int firstCue = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CleanTranscript.TIMESTAMP_LINE.matcher(line).matches() || CleanTranscript.CUE_LINE.matcher(line).matches()
                    || CleanTranscript.LEADING_TIMESTAMP.matcher(line).lookingAt()) {
                cues++;
                firstCue = firstCue < 0 ? i : firstCue;
            }
            nonEmpty += line.isEmpty() ? 0 : 1;
        }
        if (cues < 3 || cues * 5 < nonEmpty) { // a live blog's few times of day are no subtitle file
            return captionText(lines) ? CleanTranscript.paragraphs(lines) : wrapped(lines);
        }
        int head = firstCue > 0 && CleanTranscript.SUBTITLE_NUMBER.matcher(lines.get(firstCue - 1)).matches() ? firstCue - 1 : firstCue;
        var blocks = new ArrayList<>(wrapped(lines.subList(0, head)));
        blocks.add("");
        blocks.addAll(CleanTranscript.paragraphs(lines.subList(head, lines.size())));
        return blocks;
    }

    /**
     * Untimed text: a run of lines that is hard-wrapped (lines of similar length, most not ending a
     * sentence) or a caption run (short lines, mostly in lower case, most not ending a sentence) is one
     * paragraph, broken after a short line that ends a sentence; elsewhere a line that does not end a
     * sentence joins the next when that starts in lower case.
     */
    private static List<String> wrapped(List<String> lines) {
        var blocks = new ArrayList<String>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                blocks.add("");
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !lines.get(end).isEmpty()) {
                end++;
            }
            blocks.addAll(run(lines.subList(i, end)));
            i = end;
        }
        return blocks;
    }

    private static List<String> run(List<String> run) {
        var blocks = new ArrayList<String>();
        boolean similar = similarLengths(run);
        boolean captions = !similar && captionRun(run);
        var block = new StringBuilder();
        int longest = run.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < run.size(); i++) {
            String raw = run.get(i);
            var label = SPEAKER_LABEL.matcher(raw);
            boolean labelled = label.lookingAt();
            String line = labelled ? raw.substring(label.end()) : CleanTranscript.LEADING_TIMESTAMP.matcher(raw).replaceFirst("");
            if (block.length() > 0) {
                String previous = block.toString();
                boolean join = !labelled && !BULLET.matcher(line).lookingAt()
                        && (similar || captions || (!endsSentence(block) && startsLowerCase(line)) || hyphenated(previous, line));
                if (!join) {
                    blocks.add(previous);
                    block.setLength(0);
                }
            }
            if (block.length() > 0 && hyphenated(block.toString(), line)) {
                mendHyphen(block, line);
            } else {
                append(block, line);
            }
            if (similar && endsSentence(block) && raw.length() < 0.6 * longest) {
                blocks.add(block.toString());
                block.setLength(0);
            }
        }
        if (block.length() > 0) {
            blocks.add(block.toString());
        }
        if (captions) {
            blocks.replaceAll(CleanLines::capitalised);
        }
        return blocks;
    }

    /** Captions often start in lower case mid-sentence; a paragraph starts with a capital. */
    static String capitalised(String block) {
        return block.isEmpty() ? block : block.substring(0, 1).toUpperCase(Locale.ROOT) + block.substring(1);
    }

    /** Hard-wrapped prose: 3+ lines, the longest 40+ characters, most lines near it and most not ending a sentence. */
    private static boolean similarLengths(List<String> run) {
        if (run.size() < 3) {
            return false;
        }
        int longest = run.stream().mapToInt(String::length).max().orElse(0);
        if (longest < 40 || longest > 120) {
            return false;
        }
        int body = run.size() - 1;
        int near = 0;
        int open = 0;
        for (String line : run.subList(0, body)) {
            if (line.length() >= 0.7 * longest) {
                near++;
            }
            if (!endsSentence(line)) {
                open++;
            }
            if (BULLET.matcher(line).lookingAt()) {
                return false;
            }
        }
        return near * 3 >= body * 2 && open * 2 > body && lowerCaseWords(run) * 2 > words(run) && continuations(run) > 0
                && noFurniture(run);
    }

    /** Captions one to a line: 4+ short lines, most mostly in lower case and not ending a sentence. */
    private static boolean captionRun(List<String> run) {
        if (run.size() < 4) {
            return false;
        }
        int lowerCase = 0;
        int open = 0;
        for (String line : run) {
            if (line.length() > MAX_CAPTION_CHARS || BULLET.matcher(line).lookingAt()) {
                return false;
            }
            if (lowerCaseWords(List.of(line)) * 2 > words(List.of(line))) {
                lowerCase++;
            }
            if (!endsSentence(line)) {
                open++;
            }
        }
        return lowerCase * 10 >= run.size() * 6 && open * 2 >= run.size() && continuations(run) * 4 >= run.size() - 1
                && noFurniture(run);
    }

    /**
     * Untimed captions with blank lines between them (a transcript export): 8+ lines, nearly all
     * short, most mostly in lower case, not ending a sentence, and a quarter carrying a sentence on.
     */
    private static boolean captionText(List<String> lines) {
        var text = lines.stream().filter(line -> !line.isEmpty()).toList();
        if (text.size() < 8 || text.size() == lines.size()) {
            return false;
        }
        int shortLines = 0;
        int lowerCase = 0;
        int open = 0;
        for (String line : text) {
            shortLines += line.length() <= MAX_CAPTION_CHARS ? 1 : 0;
            lowerCase += lowerCaseWords(List.of(line)) * 2 > words(List.of(line)) ? 1 : 0;
            open += endsSentence(line) ? 0 : 1;
        }
        return shortLines * 10 >= text.size() * 9 && lowerCase * 10 >= text.size() * 6 && open * 2 >= text.size()
                && continuations(text) * 4 >= text.size() - 1;
    }

    /** Lines after the first that start in lower case: a sentence carried on from the line above. */
    private static int continuations(List<String> run) {
        int count = 0;
        for (String line : run.subList(1, run.size())) {
            count += startsLowerCase(line) ? 1 : 0;
        }
        return count;
    }

    private static boolean noFurniture(List<String> run) {
        for (String line : run) {
            if (ArticleCleaner.isFurniture(line) || CleanFurniture.isWholeLineFurniture(line)) {
                return false;
            }
        }
        return true;
    }

    private static int lowerCaseWords(List<String> lines) {
        int count = 0;
        for (String line : lines) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int words(List<String> lines) {
        int count = 0;
        for (String line : lines) {
            count += line.isBlank() ? 0 : line.strip().split("\\s+").length;
        }
        return count;
    }

    /** "inter-" then "national…": a letter, a hyphen, and a continuation in lower case. */
    private static boolean hyphenated(String previous, String line) {
        int n = previous.length();
        return n >= 3 && previous.charAt(n - 1) == '-' && Character.isLetter(previous.charAt(n - 2)) && startsLowerCase(line);
    }

    /** Joins a word broken at a line end: without the hyphen, unless the first half is a compound prefix ("well-known"). */
    private static void mendHyphen(StringBuilder block, String line) {
        int hyphen = block.length() - 1;
        int start = hyphen;
        while (start > 0 && Character.isLetter(block.charAt(start - 1))) {
            start--;
        }
        String half = block.substring(start, hyphen);
        if (!COMPOUND_PREFIX.matcher(half).matches()) {
            block.setLength(hyphen);
        }
        block.append(line);
    }

    static void append(StringBuilder block, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (block.length() > 0) {
            block.append(' ');
        }
        block.append(line);
    }

    /** Starts in lower case, maybe after an opening quote: "national trade …", "“no monument …". */
    private static boolean startsLowerCase(String line) {
        String start = line.replaceFirst("^[“\"‘']+", "");
        return !start.isEmpty() && Character.isLowerCase(start.codePointAt(0));
    }

    /** Ends with ".", "!", "?" (or ":" / ";"), maybe inside closing quotes or brackets. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "”\"’')]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?:;…".indexOf(text.charAt(i)) >= 0;
    }
}
