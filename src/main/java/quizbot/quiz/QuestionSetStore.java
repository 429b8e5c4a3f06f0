package quizbot.quiz;

import java.util.List;
import java.util.Optional;
import quizbot.questions.QuestionSet;

/** The loaded question sets, every version kept. Implementations are thread-safe. */
public interface QuestionSetStore {

    /** What loading one set did: the version now latest, and whether it was added or the same content was there already. */
    record Loaded(StoredSet set, boolean added) {
    }

    /**
     * Stores all the sets in one step, all or nothing. A set whose latest version has the same
     * content is left as it is; one with new content, or a new id, gets the next version (1 for a new id).
     */
    List<Loaded> saveAll(List<QuestionSet> sets);

    Optional<StoredSet> latest(String setId);

    Optional<StoredSet> version(String setId, int version);

    /** The latest version of every set, ordered by id. */
    List<StoredSet> latestSets();
}
