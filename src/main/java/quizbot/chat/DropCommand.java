package quizbot.chat;

import java.util.HashSet;
import java.util.List;
import quizbot.quiz.Classes;

/** /drop <numbers>: a teacher drops questions from their draft by number. */
final class DropCommand implements Command {

    private static final Spec SPEC = Spec.of("drop", Role.TEACHER).in(ChatType.PRIVATE, "/drop <numbers> – drop questions from your draft", null);

    private static final String USAGE = "Usage: /drop <question numbers>, e.g. /drop 2 5 7";

    private final Classes classes;

    DropCommand(Classes classes) {
        this.classes = classes;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

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
        return Teaching.worded(request.chatId(), classes.dropFromDraft(request.from(), numbers), Teaching::preview);
    }
}
