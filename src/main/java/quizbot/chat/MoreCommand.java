package quizbot.chat;

import java.util.List;
import quizbot.quiz.DraftSet;
import quizbot.quiz.Drafts;
import quizbot.quiz.Outcome;

/** /more [count]: the generator's next-best questions from the article, added at the end of the draft. */
record MoreCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("more", Role.TEACHER).in(ChatType.PRIVATE,
            "/more [count] – add the article's next-best questions to your draft", null);

    /** How many /more adds when not told. */
    static final int DEFAULT_COUNT = 5;

    @Override
    public List<Reply> handle(Request request) {
        String argument = request.argument().strip();
        if (!argument.isEmpty() && !argument.matches("[1-9]\\d{0,2}")) {
            return Command.say(request.chatId(), "Usage: /more adds " + DEFAULT_COUNT + " questions, /more 10 adds ten.");
        }
        int count = argument.isEmpty() ? DEFAULT_COUNT : Integer.parseInt(argument);
        int firstNew = drafts.draft(request.from()) instanceof Outcome.Done<DraftSet> before ? before.value().size() + 1 : 1;
        Outcome<DraftSet> outcome = drafts.more(request.from(), count);
        List<Reply> page = DraftCommand.shown(request.chatId(), outcome, draft -> DraftPages.pageOf(draft, firstNew));
        if (outcome instanceof Outcome.Done<DraftSet> done) {
            DraftSet draft = done.value();
            String held = draft.reserve().isEmpty() ? "none left to add" : draft.reserve().size() + " more held back";
            String added = firstNew == draft.size() ? "question " + firstNew : "questions " + firstNew + " to " + draft.size();
            return List.of(new Reply.Text(request.chatId(), "Added " + added + " (" + held + ")."), page.get(0));
        }
        return page;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
