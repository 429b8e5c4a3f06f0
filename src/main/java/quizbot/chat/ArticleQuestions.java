package quizbot.chat;

import quizbot.questions.QuestionSet;

/** Turns an article a teacher sent into a question set (the generator, behind a seam the chat layer owns). */
@FunctionalInterface
public interface ArticleQuestions {

    /** The set made from an article, and how much of it was read: an article over the budget is cut, not refused. */
    record Draft(QuestionSet set, int wordsUsed, int wordsTotal) {
        public boolean cut() {
            return wordsUsed < wordsTotal;
        }
    }

    /**
     * The draft for the article; an {@link IllegalArgumentException} says why when the article gives
     * nothing to ask or took longer than its time budget.
     */
    Draft generate(String articleText, String setId);
}
