package quizbot.quiz;

import java.time.Instant;
import java.util.Optional;
import quizbot.questions.QuestionSet;

/** A teacher's generated set awaiting publication: one per teacher, kept across restarts. Thread-safe. */
public interface DraftStore {

    /** Keeps the draft, replacing the teacher's previous one. */
    void saveDraft(long userId, QuestionSet set, Instant at);

    Optional<QuestionSet> draft(long userId);

    void deleteDraft(long userId);
}
