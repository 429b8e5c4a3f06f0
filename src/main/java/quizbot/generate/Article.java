package quizbot.generate;

import java.util.ArrayList;
import java.util.List;

/** An article after cleaning: its headline (may be empty) and its body paragraphs. */
record Article(String title, List<String> paragraphs) {

    Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body's words: runs of characters between whitespace. */
    int words() {
        int words = 0;
        for (String paragraph : paragraphs) {
            words += words(paragraph);
        }
        return words;
    }

    /**
     * The article cut to at most {@code maxWords} words, so a long one is read in bounded time: the
     * paragraphs that fit whole. When those come to less than half the budget (the next paragraph is
     * longer than half of it), that paragraph is cut too, after its last sentence that fits, or after
     * its last word that fits when no sentence ends in time (a run-on text).
     */
    Article firstWords(int maxWords) {
        if (words() <= maxWords) {
            return this;
        }
        var kept = new ArrayList<String>();
        int used = 0;
        for (String paragraph : paragraphs) {
            int words = words(paragraph);
            if (used + words <= maxWords) {
                kept.add(paragraph);
                used += words;
                continue;
            }
            if (used < maxWords / 2) {
                kept.add(head(paragraph, maxWords - used));
            }
            break;
        }
        return new Article(title, kept);
    }

    /** The paragraph up to the end of its last sentence within its first {@code maxWords} words, else up to that word. */
    private static String head(String paragraph, int maxWords) {
        int end = 0;
        int words = 0;
        int lastSentenceEnd = -1;
        for (int i = 0; i < paragraph.length() && words < maxWords; ) {
            while (i < paragraph.length() && Character.isWhitespace(paragraph.charAt(i))) {
                i++;
            }
            if (i == paragraph.length()) {
                break;
            }
            while (i < paragraph.length() && !Character.isWhitespace(paragraph.charAt(i))) {
                i++;
            }
            words++;
            end = i;
            if (endsSentence(paragraph, end)) {
                lastSentenceEnd = end;
            }
        }
        return paragraph.substring(0, lastSentenceEnd > 0 ? lastSentenceEnd : end);
    }

    /** Whether the word ending at {@code end} ends a sentence: a full stop, "?" or "!", maybe inside closing quotes or brackets. */
    private static boolean endsSentence(String text, int end) {
        int i = end - 1;
        while (i > 0 && "”\"’')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
