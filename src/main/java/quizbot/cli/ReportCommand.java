package quizbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizbot.quiz.Outcome;
import quizbot.quiz.Refusal;
import quizbot.report.ClassReport;
import quizbot.report.ReportChart;
import quizbot.report.ReportCsv;
import quizbot.report.ReportText;

/** {@code report CLASS [--teacher ID] [--set SET] [--csv FILE] [--png FILE]}: a class's report, as teachers get it in the chat. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a class's report on its newest assignment; write the CSV and the chart if asked.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CLASS", description = "The class name.")
    String className;

    @Option(names = "--teacher", paramLabel = "ID", description = "The teacher's user id, when several teachers have a class of that name.")
    Long teacher;

    @Option(names = "--set", description = "Report on the newest assignment of this set (default: the newest assignment).")
    String set;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the report as CSV.")
    Path csv;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the chart as PNG.")
    Path png;

    @Option(names = "--db", paramLabel = "FILE", description = "The database file (default: QUIZBOT_DB, else data/quizbot.db).")
    Path database;

    @Override
    public Integer call() throws IOException {
        Config config = Config.fromEnvironment(System.getenv());
        if (database != null) {
            config = config.withDatabase(database);
        }
        try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            Outcome<ClassReport> outcome = wiring.teaching.reports().reportFor(className, teacher, set);
            if (!(outcome instanceof Outcome.Done<ClassReport> done)) {
                System.err.println("report: " + refusal(((Outcome.Refused<ClassReport>) outcome).reason()));
                return 1;
            }
            ClassReport report = done.value();
            System.out.println(ReportText.table(report));
            if (csv != null) {
                Files.write(csv, ReportCsv.utf8WithBom(report));
                System.err.println("report: wrote " + csv);
            }
            if (png != null) {
                Files.write(png, ReportChart.png(report));
                System.err.println("report: wrote " + png);
            }
            return 0;
        }
    }

    /** The command line's words for why there is no report. */
    private static String refusal(Refusal reason) {
        if (reason instanceof Refusal.AmbiguousClass ambiguous) {
            return ambiguous.teachers() + " teachers have a class called \"" + ambiguous.name() + "\"; name the teacher with --teacher <id>.";
        }
        if (reason instanceof Refusal.NoAssignment none) {
            return none.className() + " has no assignment" + (none.setId() == null ? "" : " of " + none.setId()) + " yet. Give one with /assign.";
        }
        return reason instanceof Refusal.NoSuchClass none ? "There is no class called \"" + none.name() + "\"." : reason.toString();
    }
}
