package quizbot.generate;

import java.util.List;
import quizbot.questions.QuestionType;

/**
 * A question before the quality gate and before its options are shuffled: the right option is
 * {@code options.get(correct)}. {@code source} is the whole sentence the fact came from.
 */
record Draft(Fact fact, QuestionType type, String prompt, List<String> options, int correct, List<String> accepted,
             String explanation, String source) {

    Draft {
        options = List.copyOf(options);
        accepted = List.copyOf(accepted);
    }

    Draft withPrompt(String newPrompt) {
        return new Draft(fact, type, newPrompt, options, correct, accepted, explanation, source);
    }

    List<String> distractors() {
        return options.stream().filter(option -> !option.equals(options.get(correct))).toList();
    }
}
