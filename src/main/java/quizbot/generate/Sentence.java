package quizbot.generate;

import java.util.List;

/** One sentence of the article, with its tokens, and its position (index) in the article. */
record Sentence(int index, String text, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The index of the first token that starts at or after the character offset, or -1 when none does (tokens are in text order: a binary search). */
    int tokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() >= offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < tokens.size() ? low : -1;
    }

    /** The token that starts at or after the offset, or null. */
    Token nextToken(int offset) {
        int index = tokenFrom(offset);
        return index < 0 ? null : tokens.get(index);
    }
}
