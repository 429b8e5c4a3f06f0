package quizbot.quiz;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import quizbot.questions.QuestionSet;

/** The loaded question sets, every version kept. Implementations are thread-safe. */
public interface QuestionSetStore {

    /** What loading one set did: the version now latest, and whether it was added or the same content was there already. */
    record Loaded(StoredSet set, boolean added) {
    }

    /**
     * Stores all the sets in one step, all or nothing, noting who loaded them (null: a command or
     * start-up). A set whose latest version has the same content is left as it is; one with new
     * content, or a new id, gets the next version (1 for a new id) and is no longer retired.
     */
    List<Loaded> saveAll(List<QuestionSet> sets, Long loadedBy);

    default List<Loaded> saveAll(List<QuestionSet> sets) {
        return saveAll(sets, null);
    }

    /** The latest version of a set that is not retired. */
    Optional<StoredSet> latest(String setId);

    /** Hides a set from new quizzes and assignments; past results keep their version. False if unknown or retired already. */
    boolean retire(String setId, long retiredBy);

    Optional<StoredSet> version(String setId, int version);

    /** The latest version of every set not retired, ordered by id. */
    List<StoredSet> latestSets();

    /** Every version of a set, retired or not: how many, who loaded them, whether the set is retired now. */
    History history(String setId);

    /**
     * What is known of a set id across all its versions, retired ones included: the number of
     * versions (0: the id is free), the users who loaded them, whether any came from a command or
     * start-up (no user), and whether the set is retired.
     */
    record History(int versions, Set<Long> loaders, boolean loadedWithoutUser, boolean retired) {

        public History {
            loaders = Set.copyOf(loaders);
        }

        public static History none() {
            return new History(0, Set.of(), false, false);
        }

        public boolean exists() {
            return versions > 0;
        }

        /** Every version was loaded by this user, and by no one else. */
        public boolean onlyLoadedBy(long userId) {
            return versions > 0 && !loadedWithoutUser && loaders.equals(Set.of(userId));
        }
    }
}
