package quizbot.chat;

import java.util.List;
import quizbot.quiz.Classes;

/** /discard: a teacher throws their draft away. */
final class DiscardCommand implements Command {

    private static final Spec SPEC = Spec.of("discard", Role.TEACHER).in(ChatType.PRIVATE, "/discard – throw your draft away", null);

    private final Classes classes;

    DiscardCommand(Classes classes) {
        this.classes = classes;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> handle(Request request) {
        return Teaching.worded(request.chatId(), classes.discard(request.from()), done -> "The draft is thrown away.");
    }
}
