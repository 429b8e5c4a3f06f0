package quizbot.chat;

import java.util.List;
import quizbot.quiz.StatsStore;

/** /stats: one's right answers by kind of question. */
record StatsCommand(StatsStore stats) implements Command {

    private static final Spec SPEC = Spec.of("stats", Role.LEARNER).in(ChatType.PRIVATE, "/stats – how you do on dates, figures, people, places…",
            "right answers by kind");

    @Override
    public List<Reply> handle(Request request) {
        List<StatsStore.KindShare> shares = stats.byKind(request.from().id());
        if (shares.isEmpty()) {
            return Command.say(request.chatId(), "No answers yet. Start with /quiz.");
        }
        var text = new StringBuilder("Right answers by kind:");
        for (StatsStore.KindShare share : shares) {
            text.append("\n• ").append(QuizTexts.kindName(share.kind())).append(": ").append(share.correct()).append(" of ")
                    .append(share.answered()).append(" (").append(QuizTexts.percent(share.correct(), share.answered())).append(")");
        }
        return Command.say(request.chatId(), text.toString());
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
