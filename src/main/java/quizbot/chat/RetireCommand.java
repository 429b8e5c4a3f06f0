package quizbot.chat;

import java.util.List;
import quizbot.quiz.Catalogue;
import quizbot.quiz.Refusal;

/** /retire <set>: an admin hides a set from new quizzes and assignments. */
record RetireCommand(Catalogue catalogue) implements Command {

    private static final Spec SPEC = Spec.of("retire", Role.ADMIN)
            .in(ChatType.PRIVATE, "/retire <set> – no new quizzes or assignments of a set; past results stay", null);

    @Override
    public List<Reply> handle(Request request) {
        return TeacherChat.worded(request.chatId(), catalogue.retire(request.from(), request.argument()), id -> "Set " + id
                + " is retired: no new quizzes or assignments, past results stay. Loading it again brings it back.", this::refused);
    }

    private String refused(Refusal reason) {
        if (reason instanceof Refusal.AdminsOnly) {
            return "Only admins can retire question sets.";
        }
        return reason instanceof Refusal.NoSuchSet none ? "There is no set \"" + none.setId() + "\" to retire (or it is retired already)."
                : null;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
