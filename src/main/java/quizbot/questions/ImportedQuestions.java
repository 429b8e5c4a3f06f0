package quizbot.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the questions of one imported file (GIFT, Aiken, CSV), numbering them q1, q2, … and
 * turning every rule broken into a {@link QuestionSetFileException} that names the file and the line
 * the question starts on. Imported questions are of kind {@code other}: these formats carry no kind.
 * Used by one thread at a time.
 */
final class ImportedQuestions {
    private final String file;
    private final List<Question> questions = new ArrayList<>();

    ImportedQuestions(String file) {
        this.file = file;
    }

    /**
     * A choice question; when the options are just "True" and "False" (any case) it becomes a
     * true_false question, so the quiz shows them in that order instead of shuffling them.
     */
    void choice(int line, String prompt, List<String> options, int correct, String explanation) {
        if (options.size() == 2 && isTrueOrFalse(options.get(0), "true") && isTrueOrFalse(options.get(1), "false")) {
            trueFalse(line, prompt, correct == 0, explanation);
        } else if (options.size() == 2 && isTrueOrFalse(options.get(0), "false") && isTrueOrFalse(options.get(1), "true")) {
            trueFalse(line, prompt, correct == 1, explanation);
        } else {
            add(line, QuestionType.CHOICE, prompt, options, correct, null, explanation);
        }
    }

    void trueFalse(int line, String prompt, boolean isTrue, String explanation) {
        add(line, QuestionType.TRUE_FALSE, prompt, Question.TRUE_FALSE_OPTIONS, isTrue ? 0 : 1, null, explanation);
    }

    void typed(int line, String prompt, List<String> accepted, String explanation) {
        add(line, QuestionType.TYPED, prompt, null, null, accepted, explanation);
    }

    /** The set: id and title from the file name unless a title is given; language "en". */
    QuestionSet toSet(String title) {
        if (questions.isEmpty()) {
            throw new QuestionSetFileException(file, null, null, null, "contains no questions", null);
        }
        String setTitle = title == null || title.isBlank() ? QuestionSetFiles.titleFromFileName(file) : title.strip();
        try {
            return new QuestionSet(QuestionSetFiles.idFromFileName(file), setTitle, "en", null, questions);
        } catch (InvalidQuestionException e) {
            throw new QuestionSetFileException(file, null, e.questionId(), e.field(), e.problem(), e);
        }
    }

    /** A syntax error at a line, not about one field. */
    static QuestionSetFileException syntaxError(String file, int line, String problem) {
        return new QuestionSetFileException(file, line, null, null, problem, null);
    }

    /** A problem with one field (a column, for CSV) at a line. */
    static QuestionSetFileException fieldError(String file, int line, String field, String problem) {
        return new QuestionSetFileException(file, line, null, field, problem, null);
    }

    private void add(int line, QuestionType type, String prompt, List<String> options, Integer correct,
            List<String> accepted, String explanation) {
        String id = "q" + (questions.size() + 1);
        String explained = explanation == null || explanation.isBlank() ? null : explanation;
        try {
            questions.add(new Question(id, type, Kind.OTHER, prompt, options, correct, accepted, explained, null));
        } catch (InvalidQuestionException e) {
            throw new QuestionSetFileException(file, line, id, e.field(), e.problem(), e);
        }
    }

    private static boolean isTrueOrFalse(String option, String word) {
        return option != null && option.strip().toLowerCase(Locale.ROOT).equals(word);
    }
}
