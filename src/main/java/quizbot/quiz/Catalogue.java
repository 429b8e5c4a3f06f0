package quizbot.quiz;

import java.util.List;
import quizbot.questions.QuestionSet;

/** The admins' care of the question sets: loading a set and retiring one. Thread-safe when the store is. */
public final class Catalogue {

    private final Roles roles;
    private final QuestionSetStore sets;

    public Catalogue(Roles roles, QuestionSetStore sets) {
        this.roles = roles;
        this.sets = sets;
    }

    /** Admins only: loads a question set (a new version if its id exists and its content changed). */
    public Outcome<QuestionSetStore.Loaded> load(User admin, QuestionSet set) {
        if (!roles.isAdmin(admin.id())) {
            return Outcome.refused(new Refusal.AdminsOnly());
        }
        return Outcome.done(sets.saveAll(List.of(set), admin.id()).get(0));
    }

    /** Admins only: hides a set from new quizzes and assignments; past results stay. */
    public Outcome<String> retire(User admin, String setId) {
        if (!roles.isAdmin(admin.id())) {
            return Outcome.refused(new Refusal.AdminsOnly());
        }
        return sets.retire(setId, admin.id()) ? Outcome.done(setId) : Outcome.refused(new Refusal.NoSuchSet(setId));
    }
}
