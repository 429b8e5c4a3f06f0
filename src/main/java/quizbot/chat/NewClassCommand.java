package quizbot.chat;

import java.util.List;

/** /newclass <name>: a teacher creates a class; learners join it by its link. */
record NewClassCommand(TeacherChat teaching) implements Command {

    private static final Spec SPEC = Spec.of("newclass", Role.TEACHER).in(ChatType.PRIVATE, "/newclass <name> – a new class and its join link", null);

    @Override
    public List<Reply> handle(Request request) {
        if (request.argument().isBlank()) {
            return Command.say(request.chatId(), "Usage: /newclass <name>");
        }
        return TeacherChat.worded(request.chatId(), teaching.teaching.classrooms().create(request.from(), request.argument()),
                classroom -> "Class " + classroom.name() + " is ready. Learners join with this link:\n"
                        + teaching.joinLink(classroom) + "\n(or by sending me /start join_" + classroom.joinCode() + ")");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
