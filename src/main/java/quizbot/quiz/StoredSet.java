package quizbot.quiz;

import java.util.Optional;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/** One version of a loaded question set. Loading a set whose id exists adds a version; answers keep theirs. */
public record StoredSet(QuestionSet content, int version) {

    public String id() {
        return content.id();
    }

    public Optional<Question> question(String questionId) {
        return content.questions().stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
