package quizbot.generate;

import quizbot.failure.QuizbotException;

/**
 * The article gives nothing to ask: no paragraph reads as prose, or no fact passes the quality gate;
 * or, as {@link GenerationCancelledException}, generation was stopped before it was done.
 */
public sealed class UnusableArticleException extends QuizbotException permits GenerationCancelledException {

    UnusableArticleException(String message) {
        super(Category.UNUSABLE_ARTICLE, message, null);
    }
}
