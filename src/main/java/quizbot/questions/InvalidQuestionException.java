package quizbot.questions;

/**
 * A question, or a set, breaks a rule of the format. Names the question id (null for set-level
 * fields) and the field, so the reader can point at the exact place in the file.
 */
public final class InvalidQuestionException extends IllegalArgumentException {
    private final String questionId;
    private final String field;
    private final String problem;

    public InvalidQuestionException(String questionId, String field, String problem) {
        super((questionId == null ? "" : "question \"" + questionId + "\", ") + "field \"" + field + "\": " + problem);
        this.questionId = questionId;
        this.field = field;
        this.problem = problem;
    }

    /** The id of the offending question, or null when the problem is in the set itself. */
    public String questionId() {
        return questionId;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the question and field prefix of the message. */
    public String problem() {
        return problem;
    }
}
