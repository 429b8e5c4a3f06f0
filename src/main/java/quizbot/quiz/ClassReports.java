package quizbot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quizbot.questions.Question;
import quizbot.report.ClassReport;
import quizbot.report.LearnerAttempt;
import quizbot.report.QuestionColumn;

/**
 * How a class did on its newest assignment (of a set, when named): each member's best attempt
 * counts (most right answers, then the earliest), and only answers given before the deadline.
 * Thread-safe when the stores are.
 */
public final class ClassReports {

    private final Classrooms classrooms;
    private final ClassStore classes;
    private final QuestionSetStore sets;
    private final SessionStore sessions;
    private final AnswerStore answers;

    public ClassReports(Classrooms classrooms, ClassStore classes, QuestionSetStore sets, SessionStore sessions,
                        AnswerStore answers) {
        this.classrooms = classrooms;
        this.classes = classes;
        this.sets = sets;
        this.sessions = sessions;
        this.answers = answers;
    }

    /** The report of the teacher's own class. */
    public Outcome<ClassReport> report(User teacher, String className, String setId) {
        return classrooms.own(teacher, className).then(classroom -> report(classroom, setId));
    }

    /**
     * The report for the command line, which has the database and no teacher: the class of that
     * name (of the given teacher when several teachers have one).
     */
    public Outcome<ClassReport> reportFor(String typedName, Long teacherId, String setId) {
        String className = Classrooms.plainName(typedName);
        List<Classroom> named = classes.classesNamed(className).stream()
                .filter(classroom -> teacherId == null || classroom.teacherId() == teacherId).toList();
        if (named.size() != 1) {
            return Outcome.refused(named.isEmpty() ? new Refusal.NoSuchClass(className) : new Refusal.AmbiguousClass(className, named.size()));
        }
        return classes.classByName(named.get(0).teacherId(), className).<Outcome<Classroom>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(new Refusal.NoSuchClass(className)))
                .then(classroom -> report(classroom, setId));
    }

    private Outcome<ClassReport> report(Classroom classroom, String setId) {
        Optional<Assignment> found = classes.assignmentsOf(classroom.id()).stream()
                .filter(assignment -> setId == null || assignment.setId().equals(setId)).findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(new Refusal.NoAssignment(classroom.name(), setId));
        }
        Assignment assignment = found.get();
        StoredSet set = sets.version(assignment.setId(), assignment.setVersion()).orElseThrow();
        List<QuestionColumn> columns = assignment.questionIds().stream()
                .map(id -> new QuestionColumn(id, set.question(id).map(Question::prompt).orElse(id))).toList();
        var learners = new ArrayList<LearnerAttempt>();
        for (User member : classes.members(classroom.id())) {
            learners.add(bestAttempt(member, assignment));
        }
        return Outcome.done(ClassReport.of(classroom.name(), set.content().title(), columns, learners));
    }

    private LearnerAttempt bestAttempt(User member, Assignment assignment) {
        LearnerAttempt best = new LearnerAttempt(member.id(), member.name(), false, Map.of(), Duration.ZERO);
        int bestCorrect = -1;
        for (long sessionId : classes.attempts(assignment.id(), member.id())) {
            List<Answer> counted = answers.ofSession(sessionId).stream()
                    .filter(answer -> assignment.due() == null || !answer.answeredAt().isAfter(assignment.due())).toList();
            int correct = (int) counted.stream().filter(Answer::correct).count();
            if (correct > bestCorrect) {
                bestCorrect = correct;
                var byQuestion = new LinkedHashMap<String, Boolean>();
                counted.forEach(answer -> byQuestion.put(answer.questionId(), answer.correct()));
                Instant started = sessions.session(sessionId).map(QuizSession::startedAt).orElse(null);
                Duration time = counted.isEmpty() || started == null ? Duration.ZERO
                        : Duration.between(started, counted.get(counted.size() - 1).answeredAt());
                best = new LearnerAttempt(member.id(), member.name(), counted.size() == assignment.questionIds().size(),
                        byQuestion, time);
            }
        }
        return best;
    }
}
