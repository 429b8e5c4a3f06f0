package quizbot.chat;

import java.util.List;
import java.util.regex.Pattern;
import quizbot.quiz.ClassReports;
import quizbot.quiz.Outcome;
import quizbot.report.ClassReport;
import quizbot.report.ReportText;

/** /report &lt;class&gt; [set]: a teacher's class report as a table, a chart and a CSV file; slow work. */
record ReportCommand(ClassReports reports) implements Command {

    private static final Spec SPEC = Spec.of("report", Role.TEACHER)
            .in(ChatType.PRIVATE, "/report <class> [set] – how a class did: a table, a chart and a CSV file", null);

    /** What may follow the class name: a set id, or nothing. */
    private static final Pattern SET = Pattern.compile("[A-Za-z0-9_-]*");

    @Override
    public List<Reply> handle(Request request) {
        var readings = ClassArgument.readings(request.argument(), SET);
        if (readings.isEmpty()) {
            return Command.say(request.chatId(), "Usage: /report <class> [set]");
        }
        return List.of(new Reply.Slow(request.chatId(), request.from().id(), null, () -> report(request, readings)));
    }

    /** The report itself: reads every attempt and draws the chart, so it runs as slow work. */
    private List<Reply> report(Request request, List<ClassArgument.Reading> readings) {
        long chat = request.chatId();
        Outcome<ClassReport> outcome = ClassArgument.first(readings, reading -> reports.report(request.from(), reading.className(),
                reading.rest().group().isEmpty() ? null : reading.rest().group())).outcome();
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
