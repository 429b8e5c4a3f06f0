/**
 * The Telegram adapter: long polling and the Bot API client of TelegramBots; updates become chat
 * events (per chat in order, chats in parallel) and replies become Bot API calls sent through one
 * rate-limited, retrying outgoing queue.
 */
package quizbot.telegram;
