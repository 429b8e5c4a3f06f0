package quizbot.chat;

import java.util.Map;
import quizbot.quiz.ClassNameProblem;
import quizbot.quiz.Classrooms;
import quizbot.quiz.Outcome;
import quizbot.quiz.Refusal;

/**
 * How the chat words the teaching core's refusals, where a command has no words of its own for
 * one: the one table a second language would translate. Stateless.
 */
final class RefusalTexts {

    private static final String EXAMPLE = "e.g. \"Year 9 History\".";

    /** A question's fields as a teacher names them. */
    private static final Map<String, String> FIELDS = Map.of("prompt", "prompt", "options", "options:", "correct", "right answer:",
            "accepted", "answers:", "explanation", "explanation", "type", "type:");

    private RefusalTexts() {
    }

    /** The refusal's reason in words; "" for an outcome that is done. */
    static String of(Outcome<?> outcome) {
        return outcome instanceof Outcome.Refused<?> refused ? words(refused.reason()) : "";
    }

    static String words(Refusal reason) {
        if (reason instanceof Refusal.AdminsOnly) {
            return "Only admins can do that.";
        } else if (reason instanceof Refusal.TeachersOnly) {
            return "Only teachers can do that. Ask an admin to make you one.";
        } else if (reason instanceof Refusal.UnknownUser unknown) {
            return "I don't know " + unknown.who() + ": they must start a chat with me first.";
        } else if (reason instanceof Refusal.RoleUnchanged unchanged) {
            return unchanged.user().name() + (unchanged.teacher() ? " is a teacher already." : " is not a teacher.");
        } else if (reason instanceof Refusal.NoSuchSet set) {
            return "There is no set \"" + set.setId() + "\". See /sets.";
        } else if (reason instanceof Refusal.NoDraft) {
            return "You have no draft.";
        } else if (reason instanceof Refusal.NoSuchQuestionNumber number) {
            return "The draft has questions 1 to " + number.questions() + ".";
        } else if (reason instanceof Refusal.DraftInTheWay) {
            return "You have a draft already: /publish or /discard it first (/draft shows it).";
        } else if (reason instanceof Refusal.JustAssigned assigned) {
            return assigned.setId() + " was just assigned to " + assigned.className() + "; its members were told once.";
        } else if (reason instanceof Refusal.NoReserve) {
            return "No more questions are held back for this draft (/more adds those the generator chose beside a new article's draft).";
        } else if (reason instanceof Refusal.StaleDraft) {
            return "These buttons belong to an earlier draft; /draft shows the one you have.";
        } else if (reason instanceof Refusal.BadEdit edit) {
            return "Question " + edit.number() + " is unchanged; its " + FIELDS.getOrDefault(edit.field(), edit.field()) + " " + edit.problem() + ".";
        } else if (reason instanceof Refusal.WouldDropEverything) {
            return "That would drop every question; use /discard to throw the draft away.";
        } else if (reason instanceof Refusal.BadTitle title) {
            return "A title is 1 to " + title.most() + " characters on one line" + (title.length() > title.most()
                    ? "; this one has " + title.length() + "." : ".");
        } else if (reason instanceof Refusal.BadSetId id) {
            return "\"" + id.setId() + "\" cannot be a set id: 1 to 48 letters, digits, - or _.";
        } else if (reason instanceof Refusal.SetRetired retired) {
            return "The set \"" + retired.setId() + "\" was retired by an admin and cannot be published again;"
                    + " publish under another id.";
        } else if (reason instanceof Refusal.SetNotYours other) {
            return "A set \"" + other.setId() + "\" exists and is not yours (not every version of it was"
                    + " published by you); publish under another id.";
        } else if (reason instanceof Refusal.BadClassName name) {
            return className(name.problem());
        } else if (reason instanceof Refusal.ClassExists exists) {
            return "You have a class called \"" + exists.name() + "\" already.";
        } else if (reason instanceof Refusal.BadJoinCode) {
            return "That join link is not valid (any more). Ask your teacher for a new one.";
        } else if (reason instanceof Refusal.AlreadyMember member) {
            return "You are in " + member.classroom().name() + " already.";
        } else if (reason instanceof Refusal.NoSuchClass none) {
            return "You have no class called \"" + none.name() + "\". See /classes.";
        } else if (reason instanceof Refusal.AmbiguousClass ambiguous) {
            return ambiguous.teachers() + " teachers have a class called \"" + ambiguous.name() + "\".";
        } else if (reason instanceof Refusal.NotMember notMember) {
            return notMember.who() + " is not in " + notMember.className() + ".";
        } else if (reason instanceof Refusal.DeadlinePassed) {
            return "The deadline is in the past.";
        } else if (reason instanceof Refusal.AttemptLimitTooLow) {
            return "An attempt limit must be at least 1.";
        } else if (reason instanceof Refusal.QuestionCount count) {
            return "An assignment has 1 to " + count.most() + " questions; " + count.count() + " is too "
                    + (count.count() < 1 ? "few." : "many.");
        } else if (reason instanceof Refusal.AssignmentNotOpen) {
            return "That assignment is not open to you (not your class, past its deadline, or no attempts left).";
        } else if (reason instanceof Refusal.NoAssignment none) {
            return none.className() + " has no assignment" + (none.setId() == null ? "" : " of " + none.setId())
                    + " yet. Give one with /assign.";
        }
        throw new IllegalStateException("no words for " + reason); // unreachable while every reason has a branch above
    }

    private static String className(ClassNameProblem problem) {
        String where = String.format("U+%04X at character %d", problem.codePoint(), problem.position());
        return switch (problem.kind()) {
            case EMPTY -> "A class needs a name, " + EXAMPLE;
            case INVISIBLE -> "A class name cannot contain invisible or control characters (found " + where + ").";
            case BROKEN -> "A class name cannot contain a broken character (found " + where + ").";
            case NO_LETTER_OR_DIGIT -> "A class name needs at least one letter or digit, " + EXAMPLE;
            case TOO_LONG -> "A class name may be at most " + Classrooms.MAX_CLASS_NAME + " characters; this one has "
                    + problem.length() + ".";
        };
    }
}
