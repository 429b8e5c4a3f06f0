/**
 * Class reports for teachers: who learned what in an assignment, as figures ({@link quizbot.report.ClassReport}),
 * a Telegram text table, a two-table CSV and a PNG chart. Pure computation: no SQL, no Telegram, no JSON.
 */
package quizbot.report;
