package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import quizbot.quiz.ClassNameProblem;
import quizbot.quiz.Classroom;
import quizbot.quiz.Refusal;
import quizbot.quiz.User;

/** How the chat words the teaching core's refusals: every reason has words, and they say what the user needs. */
class RefusalTextsTest {

    private static String words(Refusal reason) {
        return RefusalTexts.words(reason);
    }

    private static String className(ClassNameProblem.Kind kind, int codePoint, int position, int length) {
        return words(new Refusal.BadClassName(new ClassNameProblem(kind, codePoint, position, length)));
    }

    @Test
    void everyReasonHasWords() throws ReflectiveOperationException {
        for (Class<?> type : Refusal.class.getPermittedSubclasses()) {
            RecordComponent[] components = type.getRecordComponents();
            var arguments = new Object[components.length];
            var types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                arguments[i] = sample(types[i]);
            }
            String text = words((Refusal) type.getDeclaredConstructor(types).newInstance(arguments));
            assertFalse(text.isBlank(), type.getSimpleName());
        }
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "7B";
        } else if (type == int.class) {
            return 3;
        } else if (type == boolean.class) {
            return true;
        } else if (type == User.class) {
            return new User(20, "Anna");
        } else if (type == Classroom.class) {
            return new Classroom(1, 10, "7B", "code", Instant.EPOCH);
        }
        return new ClassNameProblem(ClassNameProblem.Kind.EMPTY, 0, 0, 0);
    }

    @Test
    void rolesAreExplained() {
        assertTrue(words(new Refusal.AdminsOnly()).contains("Only admins"));
        assertTrue(words(new Refusal.TeachersOnly()).contains("Only teachers"));
        assertEquals("I don't know @nobody: they must start a chat with me first.", words(new Refusal.UnknownUser("@nobody")));
        assertEquals("Anna is a teacher already.", words(new Refusal.RoleUnchanged(new User(20, "Anna"), true)));
        assertEquals("Anna is not a teacher.", words(new Refusal.RoleUnchanged(new User(20, "Anna"), false)));
    }

    @Test
    void classesAndMembershipAreExplained() {
        assertTrue(words(new Refusal.ClassExists("7B")).contains("already"));
        assertTrue(words(new Refusal.AlreadyMember(new Classroom(1, 10, "7B", "code", Instant.EPOCH))).contains("already"));
        assertTrue(words(new Refusal.BadJoinCode()).contains("not valid"));
        assertEquals("You have no class called \"7B\". See /classes.", words(new Refusal.NoSuchClass("7B")));
        assertEquals("@anna is not in 7B.", words(new Refusal.NotMember("@anna", "7B")));
    }

    @Test
    void assignmentsAreExplained() {
        assertTrue(words(new Refusal.DeadlinePassed()).contains("past"));
        assertTrue(words(new Refusal.AssignmentNotOpen()).contains("not open to you"));
        String tooMany = words(new Refusal.QuestionCount(101, 100));
        assertTrue(tooMany.contains("1 to 100") && tooMany.endsWith("too many."), tooMany);
        assertTrue(words(new Refusal.QuestionCount(0, 100)).contains("too few"));
        assertEquals("7B has no assignment of planets yet. Give one with /assign.", words(new Refusal.NoAssignment("7B", "planets")));
        assertEquals("7B has no assignment yet. Give one with /assign.", words(new Refusal.NoAssignment("7B", null)));
    }

    @Test
    void publishingIsExplained() {
        assertTrue(words(new Refusal.SetRetired("orbits")).contains("retired"));
        assertTrue(words(new Refusal.SetNotYours("orbits")).contains("not yours"));
        assertEquals("The draft has questions 1 to 12.", words(new Refusal.NoSuchQuestionNumber(12)));
    }

    @Test
    void aClassNameIsExplainedByWhatIsWrongWithIt() {
        String invisible = className(ClassNameProblem.Kind.INVISIBLE, 0x200B, 3, 4);
        assertTrue(invisible.contains("invisible or control characters") && invisible.contains("U+200B at character 3"), invisible);
        assertTrue(className(ClassNameProblem.Kind.EMPTY, 0, 0, 0).contains("\"Year 9 History\""));
        assertTrue(className(ClassNameProblem.Kind.NO_LETTER_OR_DIGIT, 0, 0, 3).contains("at least one letter or digit"));
        String tooLong = className(ClassNameProblem.Kind.TOO_LONG, 0, 0, 41);
        assertTrue(tooLong.contains("at most 40") && tooLong.contains("41"), tooLong);
        assertTrue(className(ClassNameProblem.Kind.EMPTY, 0, 0, 0).contains("needs a name"));
        assertTrue(className(ClassNameProblem.Kind.BROKEN, 0xD800, 2, 3).contains("broken character"));
    }
}
