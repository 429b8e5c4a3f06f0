package quizbot.chat;

import java.util.List;

/** /newclass <name>: a teacher creates a class; learners join it by its link. */
final class NewClassCommand implements Command {

    private static final Spec SPEC = Spec.of("newclass", Role.TEACHER).in(ChatType.PRIVATE, "/newclass <name> – a new class and its join link", null);

    private final Teaching teaching;

    NewClassCommand(Teaching teaching) {
        this.teaching = teaching;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> handle(Request request) {
        if (request.argument().isBlank()) {
            return Command.say(request.chatId(), "Usage: /newclass <name>");
        }
        return Teaching.worded(request.chatId(), teaching.classes.createClass(request.from(), request.argument()),
                classroom -> "Class " + classroom.name() + " is ready. Learners join with this link:\n"
                        + teaching.joinLink(classroom) + "\n(or by sending me /start join_" + classroom.joinCode() + ")");
    }
}
