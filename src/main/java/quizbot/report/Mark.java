package quizbot.report;

/** How a learner did on one question. */
public enum Mark {
    RIGHT, WRONG, UNANSWERED
}
