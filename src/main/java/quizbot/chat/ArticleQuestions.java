package quizbot.chat;

import quizbot.questions.QuestionSet;

/** Turns an article a teacher sent into a question set (the generator, behind a seam the chat layer owns). */
@FunctionalInterface
public interface ArticleQuestions {

    /** The set for the article; an {@link IllegalArgumentException} says why when the article gives nothing to ask. */
    QuestionSet generate(String articleText, String setId);
}
