package quizbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: builds every object by hand (no DI framework, no singletons). */
@Command(name = "quizbot", mixinStandardHelpOptions = true, version = "quizbot 0.1.0",
        description = "Quizbot: quizzes generated from articles. Without a command: the Telegram bot when"
                + " TELEGRAM_BOT_TOKEN is set, else the quiz in the terminal.",
        subcommands = {RunCommand.class, ConsoleCommand.class, LoadCommand.class, ReportCommand.class, GenerateCommand.class,
                BenchCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The commands, with failures reported as one line naming what went wrong, never a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + error.getMessage());
            return 1;
        });
    }

    /** No command given: the main job. The Telegram bot when a token is set, else the console quiz. */
    @Override
    public Integer call() throws InterruptedException {
        return Config.fromEnvironment(System.getenv()).telegramMode() ? new RunCommand().call() : new ConsoleCommand().call();
    }
}
