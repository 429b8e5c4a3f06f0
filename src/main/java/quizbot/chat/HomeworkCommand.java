package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import quizbot.quiz.Assignments;

/** /homework: the assignments still open to the learner, a button each to take one. */
record HomeworkCommand(Assignments assignments) implements Command {

    private static final Spec SPEC = Spec.of("homework", Role.LEARNER).in(ChatType.PRIVATE, "/homework – what your teachers gave you", null);

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        List<Assignments.Homework> open = assignments.homework(request.from());
        if (open.isEmpty()) {
            return Command.say(chat, "No homework is open for you.");
        }
        var text = new StringBuilder("Your homework:");
        var buttons = new ArrayList<Reply.Button>();
        for (Assignments.Homework work : open) {
            var assignment = work.assignment();
            text.append("\n• ").append(work.classroom().name()).append(": ").append(work.setTitle()).append(", ")
                    .append(QuizTexts.questions(assignment.questionIds().size()))
                    .append(assignment.due() == null ? "" : ", due " + AssignCommand.utc(assignment.due()))
                    .append(assignment.attemptLimit() == null ? "" : ", attempt " + (work.attemptsUsed() + 1) + " of " + assignment.attemptLimit());
            buttons.add(new Reply.Button(work.classroom().name() + ": " + work.setTitle(), new ButtonData.TakeHomework(assignment.id())));
        }
        return List.of(new Reply.Buttons(chat, text.toString(), buttons));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
