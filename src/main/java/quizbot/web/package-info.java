/**
 * Web pages as article sources: the main text of an HTML page (Readability4J, then its block
 * elements as lines) and a guarded fetch of a link (public addresses only, bounded size and time).
 * Knows nothing of chats, Telegram or storage; the generator never imports it.
 */
package quizbot.web;
