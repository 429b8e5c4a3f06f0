package quizbot.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import quizbot.questions.Question;
import quizbot.report.ClassReport;
import quizbot.report.LearnerAttempt;
import quizbot.report.QuestionColumn;

/**
 * Roles, classes and assignments. Admins are configured (their ids); admins grant and revoke the
 * teacher role; teachers run classes: a class has a join code, members, and assignments, each a
 * quiz with an optional deadline and attempt limit. A teacher sees and changes only their own
 * classes. Outcomes are values; nothing here knows Telegram. Thread-safe when the stores are.
 */
public final class Classes {

    /** What a request came to. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {
        }

        /** Refused, with the reason to tell the user. */
        record Refused<T>(String reason) implements Outcome<T> {
        }

        static <T> Outcome<T> done(T value) {
            return new Done<>(value);
        }

        /** A refusal passed on as the outcome of something else. */
        default <U> Outcome<U> asRefusal() {
            return new Refused<>(((Refused<T>) this).reason());
        }

        static <T> Outcome<T> refused(String reason) {
            return new Refused<>(reason);
        }
    }

    /** A class and how many members it has. */
    public record ClassSummary(Classroom classroom, int members) {
    }

    /** An assignment a learner may still take: its class, set title, attempts used. */
    public record Homework(Assignment assignment, Classroom classroom, String setTitle, int attemptsUsed) {
    }

    /** The most questions an assignment gives; one of a bigger set draws this many when no count is given. */
    public static final int MAX_QUESTIONS_PER_ASSIGNMENT = 100;

    /** The longest class name, in characters (code points). */
    public static final int MAX_CLASS_NAME = 40;

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String TEACHERS_ONLY = "Only teachers can do that. Ask an admin to make you one.";

    private final Set<Long> admins;
    private final ClassStore classes;
    private final QuestionSetStore sets;
    private final UserStore users;
    private final SessionStore sessions;
    private final AnswerStore answers;
    private final DraftStore drafts;
    private final Quizzes quizzes;
    private final Clock clock;
    private final Random codes = new SecureRandom();
    private final Map<Long, User> lastSeen = new java.util.concurrent.ConcurrentHashMap<>();

    public Classes(Set<Long> admins, ClassStore classes, QuestionSetStore sets, UserStore users, SessionStore sessions,
                   AnswerStore answers, DraftStore drafts, Quizzes quizzes, Clock clock) {
        this.admins = Set.copyOf(admins);
        this.classes = classes;
        this.sets = sets;
        this.users = users;
        this.sessions = sessions;
        this.answers = answers;
        this.drafts = drafts;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    /**
     * Remembers who talked to the bot, so admins can name them (by @username) and leaderboards show
     * their name; written only when new or changed since this process last saw them.
     */
    public void seen(User user) {
        if (!user.equals(lastSeen.put(user.id(), user))) {
            users.save(user);
        }
    }

    public boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    public boolean canTeach(long userId) {
        return isAdmin(userId) || classes.isTeacher(userId);
    }

    /** Admins only: makes a user (by id or @username, who has talked to the bot) a teacher, or not. */
    public Outcome<User> setTeacher(User admin, String who, boolean teacher) {
        if (!isAdmin(admin.id())) {
            return Outcome.refused("Only admins can grant or revoke the teacher role.");
        }
        Optional<User> user = find(who);
        if (user.isEmpty()) {
            return Outcome.refused("I don't know " + who + ": they must start a chat with me first.");
        }
        boolean changed = teacher ? classes.grantTeacher(user.get().id(), admin.id(), clock.instant())
                : classes.revokeTeacher(user.get().id());
        return changed ? Outcome.done(user.get())
                : Outcome.refused(user.get().name() + (teacher ? " is a teacher already." : " is not a teacher."));
    }

    private Optional<User> find(String who) {
        String name = who.strip();
        if (name.startsWith("@")) {
            return classes.userByUsername(name.substring(1));
        }
        if (name.matches("\\d{1,18}")) {
            return users.user(Long.parseLong(name));
        }
        return Optional.empty();
    }

    /** Admins only: loads a question set (a new version if its id exists and its content changed). */
    public Outcome<QuestionSetStore.Loaded> loadSet(User admin, quizbot.questions.QuestionSet set) {
        if (!isAdmin(admin.id())) {
            return Outcome.refused("Only admins can load question sets.");
        }
        return Outcome.done(sets.saveAll(List.of(set), admin.id()).get(0));
    }

    /** Admins only: hides a set from new quizzes and assignments; past results stay. */
    public Outcome<String> retire(User admin, String setId) {
        if (!isAdmin(admin.id())) {
            return Outcome.refused("Only admins can retire question sets.");
        }
        return sets.retire(setId, admin.id()) ? Outcome.done(setId)
                : Outcome.refused("There is no set \"" + setId + "\" to retire (or it is retired already).");
    }

    /** Who loaded a set version, by name; null when it came from a command or start-up. */
    public String loaderName(StoredSet set) {
        return set.loadedBy() == null ? null : users.user(set.loadedBy()).map(User::name).orElse("user " + set.loadedBy());
    }

    /** Teachers only: keeps a generated set as the teacher's draft until they publish or discard it. */
    public Outcome<quizbot.questions.QuestionSet> keepDraft(User teacher, quizbot.questions.QuestionSet generated) {
        if (!canTeach(teacher.id())) {
            return Outcome.refused(TEACHERS_ONLY);
        }
        users.save(teacher);
        drafts.saveDraft(teacher.id(), generated, clock.instant());
        return Outcome.done(generated);
    }

    /** Drops questions from the draft by their 1-based numbers; the rest keep their order and ids. */
    public Outcome<quizbot.questions.QuestionSet> dropFromDraft(User teacher, Set<Integer> numbers) {
        Optional<quizbot.questions.QuestionSet> draft = drafts.draft(teacher.id());
        if (!canTeach(teacher.id()) || draft.isEmpty()) {
            return Outcome.refused("You have no draft. Send me an article (a .txt file or a long message) first.");
        }
        List<Question> questions = draft.get().questions();
        if (numbers.stream().anyMatch(number -> number < 1 || number > questions.size())) {
            return Outcome.refused("The draft has questions 1 to " + questions.size() + ".");
        }
        var kept = new ArrayList<Question>();
        for (int i = 0; i < questions.size(); i++) {
            if (!numbers.contains(i + 1)) {
                kept.add(questions.get(i));
            }
        }
        if (kept.isEmpty()) {
            return Outcome.refused("That would drop every question; use /discard to throw the draft away.");
        }
        var set = draft.get();
        var smaller = new quizbot.questions.QuestionSet(set.id(), set.title(), set.language(), set.source(), kept);
        drafts.saveDraft(teacher.id(), smaller, clock.instant());
        return Outcome.done(smaller);
    }

    /**
     * Publishes the draft, under another id when given: a new set, or a new version of the teacher's set of that id.
     * A teacher owns a set id only when they loaded every version of it, retired ones included, and a retired set is
     * never brought back by a teacher (an admin loading it again does that). Admins may publish under any id.
     */
    public Outcome<QuestionSetStore.Loaded> publish(User teacher, String newId) {
        Optional<quizbot.questions.QuestionSet> draft = drafts.draft(teacher.id());
        if (!canTeach(teacher.id()) || draft.isEmpty()) {
            return Outcome.refused("You have no draft to publish.");
        }
        var set = draft.get();
        if (newId != null) {
            try {
                set = new quizbot.questions.QuestionSet(newId, set.title(), set.language(), set.source(), set.questions());
            } catch (IllegalArgumentException e) {
                return Outcome.refused("\"" + newId + "\" cannot be a set id: 1 to 48 letters, digits, - or _.");
            }
        }
        if (!isAdmin(teacher.id())) {
            QuestionSetStore.History history = sets.history(set.id());
            if (history.retired()) {
                return Outcome.refused("The set \"" + set.id() + "\" was retired by an admin and cannot be published again;"
                        + " publish under another id.");
            }
            if (history.exists() && !history.onlyLoadedBy(teacher.id())) {
                return Outcome.refused("A set \"" + set.id() + "\" exists and is not yours (not every version of it was"
                        + " published by you); publish under another id.");
            }
        }
        QuestionSetStore.Loaded loaded = sets.saveAll(List.of(set), teacher.id()).get(0);
        drafts.deleteDraft(teacher.id());
        return Outcome.done(loaded);
    }

    public Outcome<String> discard(User teacher) {
        if (drafts.draft(teacher.id()).isEmpty()) {
            return Outcome.refused("You have no draft.");
        }
        drafts.deleteDraft(teacher.id());
        return Outcome.done("discarded");
    }

    public Outcome<Classroom> createClass(User teacher, String name) {
        if (!canTeach(teacher.id())) {
            return Outcome.refused(TEACHERS_ONLY);
        }
        String stripped = name == null ? "" : name.strip();
        Optional<String> problem = classNameProblem(stripped);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        users.save(teacher);
        return classes.createClass(new Classroom(0, teacher.id(), stripped, newCode(), clock.instant()))
                .<Outcome<Classroom>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused("You have a class called \"" + stripped + "\" already."));
    }

    /**
     * What is wrong with a class name (already stripped), or empty when it is fine. A class is named
     * in commands as one word, so it has no whitespace; it must be visible and unambiguous, so it has
     * no control or format characters (zero-width characters, bidi overrides and isolates, BOM).
     */
    static Optional<String> classNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("A class needs a name, e.g. \"Year-9-History\".");
        }
        boolean letterOrDigit = false;
        for (int offset = 0; offset < name.length(); ) {
            int codePoint = name.codePointAt(offset);
            int type = Character.getType(codePoint);
            String where = String.format("U+%04X at character %d", codePoint, name.codePointCount(0, offset) + 1);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return Optional.of("A class name is one word, without spaces; join the words with hyphens, e.g. \"Year-9-History\".");
            }
            if (type == Character.CONTROL || type == Character.FORMAT) {
                return Optional.of("A class name cannot contain invisible or control characters (found " + where + ").");
            }
            if (type == Character.SURROGATE) {
                return Optional.of("A class name cannot contain a broken character (found " + where + ").");
            }
            letterOrDigit |= Character.isLetterOrDigit(codePoint);
            offset += Character.charCount(codePoint);
        }
        if (!letterOrDigit) {
            return Optional.of("A class name needs at least one letter or digit, e.g. \"Year-9-History\".");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_CLASS_NAME) {
            return Optional.of("A class name may be at most " + MAX_CLASS_NAME + " characters; this one has " + length + ".");
        }
        return Optional.empty();
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(codes.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    public Outcome<List<ClassSummary>> classesOf(User teacher) {
        if (!canTeach(teacher.id())) {
            return Outcome.refused(TEACHERS_ONLY);
        }
        return Outcome.done(classes.classesOf(teacher.id()).stream()
                .map(classroom -> new ClassSummary(classroom, classes.members(classroom.id()).size())).toList());
    }

    /** A learner joins by the class code (from the join link). */
    public Outcome<Classroom> join(User learner, String code) {
        Optional<Classroom> classroom = classes.classByCode(code);
        if (classroom.isEmpty()) {
            return Outcome.refused("That join link is not valid (any more). Ask your teacher for a new one.");
        }
        users.save(learner);
        return classes.join(classroom.get().id(), learner.id(), clock.instant()) ? Outcome.done(classroom.get())
                : Outcome.refused("You are in " + classroom.get().name() + " already.");
    }

    /** The teacher's own class by name; refused for anyone else, whether or not such a class exists. */
    private Outcome<Classroom> ownClass(User teacher, String className) {
        if (!canTeach(teacher.id())) {
            return Outcome.refused(TEACHERS_ONLY);
        }
        return classes.classByName(teacher.id(), className.strip()).<Outcome<Classroom>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused("You have no class called \"" + className.strip() + "\". See /classes."));
    }

    public Outcome<User> removeMember(User teacher, String className, String who) {
        Outcome<Classroom> classroom = ownClass(teacher, className);
        if (!(classroom instanceof Outcome.Done<Classroom> own)) {
            return classroom.asRefusal();
        }
        Optional<User> member = find(who);
        if (member.isEmpty() || !classes.removeMember(own.value().id(), member.get().id())) {
            return Outcome.refused(who + " is not in " + own.value().name() + ".");
        }
        return Outcome.done(member.get());
    }

    /**
     * Gives the teacher's class a quiz of {@code count} questions of the set (when null: all, up to
     * {@link #MAX_QUESTIONS_PER_ASSIGNMENT}; a count above that is refused),
     * drawn once so every member gets the same questions. The members are returned so they can be told.
     */
    public Outcome<List<User>> assign(User teacher, String className, String setId, Integer count, Instant due,
                                      Integer attemptLimit) {
        Outcome<Classroom> classroom = ownClass(teacher, className);
        if (!(classroom instanceof Outcome.Done<Classroom> own)) {
            return classroom.asRefusal();
        }
        Optional<StoredSet> set = sets.latest(setId);
        if (set.isEmpty()) {
            return Outcome.refused("There is no set \"" + setId + "\". See /sets.");
        }
        if (due != null && !due.isAfter(clock.instant())) {
            return Outcome.refused("The deadline is in the past.");
        }
        if (attemptLimit != null && attemptLimit < 1) {
            return Outcome.refused("An attempt limit must be at least 1.");
        }
        if (count != null && (count < 1 || count > MAX_QUESTIONS_PER_ASSIGNMENT)) {
            return Outcome.refused("An assignment has 1 to " + MAX_QUESTIONS_PER_ASSIGNMENT + " questions; " + count + " is too "
                    + (count < 1 ? "few." : "many."));
        }
        var ids = new ArrayList<String>(set.get().content().questions().stream().map(Question::id).toList());
        Collections.shuffle(ids, codes);
        int size = Math.min(count == null ? MAX_QUESTIONS_PER_ASSIGNMENT : count, ids.size());
        classes.assign(new Assignment(0, own.value().id(), setId, set.get().version(), ids.subList(0, size), due, attemptLimit,
                clock.instant()));
        return Outcome.done(classes.members(own.value().id()));
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
            return Outcome.refused("That assignment is not open to you (not your class, past its deadline, or no attempts left).");
        }
        Assignment assignment = open.get().assignment();
        StoredSet set = sets.version(assignment.setId(), assignment.setVersion()).orElseThrow();
        QuestionView first = quizzes.startAssignment(learner, chatId, set, assignment.questionIds());
        classes.attempt(first.sessionId(), assignment.id());
        return Outcome.done(first);
    }

    /**
     * The report for the command line, which has the database and no teacher: the class of that
     * name (of the given teacher when several teachers have one).
     */
    public Outcome<ClassReport> reportFor(String className, Long teacherId, String setId) {
        List<Classroom> named = classes.classesNamed(className).stream()
                .filter(classroom -> teacherId == null || classroom.teacherId() == teacherId).toList();
        if (named.size() != 1) {
            return Outcome.refused(named.isEmpty() ? "There is no class called \"" + className + "\"."
                    : named.size() + " teachers have a class called \"" + className + "\"; name the teacher with --teacher <id>.");
        }
        User teacher = users.user(named.get(0).teacherId()).orElse(new User(named.get(0).teacherId(), null));
        return report(teacher, className, setId, true);
    }

    /**
     * The report of the teacher's class on its newest assignment (of the set, when named). Each
     * member's best attempt counts (most right answers, then the earliest), and only answers given
     * before the deadline.
     */
    public Outcome<ClassReport> report(User teacher, String className, String setId) {
        return report(teacher, className, setId, false);
    }

    private Outcome<ClassReport> report(User teacher, String className, String setId, boolean commandLine) {
        Outcome<Classroom> classroom = commandLine
                ? classes.classByName(teacher.id(), className).<Outcome<Classroom>>map(Outcome::done)
                        .orElseGet(() -> Outcome.refused("There is no class called \"" + className + "\"."))
                : ownClass(teacher, className);
        if (!(classroom instanceof Outcome.Done<Classroom> own)) {
            return classroom.asRefusal();
        }
        Optional<Assignment> found = classes.assignmentsOf(own.value().id()).stream()
                .filter(assignment -> setId == null || assignment.setId().equals(setId)).findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(own.value().name() + " has no assignment" + (setId == null ? "" : " of " + setId)
                    + " yet. Give one with /assign.");
        }
        Assignment assignment = found.get();
        StoredSet set = sets.version(assignment.setId(), assignment.setVersion()).orElseThrow();
        List<QuestionColumn> columns = assignment.questionIds().stream()
                .map(id -> new QuestionColumn(id, set.question(id).map(Question::prompt).orElse(id))).toList();
        var learners = new ArrayList<LearnerAttempt>();
        for (User member : classes.members(own.value().id())) {
            learners.add(bestAttempt(member, assignment));
        }
        return Outcome.done(ClassReport.of(own.value().name(), set.content().title(), columns, learners));
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
