package quizbot.quiz;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Teachers' classes: a class has a name, a join code and members; a teacher sees and changes only
 * their own classes. Thread-safe when the stores are.
 */
public final class Classrooms {

    /** A class and how many members it has. */
    public record ClassSummary(Classroom classroom, int members) {
    }

    /** The longest class name, in characters (code points). */
    public static final int MAX_CLASS_NAME = 40;

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Roles roles;
    private final ClassStore classes;
    private final UserStore users;
    private final Clock clock;
    private final RandomGenerator codes;

    public Classrooms(Roles roles, ClassStore classes, UserStore users, Clock clock, RandomGenerator codes) {
        this.roles = roles;
        this.classes = classes;
        this.users = users;
        this.clock = clock;
        this.codes = codes;
    }

    /** A class name as it is kept and looked up: stripped, its words joined by single spaces ("Year  9\u00A0History" → "Year 9 History"). */
    public static String plainName(String name) {
        return name.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    public Outcome<Classroom> create(User teacher, String name) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        String stripped = name == null ? "" : plainName(name);
        Optional<ClassNameProblem> problem = ClassNameProblem.of(stripped, MAX_CLASS_NAME);
        if (problem.isPresent()) {
            return Outcome.refused(new Refusal.BadClassName(problem.get()));
        }
        users.save(teacher);
        return classes.createClass(new Classroom(0, teacher.id(), stripped, newCode(), clock.instant()))
                .<Outcome<Classroom>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(new Refusal.ClassExists(stripped)));
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(codes.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    public Outcome<List<ClassSummary>> of(User teacher) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        return Outcome.done(classes.classesOf(teacher.id()).stream()
                .map(classroom -> new ClassSummary(classroom, classes.members(classroom.id()).size())).toList());
    }

    /** A learner joins by the class code (from the join link). */
    public Outcome<Classroom> join(User learner, String code) {
        Optional<Classroom> classroom = classes.classByCode(code);
        if (classroom.isEmpty()) {
            return Outcome.refused(new Refusal.BadJoinCode());
        }
        users.save(learner);
        return classes.join(classroom.get().id(), learner.id(), clock.instant()) ? Outcome.done(classroom.get())
                : Outcome.refused(new Refusal.AlreadyMember(classroom.get()));
    }

    /** The teacher's own class by name; refused for anyone else, whether or not such a class exists. */
    Outcome<Classroom> own(User teacher, String className) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        String name = plainName(className);
        return classes.classByName(teacher.id(), name).<Outcome<Classroom>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(new Refusal.NoSuchClass(name)));
    }

    public Outcome<User> removeMember(User teacher, String className, String who) {
        return own(teacher, className).then(classroom -> {
            Optional<User> member = roles.find(who);
            if (member.isEmpty() || !classes.removeMember(classroom.id(), member.get().id())) {
                return Outcome.refused(new Refusal.NotMember(who, classroom.name()));
            }
            return Outcome.done(member.get());
        });
    }
}
