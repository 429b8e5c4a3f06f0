package quizbot.web;

/** The page holds no text to make questions from (empty, only markup, or only scripts). */
public final class NoReadableTextException extends RuntimeException {

    NoReadableTextException(String source) {
        super("no readable text in " + (source.isEmpty() ? "the page" : source));
    }
}
