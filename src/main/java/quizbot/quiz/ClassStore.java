package quizbot.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Teachers ({@link RoleStore}), classes, their members and assignments, and which quiz was an attempt at which
 * assignment. Thread-safe.
 */
public interface ClassStore extends RoleStore {

    /** Stores a new class; empty when the teacher has a class of that name already. */
    Optional<Classroom> createClass(Classroom classroom);

    Optional<Classroom> classByCode(String joinCode);

    Optional<Classroom> classByName(long teacherId, String name);

    Optional<Classroom> classroom(long classId);

    /** Every teacher's classes of that name, by id (for the command line, which has no teacher). */
    List<Classroom> classesNamed(String name);

    /** A teacher's classes, by name. */
    List<Classroom> classesOf(long teacherId);

    /** The classes a learner belongs to, by id. */
    List<Classroom> classesJoined(long userId);

    /** Adds a member; false if they were one already. */
    boolean join(long classId, long userId, Instant at);

    /** Removes a member; false if they were none. */
    boolean removeMember(long classId, long userId);

    /** The class's members, by name. */
    List<User> members(long classId);

    Assignment assign(Assignment assignment);

    Optional<Assignment> assignment(long assignmentId);

    /** A class's assignments, newest first. */
    List<Assignment> assignmentsOf(long classId);

    /** Notes that a quiz session is an attempt at an assignment. */
    void attempt(long sessionId, long assignmentId);

    /** A member's attempts at an assignment (quiz session ids), oldest first. */
    List<Long> attempts(long assignmentId, long userId);
}
