package quizbot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quizbot.questions.InvalidQuestionException;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;

/**
 * One change a teacher makes to a question of their draft. {@link #apply} makes the changed
 * question through {@link Question}'s constructor, so an edit is held to every rule a set file is
 * (Telegram's lengths, no option twice, a right answer that exists) and refused with the field and
 * the reason otherwise. Option numbers are 1-based, as the teacher reads them. Immutable.
 */
public sealed interface QuestionEdit {

    /** The changed question; throws {@link InvalidQuestionException} naming the field and the problem. */
    Question apply(Question question);

    /** A new prompt. */
    record Prompt(String text) implements QuestionEdit {
        @Override
        public Question apply(Question q) {
            return new Question(q.id(), q.type(), q.kind(), text.strip(), q.options(), q.correct(), q.accepted(), q.explanation(), q.source());
        }
    }

    /** Option {@code number} reworded; a right option stays the right one. */
    record Option(int number, String text) implements QuestionEdit {
        @Override
        public Question apply(Question q) {
            if (q.type() != QuestionType.CHOICE) {
                throw new InvalidQuestionException(q.id(), "options", q.type() == QuestionType.TYPED
                        ? "a typed question has no options; give it some with: options *right; other; other"
                        : "True and False cannot be reworded");
            }
            requireOption(q, number);
            var options = new ArrayList<>(q.options());
            options.set(number - 1, text.strip());
            return new Question(q.id(), q.type(), q.kind(), q.prompt(), options, q.correct(), q.accepted(), q.explanation(), q.source());
        }
    }

    /**
     * All options anew, the right one marked ({@code right}, 0-based) or, when null, the option that reads as the old
     * right answer. A typed question becomes a choice question.
     */
    record Options(List<String> options, Integer right) implements QuestionEdit {
        public Options {
            options = options.stream().map(String::strip).toList();
        }

        @Override
        public Question apply(Question q) {
            Integer correct = right;
            if (correct == null) {
                String old = q.correctAnswer().strip().toLowerCase(Locale.ROOT);
                int same = options.stream().map(option -> option.toLowerCase(Locale.ROOT)).toList().indexOf(old);
                if (same < 0) {
                    throw new InvalidQuestionException(q.id(), "correct", "none of the options is the right answer \"" + q.correctAnswer()
                            + "\"; mark the right one with *");
                }
                correct = same;
            }
            return new Question(q.id(), QuestionType.CHOICE, q.kind(), q.prompt(), options, correct, List.of(), q.explanation(), q.source());
        }
    }

    /** Option {@code number} is the right answer (of a choice or a true-or-false question). */
    record RightOption(int number) implements QuestionEdit {
        @Override
        public Question apply(Question q) {
            if (q.type() == QuestionType.TYPED) {
                throw new InvalidQuestionException(q.id(), "accepted", "a typed question has no options; give its answers with: answer a; b");
            }
            requireOption(q, number);
            return new Question(q.id(), q.type(), q.kind(), q.prompt(), q.options(), number - 1, q.accepted(), q.explanation(), q.source());
        }
    }

    /** The answers a typed question accepts, the first shown as the right one. */
    record Accepted(List<String> answers) implements QuestionEdit {
        public Accepted {
            answers = answers.stream().map(String::strip).toList();
        }

        @Override
        public Question apply(Question q) {
            if (q.type() != QuestionType.TYPED) {
                throw new InvalidQuestionException(q.id(), "correct", "pick the right option by its number: answer 2");
            }
            return new Question(q.id(), q.type(), q.kind(), q.prompt(), q.options(), q.correct(), answers, q.explanation(), q.source());
        }
    }

    /** A new explanation, or none when {@code text} is null. */
    record Explanation(String text) implements QuestionEdit {
        @Override
        public Question apply(Question q) {
            return new Question(q.id(), q.type(), q.kind(), q.prompt(), q.options(), q.correct(), q.accepted(),
                    text == null ? null : text.strip(), q.source());
        }
    }

    /** A choice question becomes a typed one that accepts its right option. */
    record ToTyped() implements QuestionEdit {
        @Override
        public Question apply(Question q) {
            if (q.type() != QuestionType.CHOICE) {
                throw new InvalidQuestionException(q.id(), "type", q.type() == QuestionType.TYPED ? "it is typed already"
                        : "a true-or-false statement has no answer to type");
            }
            return new Question(q.id(), QuestionType.TYPED, q.kind(), q.prompt(), List.of(), null, List.of(q.correctAnswer()),
                    q.explanation(), q.source());
        }
    }

    private static void requireOption(Question q, int number) {
        if (number < 1 || number > q.options().size()) {
            throw new InvalidQuestionException(q.id(), "options", "there is no option " + number + "; it has options 1 to " + q.options().size());
        }
    }
}
