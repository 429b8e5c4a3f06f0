package quizbot.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizbot.questions.QuestionSetFileException;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.SetLoader;

/** {@code load FILE.json…}: validates every file, then loads them all in one transaction, or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load question sets into the database (QUIZBOT_DB): all files or, on any error, none.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.json", arity = "1..*", description = "Question set files.")
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
        } catch (QuestionSetFileException | IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage() + "; nothing was loaded");
            return 1;
        }
    }
}
