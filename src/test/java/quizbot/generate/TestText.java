package quizbot.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sentences analysed by the real OpenNLP models, loaded once for all tests. */
final class TestText {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private TestText() {
    }

    /** The sentences of one paragraph. */
    static synchronized List<Sentence> sentences(String paragraph) {
        return ANALYZER.analyze(List.of(paragraph));
    }

    /** The text as one sentence; fails if OpenNLP splits it. */
    static Sentence sentence(String text) {
        List<Sentence> sentences = sentences(text);
        if (sentences.size() != 1) {
            throw new IllegalArgumentException("expected one sentence, got " + sentences.size() + ": " + sentences);
        }
        return sentences.get(0);
    }

    /** A test article from src/test/resources/articles. */
    static String article(String name) {
        try (InputStream in = TestText.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
