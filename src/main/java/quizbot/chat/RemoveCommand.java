package quizbot.chat;

import java.util.List;
import java.util.regex.Pattern;
import quizbot.quiz.Classrooms;

/** /remove <class> <user>: a teacher takes a member out of their class. */
record RemoveCommand(Classrooms classrooms) implements Command {

    private static final Spec SPEC = Spec.of("remove", Role.TEACHER).in(ChatType.PRIVATE, "/remove <class> <user> – take a member out of a class", null);

    private static final Pattern USER = Pattern.compile("@?\\w+");

    @Override
    public List<Reply> handle(Request request) {
        var readings = ClassArgument.readings(request.argument(), USER);
        if (readings.isEmpty()) {
            return Command.say(request.chatId(), "Usage: /remove <class> <user id or @username>");
        }
        var tried = ClassArgument.first(readings, reading -> classrooms.removeMember(request.from(), reading.className(), reading.rest().group()));
        return TeacherChat.worded(request.chatId(), tried.outcome(),
                member -> member.name() + " is no longer in " + Classrooms.plainName(tried.candidate().className()) + ".");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
