package quizbot.chat;

import java.util.List;
import quizbot.quiz.Classrooms;

/** /remove <class> <user>: a teacher takes a member out of their class. */
record RemoveCommand(Classrooms classrooms) implements Command {

    private static final Spec SPEC = Spec.of("remove", Role.TEACHER).in(ChatType.PRIVATE, "/remove <class> <user> – take a member out of a class", null);

    @Override
    public List<Reply> handle(Request request) {
        String[] words = request.argument().split("\\s+");
        if (words.length != 2) {
            return Command.say(request.chatId(), "Usage: /remove <class> <user id or @username>");
        }
        return TeacherChat.worded(request.chatId(), classrooms.removeMember(request.from(), words[0], words[1]),
                member -> member.name() + " is no longer in " + words[0] + ".");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
