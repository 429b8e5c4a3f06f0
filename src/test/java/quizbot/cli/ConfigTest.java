package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settings from the environment: defaults, clear errors, and a token that is never shown. */
class ConfigTest {

    @Test
    void defaultsAreTheConsoleOnDataQuizbotDb() {
        Config config = Config.fromEnvironment(Map.of());
        assertFalse(config.telegramMode());
        assertEquals(Path.of("data/quizbot.db"), config.database());
        assertEquals(1, config.consoleUser());
        assertEquals(10, config.questionsPerQuiz());
        assertNull(config.timeLimit());
        assertEquals(Duration.ofSeconds(30), config.pollPeriod());
        assertEquals(Set.of(), config.admins());
    }

    @Test
    void theTokenNeverShowsInTheSettingsText() {
        Config config = Config.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123456789:AAsecret-token-value",
                "QUIZBOT_ADMINS", "42, 43"));
        assertTrue(config.telegramMode());
        assertFalse(config.toString().contains("AAsecret"), config.toString());
        assertTrue(config.toString().contains("<redacted>"));
        assertEquals(Set.of(42L, 43L), config.admins());
    }

    @Test
    void aBadNumberIsAClearError() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> Config.fromEnvironment(Map.of("QUIZBOT_TIME_LIMIT", "soon")));
        assertEquals("QUIZBOT_TIME_LIMIT must be a whole number of at least 1, was \"soon\"", error.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("QUIZBOT_ADMINS", "alice")))
                .getMessage().contains("QUIZBOT_ADMINS"));
    }
}
