package quizbot;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: builds every object by hand (no DI framework, no singletons). */
@Command(name = "quizbot", mixinStandardHelpOptions = true, version = "quizbot 0.1.0",
        description = "Quizbot: quizzes generated from articles.",
        subcommands = {GenerateCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    /** No command given: show what there is to run. */
    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
