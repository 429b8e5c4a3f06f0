package quizbot.chat;

import java.util.ArrayList;
import java.util.List;

/** /quiz [set] [count]: a quiz of one's own in a private chat, a quiz of polls for everyone in a group. */
record QuizCommand(QuizPlay play) implements Command {

    private static final String WHICH_SET = "Which set? Pick one, or type /quiz <set> [count]:";

    /** Its private line says how many questions a quiz has unless asked otherwise. */
    @Override
    public Spec spec() {
        return Spec.of("quiz", Role.LEARNER)
                .in(ChatType.PRIVATE, "/quiz [set] [count] – start a quiz (" + play.settings.questionsPerQuiz()
                        + " questions unless you say)", "start a quiz")
                .in(ChatType.GROUP, "/quiz [set] [count] – start a group quiz", "start a quiz");
    }

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        QuizPlay.QuizRequest quiz = play.quizRequest(request.argument());
        if (request.chat() == ChatType.GROUP) {
            if (quiz.setId() == null || !play.setExists(quiz.setId()) || quiz.count() < 1) {
                return play.sets(chat, WHICH_SET);
            }
            return play.startGroupQuiz(request.from(), chat, quiz.setId(), quiz.count());
        }
        if (quiz.count() < 1) {
            return Command.say(chat, "A quiz needs at least one question.");
        }
        if (quiz.setId() == null) {
            return play.sets(chat, WHICH_SET);
        }
        if (!play.setExists(quiz.setId())) {
            var replies = new ArrayList<Reply>();
            replies.add(new Reply.Text(chat, "There is no set \"" + quiz.setId() + "\"."));
            replies.addAll(play.sets(chat, "These are the sets:"));
            return replies;
        }
        return play.startQuiz(request.from(), chat, quiz.setId(), quiz.count());
    }
}
