package quizbot.quiz;

import java.util.Optional;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/**
 * One version of a loaded question set, and who loaded it (a user id; null when loaded by a
 * command or at start-up). Loading a set whose id exists adds a version; answers keep theirs.
 */
public record StoredSet(QuestionSet content, int version, Long loadedBy) {

    public StoredSet(QuestionSet content, int version) {
        this(content, version, null);
    }

    public String id() {
        return content.id();
    }

    public Optional<Question> question(String questionId) {
        return content.questions().stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
