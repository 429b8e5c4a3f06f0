package quizbot.chat;

import java.util.List;
import java.util.TreeSet;
import quizbot.quiz.Drafts;
import quizbot.quiz.Refusal;

/** /drop &lt;numbers&gt; and /restore &lt;numbers&gt;: a teacher drops questions of their draft by number, or brings them back. */
record DropCommand(Drafts drafts, boolean restore) implements Command {

    private static final Spec DROP = Spec.of("drop", Role.TEACHER).in(ChatType.PRIVATE, "/drop <numbers> – drop questions from your draft", null);
    private static final Spec RESTORE = Spec.of("restore", Role.TEACHER).in(ChatType.PRIVATE,
            "/restore <numbers> – bring dropped questions back", null);

    @Override
    public List<Reply> handle(Request request) {
        String usage = "Usage: /" + spec().name() + " <question numbers, as /draft shows them>, e.g. /" + spec().name() + " 2 5 7";
        var numbers = new TreeSet<Integer>();
        for (String word : request.argument().split("[\\s,]+")) {
            if (word.matches("\\d{1,4}")) {
                numbers.add(Integer.parseInt(word));
            } else if (!word.isBlank()) {
                return Command.say(request.chatId(), usage);
            }
        }
        if (numbers.isEmpty()) {
            return Command.say(request.chatId(), usage);
        }
        var outcome = restore ? drafts.restore(request.from(), numbers) : drafts.drop(request.from(), numbers);
        return DraftCommand.shown(request.chatId(), outcome, draft -> DraftPages.pageOf(draft, numbers.first()));
    }

    @Override
    public Spec spec() {
        return restore ? RESTORE : DROP;
    }
}
