package quizbot.generate;

import java.util.List;

/** An article after cleaning: its headline (may be empty) and its body paragraphs. */
record Article(String title, List<String> paragraphs) {

    Article {
        paragraphs = List.copyOf(paragraphs);
    }
}
