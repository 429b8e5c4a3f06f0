package quizbot.chat;

import java.util.List;
import quizbot.quiz.Refusal;
import quizbot.quiz.Roles;

/** /teacher add|remove <user>: an admin grants or revokes the teacher role. */
record TeacherCommand(Roles roles) implements Command {

    private static final Spec SPEC = Spec.of("teacher", Role.ADMIN)
            .in(ChatType.PRIVATE, "/teacher add|remove <user> – grant or revoke the teacher role (by user id or @username)", null);

    @Override
    public List<Reply> handle(Request request) {
        String[] words = request.argument().split("\\s+");
        if (words.length != 2 || !(words[0].equals("add") || words[0].equals("remove"))) {
            return Command.say(request.chatId(), "Usage: /teacher add|remove <user id or @username>");
        }
        boolean add = words[0].equals("add");
        return TeacherChat.worded(request.chatId(), roles.setTeacher(request.from(), words[1], add),
                user -> user.name() + (add ? " is a teacher now." : " is no longer a teacher."),
                reason -> reason instanceof Refusal.AdminsOnly ? "Only admins can grant or revoke the teacher role." : null);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
