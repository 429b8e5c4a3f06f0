/**
 * The question-set model (records validated on construction) and its file formats: our JSON (via Jackson)
 * and the importers for Moodle GIFT, Aiken and CSV, all read through {@link quizbot.questions.QuestionSetFiles}.
 * Knows nothing of Telegram, SQL or the generator; everything else reads and writes sets through here.
 */
package quizbot.questions;
