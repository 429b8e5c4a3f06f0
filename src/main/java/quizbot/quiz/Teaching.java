package quizbot.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/**
 * The teaching core, a service per use case: roles, the admins' catalogue of sets, teachers'
 * drafts, classes, assignments (homework), and class reports. Each takes only the stores it needs;
 * each returns {@link Outcome} values whose refusals are {@link Refusal} values.
 */
public record Teaching(Roles roles, Catalogue catalogue, Drafts drafts, Classrooms classrooms, Assignments assignments,
                       ClassReports reports) {

    /** The services over one set of stores; join codes and assignment draws come from a secure random source. */
    public static Teaching of(Set<Long> admins, ClassStore classes, QuestionSetStore sets, UserStore users, SessionStore sessions,
                              AnswerStore answers, DraftStore drafts, Quizzes quizzes, Clock clock) {
        var random = new SecureRandom();
        var roles = new Roles(admins, classes, users, clock);
        var classrooms = new Classrooms(roles, classes, users, clock, random);
        return new Teaching(roles, new Catalogue(roles, sets), new Drafts(roles, drafts, sets, users, clock), classrooms,
                new Assignments(classrooms, classes, sets, quizzes, clock, random),
                new ClassReports(classrooms, classes, sets, sessions, answers));
    }
}
