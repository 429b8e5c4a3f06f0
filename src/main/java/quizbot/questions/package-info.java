/**
 * The question-set model (records validated on construction) and its file format (JSON via Jackson).
 * Knows nothing of Telegram, SQL or the generator; everything else reads and writes sets through here.
 */
package quizbot.questions;
