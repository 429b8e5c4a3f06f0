package quizbot.web;

import quizbot.failure.QuizbotException;

/** The page holds no text to make questions from (empty, only markup, or only scripts). */
public final class NoReadableTextException extends QuizbotException {

    NoReadableTextException(String source) {
        super(Category.ARTICLE_NOT_FETCHED, "no readable text in " + (source.isEmpty() ? "the page" : source), null);
    }
}
