package quizbot.questions;

import quizbot.failure.QuizbotException;

/**
 * A question-set file cannot be read or written, or breaks the format. The message points at the
 * place to fix, e.g. {@code moscow-havana.json: question "q4", field "correct": is 7; must be an index
 * from 0 to 3}; a question without an id is named by its position, {@code question #3}. Files in the
 * line-based import formats (GIFT, Aiken, CSV) are named by line instead:
 * {@code bank.csv: line 7: field "options": option "…" is 130 characters; at most 100 fit a Telegram poll}.
 * Immutable, so thread-safe.
 */
public final class QuestionSetFileException extends QuizbotException {
    private final String file;
    private final int line;
    private final String questionId;
    private final String field;

    /**
     * @param question how the message names the question ({@code question "q4"} or {@code question #3}), or null
     */
    QuestionSetFileException(String file, String question, String questionId, String field, String problem,
            Throwable cause) {
        super(Category.INVALID_FILE, file + ": " + (question == null ? "" : question + ", ")
                + (field == null ? "" : "field \"" + field + "\": ") + problem, cause);
        this.file = file;
        this.line = 0;
        this.questionId = questionId;
        this.field = field;
    }

    /** A problem at a line of a line-based file; {@code field} may be null. */
    QuestionSetFileException(String file, int line, String questionId, String field, String problem,
            Throwable cause) {
        super(Category.INVALID_FILE, file + ": line " + line + ": " + (field == null ? "" : "field \"" + field + "\": ") + problem, cause);
        this.file = file;
        this.line = line;
        this.questionId = questionId;
        this.field = field;
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** The 1-based line the problem is on (where the question starts), or 0 when the message names no line. */
    public int line() {
        return line;
    }

    /** The id of the offending question; null for a set-level problem or a question without an id. */
    public String questionId() {
        return questionId;
    }

    /** The offending field ({@code "source.sha256"} inside the set's source), or null if not about one field. */
    public String field() {
        return field;
    }
}
