package quizbot.quiz;

/**
 * Why the teaching core refused a request: a closed set of reasons, each with what the user needs
 * to hear about it. No chat text here; the chat words each reason for its command. Immutable.
 */
public sealed interface Refusal {

    /** Only admins may do that. */
    record AdminsOnly() implements Refusal {
    }

    /** Only teachers (and admins) may do that. */
    record TeachersOnly() implements Refusal {
    }

    /** Nobody of that id or @username has talked to the bot. */
    record UnknownUser(String who) implements Refusal {
    }

    /** The user has the role already ({@code teacher}), or does not have it to lose. */
    record RoleUnchanged(User user, boolean teacher) implements Refusal {
    }

    /** No set of that id (or, to retire, none that is not retired). */
    record NoSuchSet(String setId) implements Refusal {
    }

    /** The teacher has no draft. */
    record NoDraft() implements Refusal {
    }

    /** The teacher has a draft already, which reopening a set would replace. */
    record DraftInTheWay() implements Refusal {
    }

    /** The draft has no questions held back for /more (all added, or none were left). */
    record NoReserve() implements Refusal {
    }

    /** The same set was assigned to the class a moment ago (a double tap, or the command sent twice). */
    record JustAssigned(String className, String setId) implements Refusal {
    }

    /** A question number outside the draft's 1 to {@code questions}. */
    record NoSuchQuestionNumber(int questions) implements Refusal {
    }

    /** A button of a draft the teacher has since replaced (by another article) or published. */
    record StaleDraft() implements Refusal {
    }

    /** An edit of question {@code number} that would break a rule of the format: the field and what is wrong. */
    record BadEdit(int number, String field, String problem) implements Refusal {
    }

    /** Dropping those questions would leave none. */
    record WouldDropEverything() implements Refusal {
    }

    /** A title that is empty, holds control characters, or is {@code length} characters, over {@code most}. */
    record BadTitle(int length, int most) implements Refusal {
    }

    /** That cannot be a set id. */
    record BadSetId(String setId) implements Refusal {
    }

    /** An admin retired the set; a teacher cannot publish it again. */
    record SetRetired(String setId) implements Refusal {
    }

    /** A set of that id has a version the teacher did not publish. */
    record SetNotYours(String setId) implements Refusal {
    }

    /** A class name that is not visible text of 1 to {@link Classrooms#MAX_CLASS_NAME} characters. */
    record BadClassName(ClassNameProblem problem) implements Refusal {
    }

    /** The teacher has a class of that name already. */
    record ClassExists(String name) implements Refusal {
    }

    /** No class has that join code (any more). */
    record BadJoinCode() implements Refusal {
    }

    /** The learner is in the class already. */
    record AlreadyMember(Classroom classroom) implements Refusal {
    }

    /** The teacher has no class of that name (or, on the command line, nobody has). */
    record NoSuchClass(String name) implements Refusal {
    }

    /** On the command line: several teachers have a class of that name. */
    record AmbiguousClass(String name, int teachers) implements Refusal {
    }

    /** That user is not a member of the class. */
    record NotMember(String who, String className) implements Refusal {
    }

    /** A deadline that has passed already. */
    record DeadlinePassed() implements Refusal {
    }

    /** An attempt limit below 1. */
    record AttemptLimitTooLow() implements Refusal {
    }

    /** An assignment of {@code count} questions, outside 1 to {@code most}. */
    record QuestionCount(int count, int most) implements Refusal {
    }

    /** The assignment is not open to the learner: not their class, past its deadline, or no attempts left. */
    record AssignmentNotOpen() implements Refusal {
    }

    /** The class has no assignment yet (of the set, when one is named). */
    record NoAssignment(String className, String setId) implements Refusal {
    }
}
