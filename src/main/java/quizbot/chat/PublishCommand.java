package quizbot.chat;

import java.util.List;
import quizbot.quiz.Drafts;
import quizbot.quiz.Refusal;

/** /publish [id]: a teacher publishes their draft, under another id when given. */
record PublishCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("publish", Role.TEACHER).in(ChatType.PRIVATE, "/publish [id] – publish your draft as a question set", null);

    @Override
    public List<Reply> handle(Request request) {
        String id = request.argument();
        return TeacherChat.worded(request.chatId(), drafts.publish(request.from(), id.isEmpty() ? null : id), loaded -> "Published "
                + loaded.set().id() + " version " + loaded.set().version() + " (" + QuizTexts.questions(loaded.set().content().questions().size())
                + "). Play it with /quiz " + loaded.set().id() + " or give it to a class with /assign <class> "
                + loaded.set().id() + ".", reason -> reason instanceof Refusal.NoDraft ? "You have no draft to publish." : null);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
