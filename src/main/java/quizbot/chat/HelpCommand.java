package quizbot.chat;

import java.util.List;

/** /help: the commands of this chat for the user's role, from {@link Commands}. */
record HelpCommand(TeacherChat teaching, Commands.HelpText help) implements Command {

    private static final Spec SPEC = Spec.of("help", Role.LEARNER).in(ChatType.PRIVATE, "/help – this list", "what I can do")
            .in(ChatType.GROUP, "/help – this list", "what I can do");

    @Override
    public List<Reply> handle(Request request) {
        Role role = request.chat() == ChatType.GROUP ? Role.LEARNER : teaching.role(request.from());
        return Command.say(request.chatId(), help.text(request.chat(), role));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
