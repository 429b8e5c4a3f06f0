/**
 * The command line: the picocli commands ({@code Main} and its subcommands) and the wiring they share
 * ({@code Config}, {@code Wiring}, {@code Articles}), which builds the packages together by hand. Nothing
 * else depends on this package.
 */
package quizbot.cli;
