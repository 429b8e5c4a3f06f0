package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import quizbot.quiz.Quizzes;

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
        if (quiz.problem() != null) {
            return Command.say(chat, quiz.problem());
        }
        if (request.chat() == ChatType.GROUP) {
            if (quiz.setId() == null || !play.setExists(quiz.setId())) {
                return play.sets(chat, WHICH_SET);
            }
            return play.startGroupQuiz(request.from(), chat, quiz.setId(), quiz.count());
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
        return play.quizzes.current(request.from().id(), chat).<List<Reply>>map(running -> List.of(new Reply.Buttons(chat,
                "You are in the middle of a quiz (" + running.setTitle() + ", question " + (running.position() + 1) + " of "
                        + running.total() + "). Go on with it, or stop it and start the new one?",
                List.of(new Reply.Button("Go on with " + running.setTitle(), new ButtonData.GoOn()),
                        new Reply.Button("Start the new one", new ButtonData.StartAnew(quiz.setId(), Math.min(quiz.count(), Quizzes.MAX_QUESTIONS_PER_QUIZ)))))))
                .orElseGet(() -> play.startQuiz(request.from(), chat, quiz.setId(), quiz.count()));
    }
}
