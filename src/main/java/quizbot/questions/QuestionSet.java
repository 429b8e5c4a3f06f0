package quizbot.questions;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question set: an id (1–48 letters, digits, '-' and '_', so it fits a Telegram deep link or
 * button data with a prefix), a title,
 * a language code, where it came from, and 1 to {@link Limits#MAX_QUESTIONS_PER_SET} questions with
 * unique ids. Immutable.
 */
public record QuestionSet(String id, String title, String language, SourceInfo source, List<Question> questions) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,48}");

    public QuestionSet {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidQuestionException(null, "id",
                    id == null ? "is missing" : "\"" + id + "\" must be 1 to 48 letters, digits, '-' or '_'");
        }
        Question.requireWellFormed(null, "title", title);
        if (title == null || title.isBlank()) {
            throw new InvalidQuestionException(null, "title", "is missing");
        }
        if (language == null || language.isBlank()) {
            throw new InvalidQuestionException(null, "language", "is missing");
        }
        if (questions != null && questions.stream().anyMatch(Objects::isNull)) {
            throw new InvalidQuestionException(null, "questions", "contains an empty entry");
        }
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new InvalidQuestionException(null, "questions", "is empty; a set needs at least one question");
        }
        if (questions.size() > Limits.MAX_QUESTIONS_PER_SET) {
            throw new InvalidQuestionException(null, "questions", "has " + questions.size() + " questions; a set may have at most "
                    + Limits.MAX_QUESTIONS_PER_SET + " (split it into several sets)");
        }
        var ids = new HashSet<String>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new InvalidQuestionException(question.id(), "id", "is used by more than one question");
            }
        }
    }

    /** This set (id, title, language, source) with other questions. */
    public QuestionSet withQuestions(List<Question> newQuestions) {
        return new QuestionSet(id, title, language, source, newQuestions);
    }
}
