package quizbot.quiz;

/** What became of an answer. Expected outcomes are values; only a broken store throws. */
public sealed interface AnswerResult {

    /**
     * The question answered, its right answer and explanation, the streak now, and the next
     * question or, after the last, the summary.
     */
    record Feedback(QuestionView answered, String rightAnswer, String explanation, int streak, QuestionView next,
                    Summary summary) {

        public boolean finished() {
            return summary != null;
        }
    }

    /** An answer that was judged and recorded. */
    sealed interface Judged extends AnswerResult {
        Feedback feedback();
    }

    record Correct(Feedback feedback) implements Judged {
    }

    record Wrong(String given, Feedback feedback) implements Judged {
    }

    /** Given after the question's time limit: recorded as wrong. */
    record Expired(Feedback feedback) implements Judged {
    }

    /** That question was answered already (a double tap, a replayed press): nothing changed. */
    record AlreadyAnswered(int position) implements AnswerResult {
    }

    /** Not an answer to the current question of an active quiz of this learner in this chat: nothing changed. */
    record NotCurrent() implements AnswerResult {
    }
}
