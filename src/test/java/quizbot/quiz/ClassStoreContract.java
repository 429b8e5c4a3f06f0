package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promises of {@link ClassStore}, for every implementation. */
public abstract class ClassStoreContract extends StoreContract {

    private static final User TEACHER = new User(10, "Ms Tan", "mstan");

    @BeforeEach
    void saveTeacher() {
        stores.users().save(TEACHER);
        stores.users().save(ANNA);
        stores.users().save(BORIS);
    }

    private Classroom createClass(String name, String code) {
        return stores.classes().createClass(new Classroom(0, TEACHER.id(), name, code, T0)).orElseThrow();
    }

    @Test
    void theTeacherRoleIsGrantedAndRevokedOnce() {
        assertFalse(stores.classes().isTeacher(TEACHER.id()));
        assertTrue(stores.classes().grantTeacher(TEACHER.id(), 1, T0));
        assertFalse(stores.classes().grantTeacher(TEACHER.id(), 1, T0));
        assertTrue(stores.classes().isTeacher(TEACHER.id()));
        assertTrue(stores.classes().revokeTeacher(TEACHER.id()));
        assertFalse(stores.classes().revokeTeacher(TEACHER.id()));
    }

    @Test
    void usersAreFoundByUsernameInAnyCaseAndAnUnknownOneIsNot() {
        assertEquals(Optional.of(TEACHER), stores.classes().userByUsername("MsTan"));
        stores.users().save(new User(TEACHER.id(), "Ms Tan"));
        assertEquals(Optional.of(TEACHER), stores.classes().userByUsername("mstan"), "a save without username keeps the known one");
        assertEquals(Optional.empty(), stores.classes().userByUsername("nobody"));
    }

    @Test
    void aClassIsFoundByCodeNameAndTeacherAndItsNameIsUniquePerTeacher() {
        Classroom created = createClass("7B", "code7b");
        assertTrue(created.id() > 0);
        assertEquals(Optional.of(created), stores.classes().classByCode("code7b"));
        assertEquals(Optional.of(created), stores.classes().classByName(TEACHER.id(), "7B"));
        assertEquals(Optional.of(created), stores.classes().classroom(created.id()));
        assertEquals(Optional.empty(), stores.classes().createClass(new Classroom(0, TEACHER.id(), "7B", "other", T0)));
        Classroom other = createClass("6A", "code6a");
        assertEquals(List.of(other, created), stores.classes().classesOf(TEACHER.id()), "by name");
        stores.users().save(BORIS);
        Classroom borisOwn = stores.classes().createClass(new Classroom(0, BORIS.id(), "7B", "boris7b", T0)).orElseThrow();
        assertEquals(List.of(created, borisOwn), stores.classes().classesNamed("7B"));
    }

    @Test
    void membersJoinOnceAndCanBeRemoved() {
        Classroom classroom = createClass("7B", "code7b");
        assertTrue(stores.classes().join(classroom.id(), BORIS.id(), T0));
        assertTrue(stores.classes().join(classroom.id(), ANNA.id(), T0));
        assertFalse(stores.classes().join(classroom.id(), ANNA.id(), T0));
        assertEquals(List.of(ANNA, BORIS), stores.classes().members(classroom.id()));
        assertEquals(List.of(classroom), stores.classes().classesJoined(ANNA.id()));
        assertTrue(stores.classes().removeMember(classroom.id(), ANNA.id()));
        assertFalse(stores.classes().removeMember(classroom.id(), ANNA.id()));
        assertEquals(List.of(BORIS), stores.classes().members(classroom.id()));
    }

    @Test
    void assignmentsAreKeptNewestFirstWithTheirAttempts() {
        StoredSet planets = load(TestSets.planets());
        Classroom classroom = createClass("7B", "code7b");
        Assignment first = stores.classes().assign(new Assignment(0, classroom.id(), "planets", 1, List.of("p2", "p1"),
                T0.plusSeconds(3600), 2, T0));
        Assignment second = stores.classes().assign(new Assignment(0, classroom.id(), "planets", 1, List.of("p3"), null, null, T0));
        assertEquals(new Assignment(first.id(), classroom.id(), "planets", 1, List.of("p2", "p1"), T0.plusSeconds(3600), 2, T0), first);
        assertEquals(Optional.of(second), stores.classes().assignment(second.id()));
        assertEquals(List.of(second, first), stores.classes().assignmentsOf(classroom.id()));

        QuizSession annas = start(ANNA, CHAT, planets, T0);
        QuizSession boris = start(BORIS, CHAT, planets, T0);
        stores.classes().attempt(annas.id(), first.id());
        stores.classes().attempt(boris.id(), first.id());
        assertEquals(List.of(annas.id()), stores.classes().attempts(first.id(), ANNA.id()));
        assertEquals(List.of(), stores.classes().attempts(second.id(), ANNA.id()));
    }

    @Test
    void aChangedUsernameIsFoundInAnyCaseAndTheOldOneNoLonger() {
        stores.users().save(new User(ANNA.id(), "Anna", "Anna_K"));
        assertEquals(Optional.of(new User(ANNA.id(), "Anna", "Anna_K")), stores.classes().userByUsername("anna_k"));

        stores.users().save(new User(ANNA.id(), "Anna", "AnnaNew"));

        assertEquals(Optional.of(new User(ANNA.id(), "Anna", "AnnaNew")), stores.classes().userByUsername("ANNANEW"));
        assertEquals(Optional.empty(), stores.classes().userByUsername("anna_k"));
    }

    @Test
    void aUsernameBelongsToTheUserLastSeenWithIt() {
        stores.users().save(new User(ANNA.id(), "Anna", "star"));
        stores.users().save(new User(BORIS.id(), "Boris", "Star")); // Anna gave it up, Boris took it; Anna not seen since

        assertEquals(Optional.of(new User(BORIS.id(), "Boris", "Star")), stores.classes().userByUsername("star"));
        assertEquals(Optional.of(new User(ANNA.id(), "Anna", null)), stores.users().user(ANNA.id()));
    }
}
