package quizbot.quiz;

/** A quiz is active until its last question is answered (finished) or the learner stops it or starts another (stopped). */
public enum SessionStatus { ACTIVE, FINISHED, STOPPED }
