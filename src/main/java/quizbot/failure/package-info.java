/**
 * The root of the bot's own failures and their categories; every package may use it, and it uses
 * none of them.
 */
package quizbot.failure;
