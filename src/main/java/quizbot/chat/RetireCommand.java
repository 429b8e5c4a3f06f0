package quizbot.chat;

import java.util.List;
import quizbot.quiz.Classes;

/** /retire <set>: an admin hides a set from new quizzes and assignments. */
final class RetireCommand implements Command {

    private static final Spec SPEC = Spec.of("retire", Role.ADMIN)
            .in(ChatType.PRIVATE, "/retire <set> – no new quizzes or assignments of a set; past results stay", null);

    private final Classes classes;

    RetireCommand(Classes classes) {
        this.classes = classes;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> handle(Request request) {
        return Teaching.worded(request.chatId(), classes.retire(request.from(), request.argument()), id -> "Set " + id
                + " is retired: no new quizzes or assignments, past results stay. Loading it again brings it back.");
    }
}
