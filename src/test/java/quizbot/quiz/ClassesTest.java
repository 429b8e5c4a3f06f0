package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roles, classes and assignments: who may do what, joining, deadlines and attempt limits. */
class ClassesTest {

    private static final User ADMIN = new User(1, "Admin", "admin");
    private static final User TAN = new User(10, "Ms Tan", "mstan");
    private static final User LEE = new User(11, "Mr Lee", "mrlee");
    private static final User ANNA = new User(20, "Anna", "anna");
    private static final User BORIS = new User(21, "Boris", null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private InMemoryStores stores;
    private Classes classes;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.planets()));
        List.of(ADMIN, TAN, LEE, ANNA, BORIS).forEach(stores::save);
        var quizzes = new Quizzes(stores, stores, stores, stores, stores, clock, new AtomicLong()::incrementAndGet);
        classes = new Classes(Set.of(ADMIN.id()), stores, stores, stores, stores, stores, stores, quizzes, clock);
        classes.setTeacher(ADMIN, "@mstan", true);
        classes.setTeacher(ADMIN, "11", true);
    }

    private static <T> T done(Classes.Outcome<T> outcome) {
        if (outcome instanceof Classes.Outcome.Done<T> done) {
            return done.value();
        }
        throw new AssertionError("expected done, was " + outcome);
    }

    private static String refused(Classes.Outcome<?> outcome) {
        return assertInstanceOf(Classes.Outcome.Refused.class, outcome, () -> outcome.toString()).reason();
    }

    @Test
    void onlyAdminsGrantTheTeacherRoleAndOnlyToKnownUsers() {
        assertTrue(refused(classes.setTeacher(TAN, "@anna", true)).contains("Only admins"));
        assertTrue(refused(classes.setTeacher(ADMIN, "@nobody", true)).contains("start a chat with me first"));
        assertEquals(ANNA, done(classes.setTeacher(ADMIN, "@ANNA", true)));
        assertTrue(classes.canTeach(ANNA.id()));
        assertEquals(ANNA, done(classes.setTeacher(ADMIN, "20", false)));
        assertTrue(!classes.canTeach(ANNA.id()));
    }

    @Test
    void learnersCannotCreateClassesAndTeachersGetAJoinCode() {
        assertTrue(refused(classes.createClass(ANNA, "7B")).contains("Only teachers"));
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        assertEquals(10, classroom.joinCode().length());
        assertTrue(classroom.joinCode().matches("[A-Za-z0-9]+"), "fits a deep link");
        assertTrue(refused(classes.createClass(TAN, "7B")).contains("already"));
    }

    @Test
    void learnersJoinByCodeOnceAndTeachersSeeTheirOwnClassesWithCounts() {
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        assertEquals(classroom, done(classes.join(ANNA, classroom.joinCode())));
        assertTrue(refused(classes.join(ANNA, classroom.joinCode())).contains("already"));
        assertTrue(refused(classes.join(BORIS, "wrongcode")).contains("not valid"));
        assertEquals(List.of(new Classes.ClassSummary(classroom, 1)), done(classes.classesOf(TAN)));
        assertEquals(List.of(), done(classes.classesOf(LEE)));
    }

    @Test
    void anotherTeacherCanNeitherAssignToNorRemoveFromSomeoneElsesClass() {
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        classes.join(ANNA, classroom.joinCode());
        assertTrue(refused(classes.assign(LEE, "7B", "planets", null, null, null)).contains("no class called"));
        assertTrue(refused(classes.removeMember(LEE, "7B", "@anna")).contains("no class called"));
        assertTrue(refused(classes.assign(ANNA, "7B", "planets", null, null, null)).contains("Only teachers"));
        assertEquals(ANNA, done(classes.removeMember(TAN, "7B", "@anna")));
        assertEquals(List.of(), stores.members(classroom.id()));
    }

    @Test
    void anAssignmentGoesToEveryMemberWhoTakesItLikeAQuiz() {
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        classes.join(ANNA, classroom.joinCode());
        classes.join(BORIS, classroom.joinCode());
        assertEquals(List.of(ANNA, BORIS), done(classes.assign(TAN, "7B", "planets", 3, null, null)));
        List<Classes.Homework> homework = classes.homework(ANNA);
        assertEquals(1, homework.size());
        QuestionView first = done(classes.take(ANNA, ANNA.id(), homework.get(0).assignment().id()));
        assertEquals(3, first.total());
        assertEquals(homework.get(0).assignment().questionIds().get(0), first.question().id(), "everyone gets the same questions");
        assertTrue(refused(classes.take(new User(99, "Stranger"), 99, homework.get(0).assignment().id())).contains("not open to you"));
    }

    @Test
    void theDeadlineAndTheAttemptLimitCloseAnAssignment() {
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        classes.join(ANNA, classroom.joinCode());
        assertTrue(refused(classes.assign(TAN, "7B", "planets", 2, clock.instant().minusSeconds(1), null)).contains("past"));
        done(classes.assign(TAN, "7B", "planets", 2, clock.instant().plus(Duration.ofDays(1)), 1));
        long id = classes.homework(ANNA).get(0).assignment().id();
        done(classes.take(ANNA, ANNA.id(), id));
        assertEquals(List.of(), classes.homework(ANNA), "the one attempt is used");
        assertTrue(refused(classes.take(ANNA, ANNA.id(), id)).contains("not open"));

        done(classes.assign(TAN, "7B", "planets", 2, clock.instant().plus(Duration.ofHours(1)), null));
        assertEquals(1, classes.homework(ANNA).size());
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(), classes.homework(ANNA), "past its deadline");
    }

    /** Plays a member's attempt at the class's assignment: right on the given positions, wrong on the others. */
    private void attempt(User learner, long assignmentId, int answered, Set<Integer> rightAt) {
        QuestionView view = done(classes.take(learner, learner.id(), assignmentId));
        var quizzes = new Quizzes(stores, stores, stores, stores, stores, clock, new AtomicLong()::incrementAndGet);
        for (int position = 0; position < answered && view != null; position++) {
            boolean right = rightAt.contains(position);
            QuestionView shown = view;
            String given = right ? shown.question().correctAnswer() : "surely wrong";
            AnswerResult result = shown.question().type() == quizbot.questions.QuestionType.TYPED
                    ? quizzes.type(learner.id(), learner.id(), given)
                    : quizzes.choose(learner.id(), learner.id(), shown.sessionId(), position,
                            right ? shown.options().indexOf(given) : shown.options().indexOf(shown.options().stream()
                                    .filter(option -> !option.equals(shown.question().correctAnswer())).findFirst().orElseThrow()));
            view = ((AnswerResult.Judged) result).feedback().next();
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void theReportCountsEachMembersBestAttemptBeforeTheDeadlineAndOnlyForTheTeacher() {
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        var clara = new User(22, "Clara", null);
        stores.save(clara);
        for (User learner : List.of(ANNA, BORIS, clara)) {
            classes.join(learner, classroom.joinCode());
        }
        done(classes.assign(TAN, "7B", "planets", 4, clock.instant().plus(Duration.ofMinutes(30)), null));
        long id = classes.homework(ANNA).get(0).assignment().id();
        attempt(ANNA, id, 4, Set.of(0, 1, 2));          // 3 of 4
        attempt(ANNA, id, 4, Set.of(0, 1, 2, 3));       // 4 of 4: the best attempt counts
        attempt(BORIS, id, 2, Set.of(0));               // half done
        clock.advance(Duration.ofHours(1));
        assertTrue(refused(classes.report(LEE, "7B", null)).contains("no class called"));

        var report = done(classes.report(TAN, "7B", null));
        assertEquals(List.of("Anna", "Boris", "Clara"), report.learners().stream().map(row -> row.name()).toList());
        assertEquals(4, report.learners().get(0).correct());
        assertTrue(report.learners().get(0).done());
        assertEquals(1, report.learners().get(1).correct());
        assertEquals(2, report.learners().get(1).answered());
        assertEquals(0, report.learners().get(2).answered());
        assertEquals(3, report.summary().members());
        assertEquals(1, report.summary().done());
    }

    @Test
    void answersAfterTheDeadlineDoNotCountForTheAssignment() {
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        classes.join(ANNA, classroom.joinCode());
        done(classes.assign(TAN, "7B", "planets", 4, clock.instant().plus(Duration.ofSeconds(25)), null));
        attempt(ANNA, classes.homework(ANNA).get(0).assignment().id(), 4, Set.of(0, 1, 2, 3)); // answers at 0, 10, 20, 30 s
        var report = done(classes.report(TAN, "7B", "planets"));
        assertEquals(3, report.learners().get(0).answered(), "the answer at 30 s came after the deadline at 25 s");
        assertTrue(!report.learners().get(0).done());
    }

    private static quizbot.questions.QuestionSet orbits(String title) {
        return TestSets.set("orbits", title, TestSets.typed("o1", quizbot.questions.Kind.NUMBER, "Days in Earth's year?", "365"));
    }

    @Test
    void teacherRepublishesTheirOwnSetAsANewVersion() {
        done(classes.keepDraft(TAN, orbits("Orbits")));
        assertEquals(1, done(classes.publish(TAN, null)).set().version());
        done(classes.keepDraft(TAN, orbits("Orbits, revised")));
        assertEquals(2, done(classes.publish(TAN, null)).set().version());
    }

    @Test
    void teacherCannotRepublishRetiredSet() {
        done(classes.keepDraft(TAN, orbits("Orbits")));
        done(classes.publish(TAN, null));
        done(classes.retire(ADMIN, "orbits"));
        done(classes.keepDraft(TAN, orbits("Orbits, brought back")));

        String reason = refused(classes.publish(TAN, null));

        assertTrue(reason.contains("retired"), reason);
        assertTrue(stores.latest("orbits").isEmpty(), "the set stays retired");
        assertEquals(1, stores.history("orbits").versions(), "no version was added");
        assertTrue(stores.draft(TAN.id()).isPresent(), "the draft is kept, to publish under another id");
    }

    @Test
    void teacherCannotPublishOverAnotherTeachersRetiredSet() {
        done(classes.keepDraft(LEE, orbits("Lee's orbits")));
        done(classes.publish(LEE, null));
        done(classes.retire(ADMIN, "orbits"));
        done(classes.keepDraft(TAN, orbits("Tan's orbits")));

        assertTrue(refused(classes.publish(TAN, null)).contains("retired"));
        assertTrue(stores.latest("orbits").isEmpty());
    }

    @Test
    void teacherCannotPublishUnderAnIdWhoseOlderVersionIsSomeoneElses() {
        stores.saveAll(List.of(orbits("Loaded by Mr Lee")), LEE.id());
        stores.saveAll(List.of(orbits("Then by Ms Tan")), TAN.id()); // a history the old check let through
        done(classes.keepDraft(TAN, orbits("Ms Tan again")));

        String reason = refused(classes.publish(TAN, null));

        assertTrue(reason.contains("not yours"), reason);
        assertEquals(2, stores.latest("orbits").orElseThrow().version());
    }

    @Test
    void teacherCannotPublishUnderTheIdOfASetLoadedAtStartUp() {
        done(classes.keepDraft(TAN, orbits("Not the planets")));
        assertTrue(refused(classes.publish(TAN, "planets")).contains("not yours"));
    }

    @Test
    void anAdminLoadingARetiredSetBringsItBack() {
        done(classes.keepDraft(TAN, orbits("Orbits")));
        done(classes.publish(TAN, null));
        done(classes.retire(ADMIN, "orbits"));
        assertEquals(2, done(classes.loadSet(ADMIN, orbits("Orbits, by the admin"))).set().version());
        assertTrue(stores.latest("orbits").isPresent());
    }

    @Test
    void classNamesAreStrippedAndOneVisibleWord() {
        assertEquals("Year-9-History", done(classes.createClass(TAN, "  Year-9-History\n")).name());
        assertEquals("7Б_история", done(classes.createClass(TAN, "7Б_история")).name(), "any script");
        assertEquals("x".repeat(Classes.MAX_CLASS_NAME), done(classes.createClass(TAN, "x".repeat(Classes.MAX_CLASS_NAME))).name());
    }

    @Test
    void classNamesWithInvisibleOrControlCharactersAreRefused() {
        for (String name : List.of("\u200B", "\u200B\u200C\u200D", "7B\u202E", "\u2066Year9\u2069", "\uFEFF7B", "7\u0000B",
                "7B\u0007", "7\u00ADB", "\u2060")) {
            String reason = refused(classes.createClass(TAN, name));
            assertTrue(reason.contains("invisible or control characters") && reason.contains("U+"), name + ": " + reason);
        }
        assertEquals(List.of(), stores.classesOf(TAN.id()));
    }

    @Test
    void classNamesWithSpacesInsideAreRefusedWithAHyphenatedExample() {
        for (String name : List.of("Year 9 History", "7\tB", "7\u00A0B", "7\u3000B")) {
            String reason = refused(classes.createClass(TAN, name));
            assertTrue(reason.contains("without spaces") && reason.contains("Year-9-History"), name + ": " + reason);
        }
    }

    @Test
    void classNamesWithoutALetterOrDigitOrTooLongOrEmptyAreRefused() {
        assertTrue(refused(classes.createClass(TAN, "---")).contains("at least one letter or digit"));
        assertTrue(refused(classes.createClass(TAN, "\uD83D\uDE00")).contains("at least one letter or digit"), "an emoji alone");
        String tooLong = refused(classes.createClass(TAN, "x".repeat(Classes.MAX_CLASS_NAME + 1)));
        assertTrue(tooLong.contains("at most " + Classes.MAX_CLASS_NAME) && tooLong.contains("41"), tooLong);
        assertTrue(refused(classes.createClass(TAN, "   ")).contains("needs a name"));
        assertTrue(refused(classes.createClass(TAN, "7\uD800B")).contains("broken character"), "half a surrogate pair");
    }

    @Test
    void aCreatedClassCanBeAssignedAndReportedOnByItsName() {
        Classroom classroom = done(classes.createClass(TAN, " Year-9-History "));
        classes.join(ANNA, classroom.joinCode());
        done(classes.assign(TAN, "Year-9-History", "planets", 2, null, null));
        assertEquals("Year-9-History", done(classes.report(TAN, "Year-9-History", null)).className());
    }

    private static quizbot.questions.QuestionSet bank(int size) {
        var questions = new java.util.ArrayList<quizbot.questions.Question>();
        for (int i = 1; i <= size; i++) {
            questions.add(TestSets.typed("b" + i, quizbot.questions.Kind.NUMBER, "What is " + i + " + 0?", String.valueOf(i)));
        }
        return TestSets.set("bank", "Question bank", questions.toArray(quizbot.questions.Question[]::new));
    }

    @Test
    void anAssignmentHasAtMostTheCapOfQuestions() {
        stores.saveAll(List.of(bank(Classes.MAX_QUESTIONS_PER_ASSIGNMENT + 50)));
        Classroom classroom = done(classes.createClass(TAN, "7B"));
        classes.join(ANNA, classroom.joinCode());

        String tooMany = refused(classes.assign(TAN, "7B", "bank", Classes.MAX_QUESTIONS_PER_ASSIGNMENT + 1, null, null));
        assertTrue(tooMany.contains("1 to " + Classes.MAX_QUESTIONS_PER_ASSIGNMENT), tooMany);
        assertTrue(refused(classes.assign(TAN, "7B", "bank", 0, null, null)).contains("too few"));
        assertEquals(List.of(), classes.homework(ANNA));

        done(classes.assign(TAN, "7B", "bank", null, null, null));
        assertEquals(Classes.MAX_QUESTIONS_PER_ASSIGNMENT, classes.homework(ANNA).get(0).assignment().questionIds().size(),
                "no count: all, up to the cap");
        done(classes.assign(TAN, "7B", "bank", Classes.MAX_QUESTIONS_PER_ASSIGNMENT, null, null));
        assertEquals(Classes.MAX_QUESTIONS_PER_ASSIGNMENT, classes.homework(ANNA).get(0).assignment().questionIds().size());
    }

    @Test
    void aUserSeenWithAUsernameCanBeMadeATeacherByItInAnyCaseAlsoAfterItChanges() {
        var dana = new User(30, "Dana", "Dana_T");
        classes.seen(dana);
        assertEquals(dana, done(classes.setTeacher(ADMIN, "@dana_t", true)));

        classes.seen(new User(30, "Dana", "DanaTeaches"));

        assertEquals(30, done(classes.setTeacher(ADMIN, "@DANATEACHES", false)).id());
        assertTrue(refused(classes.setTeacher(ADMIN, "@dana_t", true)).contains("start a chat with me first"), "the old name is gone");
    }
}
