package quizbot.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionType;

/**
 * Which questions one quiz asks: never two where one's answer stands in the other's prompt (two
 * blanks cut from one sentence print each other's answers; a true/false statement prints every
 * fact of its sentence), for sets from the generator and from files alike. Stateless.
 */
final class Draw {

    private Draw() {
    }

    /** A question's prompt and answers as words, read once (as typed answers are: {@link TypedAnswers#words}). */
    private record Read(Question question, List<String> prompt, List<List<String>> answers) {

        static Read of(Question question) {
            List<String> answers = switch (question.type()) {
                case TRUE_FALSE -> List.of(); // its answer is "True" or "False"; what it states is checked the other way round
                case TYPED -> question.accepted();
                case CHOICE -> List.of(question.correctAnswer());
            };
            return new Read(question, TypedAnswers.words(question.prompt()),
                    answers.stream().map(TypedAnswers::words).filter(words -> !words.isEmpty()).toList());
        }

        /** Whether this question's answer stands, as whole words, in the other's prompt (a distractor among its options gives nothing away). */
        boolean givesAway(Read other) {
            return answers.stream().anyMatch(answer -> Collections.indexOfSubList(other.prompt, answer) >= 0);
        }
    }

    /**
     * Up to {@code count} of the question ids, in their order, skipping each that would give away
     * or be given away by one drawn before it; a quiz is shorter rather than give an answer away.
     */
    static List<String> withoutGiveaways(QuestionSet set, List<String> ids, int count) {
        Map<String, Question> byId = set.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        var drawn = new ArrayList<Read>();
        for (String id : ids) {
            if (drawn.size() == count) {
                break;
            }
            Question question = byId.get(id);
            if (question != null) {
                Read read = Read.of(question);
                if (drawn.stream().noneMatch(other -> read.givesAway(other) || other.givesAway(read))) {
                    drawn.add(read);
                }
            }
        }
        return drawn.stream().map(read -> read.question().id()).toList();
    }

    static boolean givesAway(Question answered, Question shown) {
        return Read.of(answered).givesAway(Read.of(shown));
    }
}
