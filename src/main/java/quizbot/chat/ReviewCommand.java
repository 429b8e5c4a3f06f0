package quizbot.chat;

import java.util.List;

/** /review: the questions due for review (Leitner boxes), the ones missed first. */
record ReviewCommand(QuizPlay play) implements Command {

    private static final Spec SPEC = Spec.of("review", Role.LEARNER)
            .in(ChatType.PRIVATE, "/review – questions due for review (the ones you missed first)", "questions due for review");

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        return play.ifAllowedToStart(request.from(), chat, () -> play.quizzes.startReview(request.from(), chat,
                        play.settings.questionsPerQuiz(), play.settings.timeLimit())
                .<List<Reply>>map(first -> List.of(new Reply.Text(chat, "Review: " + first.total()
                        + " question" + (first.total() == 1 ? "" : "s") + " due, the ones you missed first."),
                        QuizTexts.question(chat, first)))
                .orElseGet(() -> Command.say(chat, "Nothing is due for review. Well done!")));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
