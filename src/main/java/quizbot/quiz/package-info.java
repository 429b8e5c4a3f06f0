/**
 * The quiz rules: sessions, answering once, scoring, streaks, spaced review. Plain Java: knows
 * nothing of Telegram, SQL or JSON, and declares the stores it needs as interfaces.
 */
package quizbot.quiz;
