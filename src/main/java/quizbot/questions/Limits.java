package quizbot.questions;

/**
 * Telegram's limits for quiz polls, which every question must fit so it can be sent as one, and
 * the size of a set, which keeps every quiz, assignment and report of it small enough to answer at once.
 */
public final class Limits {
    /** The most questions a set may have, however it arrives (a file of any format, the loader, a draft). */
    public static final int MAX_QUESTIONS_PER_SET = 1_000;

    public static final int MAX_PROMPT = 300;
    public static final int MAX_OPTION = 100;
    public static final int MAX_EXPLANATION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    private Limits() {
    }
}
