package quizbot.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.SetLoader;

/** {@code load FILE…}: checks every file and names every problem, then loads them all in one transaction, or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load question sets into the database (QUIZBOT_DB): all files or, on any error, none; every error is listed.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Question set files: .json (Quizbot's format), .gift (Moodle GIFT), .aiken or .txt (Aiken), .csv.")
    List<Path> files;

    @Option(names = "--db", paramLabel = "FILE", description = "The database file (default: QUIZBOT_DB, else data/quizbot.db).")
    Path database;

    @Override
    public Integer call() {
        Config config = Config.fromEnvironment(System.getenv());
        if (database != null) {
            config = config.withDatabase(database);
        }
        try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            List<QuestionSetStore.Loaded> loaded = new SetLoader(wiring.stores.sets()).load(files);
            for (QuestionSetStore.Loaded set : loaded) {
                System.out.println((set.added() ? "loaded " : "unchanged ") + set.set().id() + " version " + set.set().version()
                        + " (" + set.set().content().questions().size() + " questions)");
            }
            return 0;
        } catch (SetLoader.Refused e) {
            System.err.println("load: nothing was loaded; " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                    + " in the " + e.files() + " file" + (e.files() == 1 ? "" : "s") + " given:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            return 1;
        }
    }
}
