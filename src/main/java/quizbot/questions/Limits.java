package quizbot.questions;

/** Telegram's limits for quiz polls, which every question must fit so it can be sent as one. */
public final class Limits {
    public static final int MAX_PROMPT = 300;
    public static final int MAX_OPTION = 100;
    public static final int MAX_EXPLANATION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    private Limits() {
    }
}
