package quizbot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quizbot.quiz.Assignments;
import quizbot.quiz.Classroom;
import quizbot.quiz.Classrooms;
import quizbot.quiz.Outcome;
import quizbot.quiz.Quizzes;
import quizbot.quiz.StoredSet;
import quizbot.quiz.User;

/**
 * /assign without arguments: the teacher picks the class, the set, the number of questions and the
 * deadline with buttons, one message that each press replaces, and the last press assigns as the
 * typed form does. Every choice travels in the buttons' data and is checked again on each press, so
 * a button pressed late or forged assigns nothing the teacher could not assign by typing. Stateless.
 */
final class AssignWalk {

    /** Classes and sets offered as buttons (the teacher's own sets first); any other is typed. */
    static final int SHOWN = 20;
    private static final int[] COUNTS = {5, 10, 20};
    private static final int[] DAYS = {1, 3, 7, 14};
    private static final int TITLE_CHARS = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final Quizzes quizzes;

    AssignWalk(Classrooms classrooms, Assignments assignments, Quizzes quizzes) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.quizzes = quizzes;
    }

    /** Step 1: which class. */
    List<Reply> classes(User teacher, long chat) {
        var outcome = classrooms.of(teacher);
        if (!(outcome instanceof Outcome.Done<List<Classrooms.ClassSummary>> done)) {
            return Command.say(chat, RefusalTexts.of(outcome));
        }
        if (done.value().isEmpty()) {
            return Command.say(chat, "You have no class yet. Make one with /newclass <name>, then /assign.");
        }
        var buttons = done.value().stream().limit(SHOWN).map(summary -> new Reply.Button(summary.classroom().name() + " ("
                + summary.members() + ")", new ButtonData.AssignClass(summary.classroom().id()))).toList();
        String more = done.value().size() > SHOWN ? "\n(" + (done.value().size() - SHOWN) + " more: type /assign <class> <set>.)" : "";
        return List.of(new Reply.Buttons(chat, "Homework: for which class?" + more, buttons));
    }

    /** A press on one of the walk's buttons: the next step, or the assignment once every choice is made. */
    List<Reply> press(User teacher, long chat, ButtonData data) {
        long classId = data instanceof ButtonData.AssignChoice choice ? choice.classId() : ((ButtonData.AssignClass) data).classId();
        Optional<Classroom> classroom = ownClass(teacher, classId);
        if (classroom.isEmpty()) {
            return List.of(new Reply.Notice(chat, "That class is not yours (any more); /assign starts again."));
        }
        String name = classroom.get().name();
        if (!(data instanceof ButtonData.AssignChoice choice)) {
            return sets(teacher, chat, classroom.get());
        }
        Optional<StoredSet> set = quizzes.sets().stream().filter(stored -> ButtonData.key(stored.id()).equals(choice.setKey())).findFirst();
        if (set.isEmpty()) {
            return List.of(new Reply.Notice(chat, "That set is no longer there; /assign starts again."));
        }
        String heading = name + " · " + set.get().content().title() + " (" + set.get().id() + ")";
        if (choice.count() < 0) {
            return List.of(counts(chat, heading, choice, set.get().content().questions().size()));
        }
        if (choice.due() < 0) {
            return List.of(deadlines(chat, heading, choice));
        }
        var terms = new AssignCommand.Terms(name, set.get().id(), choice.count() == 0 ? null : choice.count(),
                choice.due() == 0 ? null : AssignCommand.endOf(LocalDate.parse(String.valueOf(choice.due()), DateTimeFormatter.BASIC_ISO_DATE)),
                null);
        var replies = new ArrayList<>(AssignCommand.told(chat, teacher, terms, terms.assign(assignments, teacher)));
        // the walk's message becomes the outcome, its buttons gone, so no later press assigns again
        replies.set(0, new Reply.Buttons(chat, ((Reply.Text) replies.get(0)).text(), List.of(), true));
        return replies;
    }

    private Optional<Classroom> ownClass(User teacher, long classId) {
        return classrooms.of(teacher) instanceof Outcome.Done<List<Classrooms.ClassSummary>> done
                ? done.value().stream().map(Classrooms.ClassSummary::classroom).filter(classroom -> classroom.id() == classId).findFirst()
                : Optional.empty();
    }

    /** Step 2: which set, the teacher's own first, then by title. */
    private List<Reply> sets(User teacher, long chat, Classroom classroom) {
        List<StoredSet> sets = quizzes.sets().stream().sorted(Comparator.comparing((StoredSet set) -> !Long.valueOf(teacher.id())
                .equals(set.loadedBy())).thenComparing(set -> set.content().title().toLowerCase(Locale.ROOT))).toList();
        if (sets.isEmpty()) {
            return List.of(new Reply.Notice(chat, "There is no question set yet: publish a draft or load a set first."));
        }
        var buttons = sets.stream().limit(SHOWN).map(set -> new Reply.Button(shortTitle(set) + " (" + set.id() + ")",
                new ButtonData.AssignChoice(classroom.id(), ButtonData.key(set.id()), -1, -1))).toList();
        String more = sets.size() > SHOWN ? "\n(" + (sets.size() - SHOWN) + " more: type /assign " + classroom.name()
                + " <set>, /sets lists them.)" : "";
        return List.of(new Reply.Buttons(chat, "Homework for " + classroom.name() + ": which set?" + more,
                buttons.stream().map(List::of).toList(), true));
    }

    private static String shortTitle(StoredSet set) {
        String title = set.content().title();
        return QuizTexts.cut(title, TITLE_CHARS);
    }

    /** Step 3: how many questions; fewer than the set has, or all. */
    private static Reply counts(long chat, String heading, ButtonData.AssignChoice choice, int questions) {
        var row = new ArrayList<Reply.Button>();
        for (int count : COUNTS) {
            if (count < questions) {
                row.add(new Reply.Button(String.valueOf(count), new ButtonData.AssignChoice(choice.classId(), choice.setKey(), count, -1)));
            }
        }
        int all = Math.min(questions, Assignments.MAX_QUESTIONS_PER_ASSIGNMENT);
        row.add(new Reply.Button("All " + all, new ButtonData.AssignChoice(choice.classId(), choice.setKey(), 0, -1)));
        return new Reply.Buttons(chat, heading + ": how many questions?", List.of(row), true);
    }

    /** Step 4: the deadline, the end of a day (UTC), or none. */
    private Reply deadlines(long chat, String heading, ButtonData.AssignChoice choice) {
        LocalDate today = assignments.today();
        var rows = new ArrayList<List<Reply.Button>>();
        rows.add(List.of(new Reply.Button("No deadline", new ButtonData.AssignChoice(choice.classId(), choice.setKey(), choice.count(), 0))));
        for (int days : DAYS) {
            LocalDate day = today.plusDays(days);
            rows.add(List.of(new Reply.Button((days == 1 ? "Tomorrow" : "In " + (days % 7 == 0 ? days / 7 + " week" + (days > 7 ? "s" : "")
                    : days + " days")) + ", " + DAY.format(day), new ButtonData.AssignChoice(choice.classId(), choice.setKey(), choice.count(),
                    Integer.parseInt(day.format(DateTimeFormatter.BASIC_ISO_DATE))))));
        }
        String count = choice.count() == 0 ? "all questions" : QuizTexts.questions(choice.count());
        return new Reply.Buttons(chat, heading + ", " + count + ": due when? (the end of the day, UTC)", rows, true);
    }
}
