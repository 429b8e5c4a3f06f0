package quizbot.console.archfixture;

import picocli.CommandLine;

/** A console class that parses the command line itself, which the architecture rules must catch. */
public final class CommandLineFixture {
    public int run(Object command, String... args) {
        return new CommandLine(command).execute(args);
    }
}
