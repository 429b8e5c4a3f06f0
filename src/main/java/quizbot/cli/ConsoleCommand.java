package quizbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import quizbot.console.ConsoleChat;
import quizbot.quiz.User;

/** {@code console}: the quiz in the terminal, on the database and bundled sets the configuration names. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Play in the terminal: commands and answers line by line from standard input (works with pipes).")
final class ConsoleCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Config config = Config.fromEnvironment(System.getenv());
        try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            wiring.loadBundledSetsAndSay(System.err);
            User user = wiring.stores.users().user(config.consoleUser()).orElse(new User(config.consoleUser(), "learner " + config.consoleUser()));
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ConsoleChat(wiring.conversation, user, in, System.out, System.console() == null, Path.of("reports")).run();
        }
        return 0;
    }
}
