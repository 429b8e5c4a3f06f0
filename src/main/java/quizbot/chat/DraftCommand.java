package quizbot.chat;

import java.util.List;
import java.util.function.ToIntFunction;
import quizbot.quiz.DraftSet;
import quizbot.quiz.Drafts;
import quizbot.quiz.Outcome;
import quizbot.quiz.Refusal;

/** /draft [page]: a teacher sees their whole draft, page by page, with a button per question. */
record DraftCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("draft", Role.TEACHER).in(ChatType.PRIVATE, "/draft [page] – see your draft, every question", null);

    static final String NO_DRAFT = "You have no draft. Send me an article (a .txt or .html file, a long message or a link) first.";

    @Override
    public List<Reply> handle(Request request) {
        String argument = request.argument().strip();
        if (!argument.isEmpty() && !argument.matches("\\d{1,4}")) {
            return Command.say(request.chatId(), "Usage: /draft shows your draft's first page, /draft 2 its second.");
        }
        int page = argument.isEmpty() ? 1 : Integer.parseInt(argument);
        Outcome<DraftSet> outcome = drafts.draft(request.from());
        if (outcome instanceof Outcome.Done<DraftSet> done && (page < 1 || page > DraftPages.count(done.value()))) {
            int pages = DraftPages.count(done.value());
            return Command.say(request.chatId(), pages == 1 ? "Your draft has one page: /draft shows it." : "Your draft has pages 1 to "
                    + pages + ".");
        }
        return shown(request.chatId(), outcome, draft -> page);
    }

    /** The draft at the page {@code page} picks, or the refusal (with "no draft" worded for someone who has none yet). */
    static List<Reply> shown(long chat, Outcome<DraftSet> outcome, ToIntFunction<DraftSet> page) {
        if (outcome instanceof Outcome.Done<DraftSet> done) {
            return List.of(DraftPages.page(chat, done.value(), page.applyAsInt(done.value()), false));
        }
        Refusal reason = ((Outcome.Refused<DraftSet>) outcome).reason();
        return Command.say(chat, reason instanceof Refusal.NoDraft ? NO_DRAFT : RefusalTexts.words(reason));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
