package quizbot.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;
import quizbot.questions.QuestionSet;

/**
 * Which questions one quiz asks: never two where one's answer stands in the other's prompt (two
 * blanks cut from one sentence print each other's answers; a true/false statement prints every
 * fact of its sentence), for sets from the generator and from files alike. Stateless.
 */
final class Draw {

    private Draw() {
    }

    /**
     * Up to {@code count} of the question ids, in their order, skipping each that would give away
     * or be given away by one drawn before it; a quiz is shorter rather than give an answer away.
     */
    static List<String> withoutGiveaways(QuestionSet set, List<String> ids, int count) {
        var drawn = new ArrayList<Question>();
        for (String id : ids) {
            if (drawn.size() == count) {
                break;
            }
            set.questions().stream().filter(question -> question.id().equals(id)).findFirst()
                    .filter(question -> drawn.stream().noneMatch(other -> givesAway(question, other) || givesAway(other, question)))
                    .ifPresent(drawn::add);
        }
        return drawn.stream().map(Question::id).toList();
    }

    /** Whether the answer of {@code answered} stands, as whole words, in the prompt of {@code shown} (a distractor among its options gives nothing away). */
    static boolean givesAway(Question answered, Question shown) {
        if (answered.type() == QuestionType.TRUE_FALSE) {
            return false; // its answer is "True" or "False"; what it states is checked the other way round
        }
        List<String> seen = TypedAnswers.words(shown.prompt());
        List<String> answers = answered.type() == QuestionType.TYPED ? answered.accepted() : List.of(answered.correctAnswer());
        return answers.stream().map(TypedAnswers::words).anyMatch(answer -> !answer.isEmpty() && Collections.indexOfSubList(seen, answer) >= 0);
    }
}
