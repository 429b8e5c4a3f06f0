package quizbot.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import quizbot.questions.Question;

/**
 * Homework: a teacher gives their class a quiz, with an optional deadline and attempt limit; its
 * members take it like any quiz. Thread-safe when the stores and the quizzes are.
 */
public final class Assignments {

    /** An assignment a learner may still take: its class, set title, attempts used. */
    public record Homework(Assignment assignment, Classroom classroom, String setTitle, int attemptsUsed) {
    }

    /** The most questions an assignment gives; one of a bigger set draws this many when no count is given. */
    public static final int MAX_QUESTIONS_PER_ASSIGNMENT = 100;
    /** How long the same assignment again counts as a repeat, not a new one. */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);

    private final Classrooms classrooms;
    private final ClassStore classes;
    private final QuestionSetStore sets;
    private final Quizzes quizzes;
    private final Clock clock;
    private final Random draws;

    public Assignments(Classrooms classrooms, ClassStore classes, QuestionSetStore sets, Quizzes quizzes, Clock clock, Random draws) {
        this.classrooms = classrooms;
        this.classes = classes;
        this.sets = sets;
        this.quizzes = quizzes;
        this.clock = clock;
        this.draws = draws;
    }

    /**
     * Gives the teacher's class a quiz of {@code count} questions of the set (when null: all, up to
     * {@link #MAX_QUESTIONS_PER_ASSIGNMENT}; a count above that is refused),
     * drawn once so every member gets the same questions. The members are returned so they can be told.
     */
    public Outcome<List<User>> assign(User teacher, String className, String setId, Integer count, Instant due,
                                      Integer attemptLimit) {
        return classrooms.own(teacher, className).then(classroom -> {
            Optional<StoredSet> set = sets.latest(setId);
            if (set.isEmpty()) {
                return Outcome.refused(new Refusal.NoSuchSet(setId));
            }
            if (due != null && !due.isAfter(clock.instant())) {
                return Outcome.refused(new Refusal.DeadlinePassed());
            }
            if (attemptLimit != null && attemptLimit < 1) {
                return Outcome.refused(new Refusal.AttemptLimitTooLow());
            }
            if (count != null && (count < 1 || count > MAX_QUESTIONS_PER_ASSIGNMENT)) {
                return Outcome.refused(new Refusal.QuestionCount(count, MAX_QUESTIONS_PER_ASSIGNMENT));
            }
            var ids = new ArrayList<String>(set.get().content().questions().stream().map(Question::id).toList());
            int size = Math.min(count == null ? MAX_QUESTIONS_PER_ASSIGNMENT : count, ids.size());
            Collections.shuffle(ids, draws);
            List<String> drawn = Draw.withoutGiveaways(set.get().content(), ids, size);
            if (repeated(classroom, setId, drawn.size(), due, attemptLimit)) {
                return Outcome.refused(new Refusal.JustAssigned(classroom.name(), setId));
            }
            classes.assign(new Assignment(0, classroom.id(), setId, set.get().version(), drawn, due, attemptLimit,
                    clock.instant()));
            return Outcome.done(classes.members(classroom.id()));
        });
    }

    /**
     * Whether the class's newest assignment is this one, made within {@link #REPEAT_WINDOW}: a double tap on the last
     * button, or the same command sent twice, assigns once.
     */
    private boolean repeated(Classroom classroom, String setId, int size, Instant due, Integer attemptLimit) {
        return classes.assignmentsOf(classroom.id()).stream().findFirst()
                .filter(last -> last.setId().equals(setId) && last.questionIds().size() == size && Objects.equals(last.due(), due)
                        && Objects.equals(last.attemptLimit(), attemptLimit) && last.createdAt().plus(REPEAT_WINDOW).isAfter(clock.instant()))
                .isPresent();
    }

    /** Today's date in UTC, the zone of deadlines. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A learner's assignments still open: before the deadline and with attempts left. */
    public List<Homework> homework(User learner) {
        Instant now = clock.instant();
        var open = new ArrayList<Homework>();
        for (Classroom classroom : classes.classesJoined(learner.id())) {
            for (Assignment assignment : classes.assignmentsOf(classroom.id())) {
                int used = classes.attempts(assignment.id(), learner.id()).size();
                boolean beforeDeadline = assignment.due() == null || now.isBefore(assignment.due());
                boolean attemptsLeft = assignment.attemptLimit() == null || used < assignment.attemptLimit();
                if (beforeDeadline && attemptsLeft) {
                    String title = sets.version(assignment.setId(), assignment.setVersion())
                            .map(set -> set.content().title()).orElse(assignment.setId());
                    open.add(new Homework(assignment, classroom, title, used));
                }
            }
        }
        return open;
    }

    /** Starts an attempt at an assignment, like any quiz; refused when not a member, past the deadline, or out of attempts. */
    public Outcome<QuestionView> take(User learner, long chatId, long assignmentId) {
        Optional<Homework> open = homework(learner).stream().filter(work -> work.assignment().id() == assignmentId).findFirst();
        if (open.isEmpty()) {
            return Outcome.refused(new Refusal.AssignmentNotOpen());
        }
        Assignment assignment = open.get().assignment();
        StoredSet set = sets.version(assignment.setId(), assignment.setVersion()).orElseThrow();
        QuestionView first = quizzes.startAssignment(learner, chatId, set, assignment.questionIds());
        classes.attempt(first.sessionId(), assignment.id());
        return Outcome.done(first);
    }
}
