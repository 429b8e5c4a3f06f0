package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.quiz.QuestionView;
import quizbot.quiz.User;

/**
 * /start: a greeting, and the quiz in progress or the sets; with a deep link's payload
 * ({@code t.me/<bot>?start=<payload>}) {@code join_<code>} joins a class and {@code quiz_<set>}
 * starts a quiz. In a group it shows the group's help.
 */
record StartCommand(QuizPlay play, TeacherChat teaching, Commands.HelpText help) implements Command {

    private static final Spec SPEC = Spec.of("start", Role.LEARNER).in(ChatType.PRIVATE, null, null).in(ChatType.GROUP, null, null);

    static final String HELP_HINT = "Type /help to see what I can do.";
    private static final Pattern QUIZ_LINK = Pattern.compile("quiz_([A-Za-z0-9_-]{1,48})");

    @Override
    public List<Reply> handle(Request request) {
        if (request.chat() == ChatType.GROUP) {
            return Command.say(request.chatId(), help.text(ChatType.GROUP, Role.LEARNER));
        }
        return request.argument().isEmpty() ? start(request.from(), request.chatId())
                : deepLink(request.from(), request.chatId(), request.argument());
    }

    private List<Reply> start(User user, long chat) {
        var replies = new ArrayList<Reply>();
        replies.add(new Reply.Text(chat, "Hello, " + user.name() + "! I make quizzes from articles. " + HELP_HINT));
        Optional<QuestionView> current = play.quizzes.resume(user.id(), chat);
        if (current.isPresent()) {
            replies.add(new Reply.Text(chat, "You have a quiz in progress; here is where you left off."));
            replies.add(QuizTexts.question(chat, current.get()));
        } else {
            replies.addAll(play.sets(chat, "Pick a set to start a quiz:"));
        }
        return replies;
    }

    private List<Reply> deepLink(User user, long chat, String payload) {
        Matcher join = TeacherChat.JOIN_LINK.matcher(payload);
        if (join.matches()) {
            return teaching.join(user, chat, join.group(1));
        }
        Matcher quiz = QUIZ_LINK.matcher(payload);
        if (quiz.matches() && play.setExists(quiz.group(1))) {
            return play.startQuiz(user, chat, quiz.group(1), play.settings.questionsPerQuiz());
        }
        var replies = new ArrayList<Reply>();
        replies.add(new Reply.Text(chat, "That link does not lead anywhere (any more)."));
        replies.addAll(start(user, chat));
        return replies;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
