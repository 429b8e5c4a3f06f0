package quizbot.chat;

import java.util.List;
import quizbot.quiz.Drafts;
import quizbot.quiz.Refusal;

/** /title &lt;text&gt;: a teacher names their draft; its set id follows the title unless /publish names another. */
record TitleCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("title", Role.TEACHER).in(ChatType.PRIVATE, "/title <text> – give your draft a title", null);

    @Override
    public List<Reply> handle(Request request) {
        if (request.argument().isBlank()) {
            return Command.say(request.chatId(), "Usage: /title <the set's title>, e.g. /title The Treaty of Versailles");
        }
        return TeacherChat.worded(request.chatId(), drafts.retitle(request.from(), request.argument()), draft -> "The draft is now called \""
                + draft.set().title() + "\"; /publish publishes it as " + draft.set().id() + " (or /publish <id> under another id).",
                reason -> reason instanceof Refusal.NoDraft ? "You have no draft to give a title. Send me an article first." : null);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
