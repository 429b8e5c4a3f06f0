package quizbot.chat;

import java.util.List;

/** /sets: the question sets, a button each to play one. */
record SetsCommand(QuizPlay play) implements Command {

    private static final Spec SPEC = Spec.of("sets", Role.LEARNER).in(ChatType.PRIVATE, "/sets – the question sets you can play", "question sets")
            .in(ChatType.GROUP, "/sets – the question sets", null);

    @Override
    public List<Reply> handle(Request request) {
        return play.sets(request.chatId(), request.chat() == ChatType.GROUP ? "Question sets (start one with its button):"
                : "Question sets:");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
