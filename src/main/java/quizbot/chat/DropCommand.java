package quizbot.chat;

import java.util.HashSet;
import java.util.List;
import quizbot.quiz.Drafts;
import quizbot.quiz.Refusal;

/** /drop <numbers>: a teacher drops questions from their draft by number. */
record DropCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("drop", Role.TEACHER).in(ChatType.PRIVATE, "/drop <numbers> – drop questions from your draft", null);

    private static final String USAGE = "Usage: /drop <question numbers>, e.g. /drop 2 5 7";

    @Override
    public List<Reply> handle(Request request) {
        var numbers = new HashSet<Integer>();
        for (String word : request.argument().split("[\\s,]+")) {
            if (word.matches("\\d{1,4}")) {
                numbers.add(Integer.parseInt(word));
            } else if (!word.isBlank()) {
                return Command.say(request.chatId(), USAGE);
            }
        }
        if (numbers.isEmpty()) {
            return Command.say(request.chatId(), USAGE);
        }
        return TeacherChat.worded(request.chatId(), drafts.drop(request.from(), numbers), TeacherChat::preview,
                reason -> reason instanceof Refusal.NoDraft ? "You have no draft. Send me an article (a .txt file or a long message) first." : null);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
