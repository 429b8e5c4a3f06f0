/**
 * The conversation: incoming events (text, button press, document, poll answer) become calls on the
 * quiz rules, and results become {@link quizbot.chat.Reply} values. Both adapters, Telegram and the
 * console, drive this one layer, so the console plays exactly what Telegram plays.
 */
package quizbot.chat;
