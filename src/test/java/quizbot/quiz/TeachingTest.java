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

/** The teaching core: roles, classes, assignments, drafts and reports; who may do what, joining, deadlines and attempt limits. */
class TeachingTest {

    private static final User ADMIN = new User(1, "Admin", "admin");
    private static final User TAN = new User(10, "Ms Tan", "mstan");
    private static final User LEE = new User(11, "Mr Lee", "mrlee");
    private static final User ANNA = new User(20, "Anna", "anna");
    private static final User BORIS = new User(21, "Boris", null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private InMemoryStores stores;
    private Roles roles;
    private Catalogue catalogue;
    private Drafts drafts;
    private Classrooms classrooms;
    private Assignments assignments;
    private ClassReports reports;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.planets()));
        List.of(ADMIN, TAN, LEE, ANNA, BORIS).forEach(stores::save);
        var teaching = TestCore.over(stores).clock(clock).seeds(new AtomicLong()::incrementAndGet).admins(ADMIN.id()).teaching();
        roles = teaching.roles();
        catalogue = teaching.catalogue();
        drafts = teaching.drafts();
        classrooms = teaching.classrooms();
        assignments = teaching.assignments();
        reports = teaching.reports();
        roles.setTeacher(ADMIN, "@mstan", true);
        roles.setTeacher(ADMIN, "11", true);
    }

    private static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new AssertionError("expected done, was " + outcome);
    }

    private static Refusal refused(Outcome<?> outcome) {
        return assertInstanceOf(Outcome.Refused.class, outcome, () -> outcome.toString()).reason();
    }

    @Test
    void aDraftsIdIsMadeFromItsTitle() {
        assertEquals("gravity-newton-s-law", Drafts.idFor("Gravity – Newton's law"));
        assertEquals("sao-paulo-s-metro-opens-line-4", Drafts.idFor("São Paulo's metro opens Line 4!"));
        assertEquals("aurora-link-europe-and-nasa-set-date-for-lunar", Drafts.idFor("Aurora-Link: Europe and NASA set date for lunar relay mission"));
        assertEquals("article", Drafts.idFor("«» – …"));
        assertEquals(48, Drafts.idFor("x".repeat(60)).length(), "a word longer than an id is cut");
    }

    @Test
    void onlyAdminsGrantTheTeacherRoleAndOnlyToKnownUsers() {
        assertEquals(new Refusal.AdminsOnly(), refused(roles.setTeacher(TAN, "@anna", true)));
        assertEquals(new Refusal.UnknownUser("@nobody"), refused(roles.setTeacher(ADMIN, "@nobody", true)));
        assertEquals(ANNA, done(roles.setTeacher(ADMIN, "@ANNA", true)));
        assertTrue(roles.canTeach(ANNA.id()));
        assertEquals(ANNA, done(roles.setTeacher(ADMIN, "20", false)));
        assertTrue(!roles.canTeach(ANNA.id()));
    }

    @Test
    void learnersCannotCreateClassesAndTeachersGetAJoinCode() {
        assertEquals(new Refusal.TeachersOnly(), refused(classrooms.create(ANNA, "7B")));
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        assertEquals(10, classroom.joinCode().length());
        assertTrue(classroom.joinCode().matches("[A-Za-z0-9]+"), "fits a deep link");
        assertEquals(new Refusal.ClassExists("7B"), refused(classrooms.create(TAN, "7B")));
    }

    @Test
    void learnersJoinByCodeOnceAndTeachersSeeTheirOwnClassesWithCounts() {
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        assertEquals(classroom, done(classrooms.join(ANNA, classroom.joinCode())));
        assertEquals(new Refusal.AlreadyMember(classroom), refused(classrooms.join(ANNA, classroom.joinCode())));
        assertEquals(new Refusal.BadJoinCode(), refused(classrooms.join(BORIS, "wrongcode")));
        assertEquals(List.of(new Classrooms.ClassSummary(classroom, 1)), done(classrooms.of(TAN)));
        assertEquals(List.of(), done(classrooms.of(LEE)));
    }

    @Test
    void anotherTeacherCanNeitherAssignToNorRemoveFromSomeoneElsesClass() {
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());
        assertEquals(new Refusal.NoSuchClass("7B"), refused(assignments.assign(LEE, "7B", "planets", null, null, null)));
        assertEquals(new Refusal.NoSuchClass("7B"), refused(classrooms.removeMember(LEE, "7B", "@anna")));
        assertEquals(new Refusal.TeachersOnly(), refused(assignments.assign(ANNA, "7B", "planets", null, null, null)));
        assertEquals(ANNA, done(classrooms.removeMember(TAN, "7B", "@anna")));
        assertEquals(List.of(), stores.members(classroom.id()));
    }

    @Test
    void anAssignmentGoesToEveryMemberWhoTakesItLikeAQuiz() {
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());
        classrooms.join(BORIS, classroom.joinCode());
        assertEquals(List.of(ANNA, BORIS), done(assignments.assign(TAN, "7B", "planets", 3, null, null)));
        List<Assignments.Homework> homework = assignments.homework(ANNA);
        assertEquals(1, homework.size());
        QuestionView first = done(assignments.take(ANNA, ANNA.id(), homework.get(0).assignment().id()));
        assertEquals(3, first.total());
        assertEquals(homework.get(0).assignment().questionIds().get(0), first.question().id(), "everyone gets the same questions");
        assertEquals(new Refusal.AssignmentNotOpen(), refused(assignments.take(new User(99, "Stranger"), 99, homework.get(0).assignment().id())));
    }

    @Test
    void anAssignmentNeverGivesTwoQuestionsWhereOnesAnswerStandsInTheOthersPrompt() {
        stores.saveAll(List.of(TestSets.siblings()));
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());
        done(assignments.assign(TAN, "7B", "siblings", null, null, null));
        assertEquals(2, assignments.homework(ANNA).get(0).assignment().questionIds().size(),
                "one of the railway sentence's three questions, and the one of its own");
    }

    @Test
    void theDeadlineAndTheAttemptLimitCloseAnAssignment() {
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());
        assertEquals(new Refusal.DeadlinePassed(), refused(assignments.assign(TAN, "7B", "planets", 2, clock.instant().minusSeconds(1), null)));
        done(assignments.assign(TAN, "7B", "planets", 2, clock.instant().plus(Duration.ofDays(1)), 1));
        long id = assignments.homework(ANNA).get(0).assignment().id();
        done(assignments.take(ANNA, ANNA.id(), id));
        assertEquals(List.of(), assignments.homework(ANNA), "the one attempt is used");
        assertEquals(new Refusal.AssignmentNotOpen(), refused(assignments.take(ANNA, ANNA.id(), id)));

        done(assignments.assign(TAN, "7B", "planets", 2, clock.instant().plus(Duration.ofHours(1)), null));
        assertEquals(1, assignments.homework(ANNA).size());
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(), assignments.homework(ANNA), "past its deadline");
    }

    /** Plays a member's attempt at the class's assignment: right on the given positions, wrong on the others. */
    private void attempt(User learner, long assignmentId, int answered, Set<Integer> rightAt) {
        QuestionView view = done(assignments.take(learner, learner.id(), assignmentId));
        var quizzes = TestCore.over(stores).clock(clock).seeds(new AtomicLong()::incrementAndGet).quizzes();
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
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        var clara = new User(22, "Clara", null);
        stores.save(clara);
        for (User learner : List.of(ANNA, BORIS, clara)) {
            classrooms.join(learner, classroom.joinCode());
        }
        done(assignments.assign(TAN, "7B", "planets", 4, clock.instant().plus(Duration.ofMinutes(30)), null));
        long id = assignments.homework(ANNA).get(0).assignment().id();
        attempt(ANNA, id, 4, Set.of(0, 1, 2));          // 3 of 4
        attempt(ANNA, id, 4, Set.of(0, 1, 2, 3));       // 4 of 4: the best attempt counts
        attempt(BORIS, id, 2, Set.of(0));               // half done
        clock.advance(Duration.ofHours(1));
        assertEquals(new Refusal.NoSuchClass("7B"), refused(reports.report(LEE, "7B", null)));

        var report = done(reports.report(TAN, "7B", null));
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
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());
        done(assignments.assign(TAN, "7B", "planets", 4, clock.instant().plus(Duration.ofSeconds(25)), null));
        attempt(ANNA, assignments.homework(ANNA).get(0).assignment().id(), 4, Set.of(0, 1, 2, 3)); // answers at 0, 10, 20, 30 s
        var report = done(reports.report(TAN, "7B", "planets"));
        assertEquals(3, report.learners().get(0).answered(), "the answer at 30 s came after the deadline at 25 s");
        assertTrue(!report.learners().get(0).done());
    }

    private static quizbot.questions.QuestionSet orbits(String title) {
        return TestSets.set("orbits", title, TestSets.typed("o1", quizbot.questions.Kind.NUMBER, "Days in Earth's year?", "365"));
    }

    @Test
    void teacherRepublishesTheirOwnSetAsANewVersion() {
        done(drafts.keep(TAN, orbits("Orbits"), List.of()));
        assertEquals(1, done(drafts.publish(TAN, null)).set().version());
        done(drafts.keep(TAN, orbits("Orbits, revised"), List.of()));
        assertEquals(2, done(drafts.publish(TAN, null)).set().version());
    }

    @Test
    void teacherCannotRepublishRetiredSet() {
        done(drafts.keep(TAN, orbits("Orbits"), List.of()));
        done(drafts.publish(TAN, null));
        done(catalogue.retire(ADMIN, "orbits"));
        done(drafts.keep(TAN, orbits("Orbits, brought back"), List.of()));

        Refusal reason = refused(drafts.publish(TAN, null));

        assertEquals(new Refusal.SetRetired("orbits"), reason);
        assertTrue(stores.latest("orbits").isEmpty(), "the set stays retired");
        assertEquals(1, stores.history("orbits").versions(), "no version was added");
        assertTrue(stores.draft(TAN.id()).isPresent(), "the draft is kept, to publish under another id");
    }

    @Test
    void teacherCannotPublishOverAnotherTeachersRetiredSet() {
        done(drafts.keep(LEE, orbits("Lee's orbits"), List.of()));
        done(drafts.publish(LEE, null));
        done(catalogue.retire(ADMIN, "orbits"));
        done(drafts.keep(TAN, orbits("Tan's orbits"), List.of()));

        assertEquals(new Refusal.SetRetired("orbits"), refused(drafts.publish(TAN, null)));
        assertTrue(stores.latest("orbits").isEmpty());
    }

    @Test
    void teacherCannotPublishUnderAnIdWhoseOlderVersionIsSomeoneElses() {
        stores.saveAll(List.of(orbits("Loaded by Mr Lee")), LEE.id());
        stores.saveAll(List.of(orbits("Then by Ms Tan")), TAN.id()); // a history the old check let through
        done(drafts.keep(TAN, orbits("Ms Tan again"), List.of()));

        Refusal reason = refused(drafts.publish(TAN, null));

        assertEquals(new Refusal.SetNotYours("orbits"), reason);
        assertEquals(2, stores.latest("orbits").orElseThrow().version());
    }

    @Test
    void teacherCannotPublishUnderTheIdOfASetLoadedAtStartUp() {
        done(drafts.keep(TAN, orbits("Not the planets"), List.of()));
        assertEquals(new Refusal.SetNotYours("planets"), refused(drafts.publish(TAN, "planets")));
    }

    @Test
    void anAdminLoadingARetiredSetBringsItBack() {
        done(drafts.keep(TAN, orbits("Orbits"), List.of()));
        done(drafts.publish(TAN, null));
        done(catalogue.retire(ADMIN, "orbits"));
        assertEquals(2, done(catalogue.load(ADMIN, orbits("Orbits, by the admin"))).set().version());
        assertTrue(stores.latest("orbits").isPresent());
    }

    @Test
    void classNamesAreStrippedAndOneVisibleWord() {
        assertEquals("Year-9-History", done(classrooms.create(TAN, "  Year-9-History\n")).name());
        assertEquals("7Б_история", done(classrooms.create(TAN, "7Б_история")).name(), "any script");
        assertEquals("x".repeat(Classrooms.MAX_CLASS_NAME), done(classrooms.create(TAN, "x".repeat(Classrooms.MAX_CLASS_NAME))).name());
    }

    @Test
    void classNamesWithInvisibleOrControlCharactersAreRefused() {
        for (String name : List.of("\u200B", "\u200B\u200C\u200D", "7B\u202E", "\u2066Year9\u2069", "\uFEFF7B", "7\u0000B",
                "7B\u0007", "7\u00ADB", "\u2060")) {
            Refusal reason = refused(classrooms.create(TAN, name));
            assertEquals(ClassNameProblem.Kind.INVISIBLE, ((Refusal.BadClassName) reason).problem().kind(), name + ": " + reason);
            assertEquals(name.strip().codePointAt(((Refusal.BadClassName) reason).problem().position() - 1),
                    ((Refusal.BadClassName) reason).problem().codePoint(), "the character found, by its position");
        }
        assertEquals(List.of(), stores.classesOf(TAN.id()));
    }

    @Test
    void classNamesMayHaveSpaces_anyRunOfThemCountsAsOne() {
        assertEquals("Year 9 History", done(classrooms.create(TAN, " Year  9\u00A0History ")).name());
        for (String name : List.of("Year 9 History", "Year\t9 History", "Year 9\u3000History")) {
            assertEquals(new Refusal.ClassExists("Year 9 History"), refused(classrooms.create(TAN, name)), name);
        }
        assertEquals(List.of(), done(assignments.assign(TAN, "Year   9 History", "planets", 1, null, null)), "found however it is spaced");
    }

    @Test
    void classNamesWithoutALetterOrDigitOrTooLongOrEmptyAreRefused() {
        assertEquals(ClassNameProblem.Kind.NO_LETTER_OR_DIGIT, nameProblem("---").kind());
        assertEquals(ClassNameProblem.Kind.NO_LETTER_OR_DIGIT, nameProblem("\uD83D\uDE00").kind(), "an emoji alone");
        ClassNameProblem tooLong = nameProblem("x".repeat(Classrooms.MAX_CLASS_NAME + 1));
        assertEquals(ClassNameProblem.Kind.TOO_LONG, tooLong.kind());
        assertEquals(41, tooLong.length());
        assertEquals(ClassNameProblem.Kind.EMPTY, nameProblem("   ").kind());
        assertEquals(new ClassNameProblem(ClassNameProblem.Kind.BROKEN, 0xD800, 2, 3), nameProblem("7\uD800B"), "half a surrogate pair");
    }

    private ClassNameProblem nameProblem(String name) {
        return ((Refusal.BadClassName) refused(classrooms.create(TAN, name))).problem();
    }

    @Test
    void aCreatedClassCanBeAssignedAndReportedOnByItsName() {
        Classroom classroom = done(classrooms.create(TAN, " Year-9-History "));
        classrooms.join(ANNA, classroom.joinCode());
        done(assignments.assign(TAN, "Year-9-History", "planets", 2, null, null));
        assertEquals("Year-9-History", done(reports.report(TAN, "Year-9-History", null)).className());
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
        stores.saveAll(List.of(bank(Assignments.MAX_QUESTIONS_PER_ASSIGNMENT + 50)));
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());

        Refusal tooMany = refused(assignments.assign(TAN, "7B", "bank", Assignments.MAX_QUESTIONS_PER_ASSIGNMENT + 1, null, null));
        assertEquals(new Refusal.QuestionCount(Assignments.MAX_QUESTIONS_PER_ASSIGNMENT + 1, Assignments.MAX_QUESTIONS_PER_ASSIGNMENT), tooMany);
        assertEquals(new Refusal.QuestionCount(0, Assignments.MAX_QUESTIONS_PER_ASSIGNMENT),
                refused(assignments.assign(TAN, "7B", "bank", 0, null, null)));
        assertEquals(List.of(), assignments.homework(ANNA));

        done(assignments.assign(TAN, "7B", "bank", null, null, null));
        assertEquals(Assignments.MAX_QUESTIONS_PER_ASSIGNMENT, assignments.homework(ANNA).get(0).assignment().questionIds().size(),
                "no count: all, up to the cap");
        clock.advance(Duration.ofMinutes(2)); // the same assignment within a minute is a repeat
        done(assignments.assign(TAN, "7B", "bank", Assignments.MAX_QUESTIONS_PER_ASSIGNMENT, null, null));
        assertEquals(Assignments.MAX_QUESTIONS_PER_ASSIGNMENT, assignments.homework(ANNA).get(0).assignment().questionIds().size());
    }

    @Test
    void theSameAssignmentTwiceWithinAMinuteIsMadeOnce() {
        Classroom classroom = done(classrooms.create(TAN, "7B"));
        classrooms.join(ANNA, classroom.joinCode());

        done(assignments.assign(TAN, "7B", "planets", 2, null, null));
        Refusal again = refused(assignments.assign(TAN, "7B", "planets", 2, null, null));
        done(assignments.assign(TAN, "7B", "planets", 3, null, null)); // another count is another assignment
        clock.advance(Duration.ofMinutes(2));
        done(assignments.assign(TAN, "7B", "planets", 3, null, null)); // and so is the same one later

        assertEquals(new Refusal.JustAssigned("7B", "planets"), again);
        assertEquals(3, stores.assignmentsOf(classroom.id()).size());
    }

    @Test
    void aUserSeenWithAUsernameCanBeMadeATeacherByItInAnyCaseAlsoAfterItChanges() {
        var dana = new User(30, "Dana", "Dana_T");
        roles.seen(dana);
        assertEquals(dana, done(roles.setTeacher(ADMIN, "@dana_t", true)));

        roles.seen(new User(30, "Dana", "DanaTeaches"));

        assertEquals(30, done(roles.setTeacher(ADMIN, "@DANATEACHES", false)).id());
        assertEquals(new Refusal.UnknownUser("@dana_t"), refused(roles.setTeacher(ADMIN, "@dana_t", true)), "the old name is gone");
    }
}
