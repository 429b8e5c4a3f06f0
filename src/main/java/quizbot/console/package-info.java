/**
 * A terminal chat over the same conversation as Telegram: replies are printed, buttons become
 * numbered choices, and commands and answers are read line by line from standard input.
 */
package quizbot.console;
