package quizbot.generate;

import java.util.List;

/** One sentence of the article, with its tokens, and its position (index) in the article. */
record Sentence(int index, String text, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The index of the first token that starts at or after the character offset, or -1 when none does. */
    int tokenFrom(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The token that starts at or after the offset, or null. */
    Token nextToken(int offset) {
        int index = tokenFrom(offset);
        return index < 0 ? null : tokens.get(index);
    }
}
