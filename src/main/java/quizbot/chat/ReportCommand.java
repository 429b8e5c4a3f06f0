package quizbot.chat;

import java.util.List;
import quizbot.quiz.ClassReports;
import quizbot.quiz.Outcome;
import quizbot.report.ClassReport;
import quizbot.report.ReportText;

/** /report &lt;class&gt; [set]: a teacher's class report as a table, a chart and a CSV file; slow work. */
record ReportCommand(ClassReports reports) implements Command {

    private static final Spec SPEC = Spec.of("report", Role.TEACHER)
            .in(ChatType.PRIVATE, "/report <class> [set] – how a class did: a table, a chart and a CSV file", null);

    @Override
    public List<Reply> handle(Request request) {
        String argument = request.argument();
        String[] words = argument.isBlank() ? new String[0] : argument.split("\\s+");
        if (words.length < 1 || words.length > 2) {
            return Command.say(request.chatId(), "Usage: /report <class> [set]");
        }
        return List.of(new Reply.Slow(request.chatId(), request.from().id(), null, () -> report(request, words)));
    }

    /** The report itself: reads every attempt and draws the chart, so it runs as slow work. */
    private List<Reply> report(Request request, String[] words) {
        long chat = request.chatId();
        Outcome<ClassReport> outcome = reports.report(request.from(), words[0], words.length == 2 ? words[1] : null);
        if (!(outcome instanceof Outcome.Done<ClassReport> done)) {
            return Command.say(chat, RefusalTexts.of(outcome));
        }
        ClassReport report = done.value();
        String name = report.className().replaceAll("[^A-Za-z0-9_-]+", "-");
        return List.of(new Reply.Text(chat, ReportText.table(report)), new Reply.ReportFiles(chat, report,
                name + ".png", "Scores and questions: " + report.className(), name + ".csv", "The report as CSV, for a spreadsheet"));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
