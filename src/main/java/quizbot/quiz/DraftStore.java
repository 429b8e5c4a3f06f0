package quizbot.quiz;

import java.util.Optional;

/** A teacher's draft awaiting publication: one per teacher, kept across restarts. Thread-safe. */
public interface DraftStore {

    /** Keeps the draft, replacing the teacher's previous one. */
    void saveDraft(long userId, DraftSet draft);

    Optional<DraftSet> draft(long userId);

    void deleteDraft(long userId);
}
