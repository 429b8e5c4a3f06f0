package quizbot.chat;

import java.util.List;
import quizbot.quiz.StatsStore;

/** /score: one's totals and last quizzes. */
record ScoreCommand(StatsStore stats) implements Command {

    private static final Spec SPEC = Spec.of("score", Role.LEARNER).in(ChatType.PRIVATE, "/score – your totals and your last quizzes", "your score");

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        StatsStore.Totals totals = stats.totals(request.from().id());
        if (totals.answered() == 0) {
            return Command.say(chat, "You have not answered any question yet. Start with /quiz.");
        }
        var text = new StringBuilder("Your score: " + totals.correct() + " right of " + totals.answered() + " answered ("
                + QuizTexts.percent(totals.correct(), totals.answered()) + "), " + totals.quizzes() + " quiz"
                + (totals.quizzes() == 1 ? "" : "zes") + " finished.\nLast quizzes:");
        for (StatsStore.QuizResult result : stats.recentQuizzes(request.from().id(), 5)) {
            text.append("\n• ").append(result.setTitle()).append(": ").append(result.correct()).append("/")
                    .append(result.questions()).append(switch (result.status()) {
                        case ACTIVE -> " (in progress)";
                        case STOPPED -> " (stopped)";
                        case FINISHED -> "";
                    });
        }
        return Command.say(chat, text.toString());
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
