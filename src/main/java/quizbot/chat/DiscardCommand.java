package quizbot.chat;

import java.util.List;
import quizbot.quiz.Drafts;

/** /discard: a teacher throws their draft away. */
record DiscardCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("discard", Role.TEACHER).in(ChatType.PRIVATE, "/discard – throw your draft away", null);

    @Override
    public List<Reply> handle(Request request) {
        return TeacherChat.worded(request.chatId(), drafts.discard(request.from()), done -> "The draft is thrown away.");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
