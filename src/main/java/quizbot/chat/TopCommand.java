package quizbot.chat;

import java.util.List;

/** /top: the leaderboard; in a group, of that group's answers. */
record TopCommand(QuizPlay play) implements Command {

    private static final Spec SPEC = Spec.of("top", Role.LEARNER).in(ChatType.PRIVATE, "/top – the leaderboard", "leaderboard")
            .in(ChatType.GROUP, "/top – this group's leaderboard", "this group's leaderboard");

    @Override
    public List<Reply> handle(Request request) {
        return List.of(play.top(request.chatId(), request.chat() == ChatType.GROUP));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
