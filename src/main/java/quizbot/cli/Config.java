package quizbot.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import quizbot.web.ArticleFetcher;

/**
 * Settings read once from the environment at start-up. The bot token is a secret: it is never
 * printed, and {@link #toString()} shows it redacted.
 *
 * @param botToken         TELEGRAM_BOT_TOKEN; null or blank means console mode
 * @param telegramApiUrl   TELEGRAM_API_URL, the Bot API server; null means the official one
 * @param database         QUIZBOT_DB, default data/quizbot.db
 * @param consoleUser      QUIZBOT_CONSOLE_USER, default 1: the learner the console plays as
 * @param questionsFolder  QUIZBOT_QUESTIONS, default questions: sets loaded at start-up when new or changed
 * @param questionsPerQuiz QUIZBOT_QUIZ_SIZE, default 10
 * @param timeLimit        QUIZBOT_TIME_LIMIT in seconds per question, default none (null)
 * @param pollPeriod       QUIZBOT_POLL_SECONDS, how long each poll of a group quiz stays open, default 30
 * @param admins           QUIZBOT_ADMINS, the user ids (comma-separated) who may load sets and make teachers
 * @param botUsername      the bot's username, learned from Telegram at start (null in the console)
 * @param fetchLocalNetwork QUIZBOT_FETCH_PRIVATE=1: teachers' links may lead to loopback and private addresses (tests, an intranet)
 */
record Config(String botToken, String telegramApiUrl, Path database, long consoleUser, Path questionsFolder, int questionsPerQuiz,
              Duration timeLimit, Duration pollPeriod, Set<Long> admins, String botUsername, boolean fetchLocalNetwork) {

    static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.get("TELEGRAM_BOT_TOKEN"),
                env.get("TELEGRAM_API_URL"),
                Path.of(env.getOrDefault("QUIZBOT_DB", "data/quizbot.db")),
                number(env, "QUIZBOT_CONSOLE_USER", 1),
                Path.of(env.getOrDefault("QUIZBOT_QUESTIONS", "questions")),
                (int) number(env, "QUIZBOT_QUIZ_SIZE", 10),
                env.containsKey("QUIZBOT_TIME_LIMIT") ? Duration.ofSeconds(number(env, "QUIZBOT_TIME_LIMIT", 0)) : null,
                Duration.ofSeconds(number(env, "QUIZBOT_POLL_SECONDS", 30)),
                ids(env.getOrDefault("QUIZBOT_ADMINS", "")), null,
                Set.of("1", "true").contains(env.getOrDefault(ArticleFetcher.ALLOW_LOCAL_NETWORK_VARIABLE, "")));
    }

    private static Set<Long> ids(String list) {
        var ids = new java.util.HashSet<Long>();
        for (String id : list.split("[,\\s]+")) {
            if (!id.isBlank()) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("QUIZBOT_ADMINS must be user ids separated by commas, found \"" + id + "\"");
                }
            }
        }
        return Set.copyOf(ids);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of at least 1, was \"" + value + "\"");
        }
    }

    /** The same settings on another database file. */
    Config withDatabase(Path file) {
        return new Config(botToken, telegramApiUrl, file, consoleUser, questionsFolder, questionsPerQuiz, timeLimit, pollPeriod,
                admins, botUsername, fetchLocalNetwork);
    }

    /** The same settings with the bot's username, once Telegram has told it. */
    Config withBotUsername(String username) {
        return new Config(botToken, telegramApiUrl, database, consoleUser, questionsFolder, questionsPerQuiz, timeLimit, pollPeriod,
                admins, username, fetchLocalNetwork);
    }

    boolean telegramMode() {
        return botToken != null && !botToken.isBlank();
    }

    @Override
    public String toString() {
        return "Config[botToken=" + (telegramMode() ? "<redacted>" : "<none>") + ", telegramApiUrl=" + telegramApiUrl
                + ", database=" + database
                + ", consoleUser=" + consoleUser + ", questionsFolder=" + questionsFolder
                + ", questionsPerQuiz=" + questionsPerQuiz + ", timeLimit=" + timeLimit + ", pollPeriod=" + pollPeriod
                + ", admins=" + admins + ", botUsername=" + botUsername + "]";
    }
}
