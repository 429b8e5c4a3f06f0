package quizbot.generate;

/** The article gives nothing to ask: no paragraph reads as prose, or no fact passes the quality gate. */
public final class UnusableArticleException extends IllegalArgumentException {

    UnusableArticleException(String message) {
        super(message);
    }
}
