package quizbot.chat;

import java.util.List;
import quizbot.quiz.GroupQuizzes;

/** /stop: ends one's quiz with its summary; in a group, the group quiz (by its starter, a teacher or an admin). */
record StopCommand(QuizPlay play, TeacherChat teaching) implements Command {

    private static final Spec SPEC = Spec.of("stop", Role.LEARNER).in(ChatType.PRIVATE, "/stop – stop the quiz and see your result", "stop the quiz")
            .in(ChatType.GROUP, "/stop – stop the group quiz", null);

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        if (request.chat() == ChatType.PRIVATE) {
            return play.quizzes.stop(request.from().id(), chat)
                    .map(summary -> Command.say(chat, "Quiz stopped. " + QuizTexts.summaryText(summary)))
                    .orElseGet(() -> Command.say(chat, "No quiz is running. Start one with /quiz."));
        }
        GroupQuizzes.StopResult result = play.groupQuizzes.stop(chat, request.from().id(), teaching.canTeach(request.from()));
        if (result instanceof GroupQuizzes.StopResult.Stopped) {
            return List.of(new Reply.Text(chat, "Group quiz stopped."), play.top(chat, true));
        }
        if (result instanceof GroupQuizzes.StopResult.NotAllowed) {
            return Command.say(chat, "Only the member who started this quiz, or a teacher, can stop it.");
        }
        return Command.say(chat, "No group quiz is running. Start one with /quiz.");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
