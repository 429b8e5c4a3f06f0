package quizbot.generate;

/**
 * Generation stopped before it was done: it ran past the time limit of its
 * {@link QuestionGenerator.Options}, or its thread was interrupted. The message says which
 * ("generation took longer than 20 s and was stopped while drafting questions"). A kind of
 * {@link UnusableArticleException}, so a caller that tells the teacher why an article gave no
 * questions tells them this as well.
 */
public final class GenerationCancelledException extends UnusableArticleException {

    GenerationCancelledException(String message) {
        super(message);
    }
}
