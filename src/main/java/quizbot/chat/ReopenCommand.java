package quizbot.chat;

import java.util.List;
import quizbot.quiz.Drafts;

/** /reopen &lt;set&gt;: a teacher's published set becomes their draft again, to edit and publish as its next version. */
record ReopenCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("reopen", Role.TEACHER).in(ChatType.PRIVATE,
            "/reopen <set> – make your published set a draft again, to edit it", null);

    @Override
    public List<Reply> handle(Request request) {
        String setId = request.argument().strip();
        if (setId.isEmpty() || setId.contains(" ")) {
            return Command.say(request.chatId(), "Usage: /reopen <set id>, e.g. /reopen moon (/sets lists them)");
        }
        return DraftCommand.shown(request.chatId(), drafts.reopen(request.from(), setId), draft -> 1);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
