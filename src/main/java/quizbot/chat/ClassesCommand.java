package quizbot.chat;

import java.util.List;
import quizbot.quiz.Classrooms;

/** /classes: a teacher's classes with their member counts and join links. */
record ClassesCommand(TeacherChat teaching) implements Command {

    private static final Spec SPEC = Spec.of("classes", Role.TEACHER).in(ChatType.PRIVATE, "/classes – your classes, their members and join links", null);

    @Override
    public List<Reply> handle(Request request) {
        return TeacherChat.worded(request.chatId(), teaching.teaching.classrooms().of(request.from()), this::list);
    }

    private String list(List<Classrooms.ClassSummary> classes) {
        if (classes.isEmpty()) {
            return "You have no classes yet. Create one with /newclass <name>.";
        }
        var text = new StringBuilder("Your classes:");
        for (Classrooms.ClassSummary summary : classes) {
            text.append("\n• ").append(summary.classroom().name()).append(": ").append(summary.members()).append(" member")
                    .append(summary.members() == 1 ? "" : "s").append(" · ").append(teaching.joinLink(summary.classroom()));
        }
        return text.toString();
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
