package quizbot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.Answer;
import quizbot.quiz.QuizSession;
import quizbot.quiz.ReviewCard;
import quizbot.quiz.SessionStatus;
import quizbot.quiz.TestSets;
import quizbot.quiz.User;

/** What only SQLite has to show: the file, its settings, migrations, transactions and constraints. */
class DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final User ANNA = new User(1, "Anna");
    private static final long CHAT = 100;

    @TempDir
    Path folder;
    private Database database;
    private SqliteStores stores;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("quizbot.db"));
        stores = new SqliteStores(database, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T query(String sql, Class<T> type) {
        return database.run(statements -> statements.one(sql, row -> row.getObject(1, type)).orElseThrow());
    }

    private QuizSession startPlanets() {
        stores.sets().saveAll(List.of(TestSets.planets()));
        stores.users().save(ANNA);
        return stores.sessions().start(new QuizSession(0, ANNA.id(), CHAT, "planets", 1, List.of("p1", "p2", "p3"), 5, false,
                SessionStatus.ACTIVE, T0, Duration.ofSeconds(30), T0));
    }

    @Test
    void openCreatesTheFileAndItsFolders() {
        Path file = folder.resolve("data/deeper/quizbot.db");

        try (Database created = Database.open(file)) {
            assertTrue(Files.isRegularFile(file));
            assertEquals(file.toAbsolutePath(), created.file());
        }
    }

    @Test
    void theConnectionRunsInWalModeWithForeignKeysAndABusyTimeout() {
        assertEquals("wal", query("PRAGMA journal_mode", String.class));
        assertEquals(1, query("PRAGMA foreign_keys", Integer.class));
        assertEquals(5000, query("PRAGMA busy_timeout", Integer.class));
        assertEquals(1, query("PRAGMA synchronous", Integer.class), "NORMAL");
    }

    /** The migration files on the class path (V1__…, V2__…). */
    private static int migrations() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reopeningKeepsTheDataAndRunsNoMigrationAgain() {
        startPlanets();
        String history = query("SELECT group_concat(version || ':' || success || ':' || installed_on) FROM flyway_schema_history",
                String.class);
        database.close();

        database = Database.open(folder.resolve("quizbot.db"));
        stores = new SqliteStores(database, Clock.fixed(T0, ZoneOffset.UTC));

        assertEquals(history, query("SELECT group_concat(version || ':' || success || ':' || installed_on) FROM flyway_schema_history",
                String.class));
        assertEquals(migrations(), query("SELECT COUNT(*) FROM flyway_schema_history", Integer.class), "one row per migration file");
        assertEquals(1, stores.sets().latest("planets").orElseThrow().version());
        assertEquals(Optional.of(ANNA), stores.users().user(ANNA.id()));
        assertTrue(stores.sessions().active(ANNA.id(), CHAT).isPresent());
    }

    @Test
    void aFileAtSchemaVersion5KeepsItsAnswersCardsAndStatisticsThroughVersion6() throws Exception {
        Path old = folder.resolve("v5.db");
        var source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + old);
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("5").load().migrate();
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (id, name) VALUES (1, 'Anna')");
            statement.execute("INSERT INTO question_sets (id, version, title, language, content_hash, content_json, loaded_at)"
                    + " VALUES ('planets', 1, 'Planets', 'en', 'h', '{}', 0)");
            statement.execute("INSERT INTO questions (set_id, set_version, question_id, position, type, kind, prompt, options_json,"
                    + " correct, accepted_json) VALUES ('planets', 1, 'p1', 0, 'CHOICE', 'PLACE', 'Red planet?', '[\"Mars\",\"Venus\"]', 0, '[]')");
            statement.execute("INSERT INTO sessions (id, user_id, chat_id, set_id, set_version, question_ids_json, seed, review, status,"
                    + " started_at) VALUES (7, 1, 100, 'planets', 1, '[\"p1\"]', 5, 0, 'FINISHED', 0)");
            statement.execute("INSERT INTO answers (session_id, position, user_id, chat_id, set_id, set_version, question_id, kind,"
                    + " given, correct, expired, answered_at, elapsed_ms) VALUES (7, 0, 1, 100, 'planets', 1, 'p1', 'PLACE', 'Mars', 1, 0, 5000, 5000)");
            statement.execute("INSERT INTO review_cards (user_id, set_id, question_id, box, due) VALUES (1, 'planets', 'p1', 2, 86400000)");
        }

        try (Database migrated = Database.open(old)) {
            var reopened = new SqliteStores(migrated, Clock.fixed(T0, ZoneOffset.UTC));
            assertEquals(List.of(new Answer(7, 0, 1, "planets", 1, "p1", Kind.PLACE, "Mars", true, false, Instant.ofEpochMilli(5000),
                    Duration.ofSeconds(5))), reopened.answers().ofSession(7));
            assertEquals(Optional.of(new ReviewCard(1, "planets", "p1", 2, Instant.ofEpochMilli(86_400_000))),
                    reopened.reviews().card(1, "planets", "p1"));
            assertEquals(new quizbot.quiz.StatsStore.Totals(1, 1, 1), reopened.stats().totals(1));
            assertEquals(List.of(new quizbot.quiz.StatsStore.Standing(1, "Anna", 1, 1)), reopened.stats().leaderboard(100L, 10));
        }
    }

    @Test
    void aSetOverTheQuestionCapStoredBeforeTheCapIsRetiredByTheMigrationAndTheOthersStay() throws Exception {
        Path old = folder.resolve("v6.db");
        var source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + old);
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("6").load().migrate();
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO question_sets (id, version, title, language, content_hash, content_json, loaded_at) VALUES"
                    + " ('planets', 1, 'Planets', 'en', 'h1', '" + QuestionSetJson.toJson(TestSets.planets()).replace("'", "''") + "', 0),"
                    + " ('huge', 1, 'Huge', 'en', 'h2', '{}', 0)");
            var questions = connection.prepareStatement("INSERT INTO questions (set_id, set_version, question_id, position, type, kind,"
                    + " prompt, options_json, correct, accepted_json) VALUES ('huge', 1, ?, ?, 'CHOICE', 'OTHER', 'Q?', '[\"a\",\"b\"]', 0, '[]')");
            for (int i = 0; i <= quizbot.questions.Limits.MAX_QUESTIONS_PER_SET; i++) {
                questions.setString(1, "q" + i);
                questions.setInt(2, i);
                questions.addBatch();
            }
            questions.executeBatch();
        }

        try (Database migrated = Database.open(old)) {
            var reopened = new SqliteStores(migrated, Clock.fixed(T0, ZoneOffset.UTC));
            assertEquals(List.of("planets"), reopened.sets().latestSets().stream().map(quizbot.quiz.StoredSet::id).toList());
            assertTrue(reopened.sets().history("huge").retired());
            assertFalse(reopened.sets().history("planets").retired());
        }
    }

    @Test
    void aSetThatFailsToSaveLeavesTheOthersOfTheSameCallUnsaved() {
        // An honest failure inside the transaction: the database itself refuses the second set.
        database.run(sql -> {
            sql.execute("CREATE TRIGGER refuse_moons BEFORE INSERT ON question_sets WHEN NEW.id = 'moons' "
                    + "BEGIN SELECT RAISE(ABORT, 'moons refused'); END");
            return null;
        });
        QuestionSet moons = TestSets.set("moons", "Moons", TestSets.typed("m1", Kind.PLACE, "Moon of Earth?", "the Moon"));

        StorageException failure = assertThrows(StorageException.class, () -> stores.sets().saveAll(List.of(TestSets.planets(), moons)));

        assertTrue(failure.getMessage().contains("moons refused"), failure.getMessage());
        assertTrue(failure.getMessage().contains("INSERT INTO question_sets"), "names the SQL: " + failure.getMessage());
        assertEquals(Optional.empty(), stores.sets().latest("planets"));
        assertEquals(0, query("SELECT COUNT(*) FROM questions", Integer.class));
        assertEquals(List.of(), stores.sets().latestSets());
        assertEquals(1, stores.sets().saveAll(List.of(TestSets.planets())).get(0).set().version(), "the database is usable again");
    }

    @Test
    void aStartThatFailsLeavesTheActiveQuizActive() {
        QuizSession active = startPlanets();

        assertThrows(StorageException.class, () -> stores.sessions().start(new QuizSession(0, ANNA.id(), CHAT, "no-such-set", 1,
                List.of("x"), 1, false, SessionStatus.ACTIVE, T0.plusSeconds(60), null, null)));

        assertEquals(Optional.of(active), stores.sessions().active(ANNA.id(), CHAT));
    }

    @Test
    void theSchemaAllowsOneActiveQuizPerLearnerAndChat() {
        QuizSession first = startPlanets();
        stores.sessions().start(new QuizSession(0, ANNA.id(), CHAT, "planets", 1, List.of("p4"), 6, false, SessionStatus.ACTIVE,
                T0.plusSeconds(60), null, null));

        StorageException failure = assertThrows(StorageException.class,
                () -> database.run(sql -> sql.update("UPDATE sessions SET status = 'ACTIVE' WHERE id = ?", first.id())));

        assertTrue(failure.getMessage().contains("UNIQUE"), failure.getMessage());
        assertEquals("UPDATE sessions SET status = 'ACTIVE' WHERE id = ?", failure.sql());
    }

    @Test
    void anAnswerToAQuestionTheSessionHasAnsweredIsRefused() {
        QuizSession session = startPlanets();
        var card = new ReviewCard(ANNA.id(), "planets", "p1", 2, T0.plus(Duration.ofDays(1)));
        Answer first = new Answer(session.id(), 0, ANNA.id(), "planets", 1, "p1", Kind.PLACE, "Mercury", true, false, T0, Duration.ZERO);
        assertTrue(stores.answers().record(first, card));

        Answer samePromptAgain = new Answer(session.id(), 1, ANNA.id(), "planets", 1, "p1", Kind.PLACE, "Venus", false, false,
                T0.plusSeconds(5), Duration.ofSeconds(5));

        assertFalse(stores.answers().record(samePromptAgain, new ReviewCard(ANNA.id(), "planets", "p1", 1, T0.plusSeconds(5))));
        assertEquals(List.of(first), stores.answers().ofSession(session.id()));
        assertEquals(Optional.of(card), stores.reviews().card(ANNA.id(), "planets", "p1"));
    }

    @Test
    void timesAreStoredAsEpochMillisAndDurationsAsMillis() {
        QuizSession session = startPlanets();
        stores.sessions().end(session.id(), SessionStatus.STOPPED, T0.plusSeconds(90));

        assertEquals(T0.toEpochMilli(), query("SELECT started_at FROM sessions", Long.class));
        assertEquals(30_000L, query("SELECT time_limit_ms FROM sessions", Long.class));
        assertEquals(T0.plusSeconds(90).toEpochMilli(), query("SELECT ended_at FROM sessions", Long.class));
        assertEquals(T0.toEpochMilli(), query("SELECT loaded_at FROM question_sets", Long.class));
    }

    @Test
    void aSetVersionIsKeptAsJsonWithItsHashAndQuestionRows() {
        stores.sets().saveAll(List.of(TestSets.planets()));
        String json = QuestionSetJson.toJson(TestSets.planets());

        assertEquals(json, query("SELECT content_json FROM question_sets", String.class));
        assertEquals(SqliteQuestionSetStore.sha256(json), query("SELECT content_hash FROM question_sets", String.class));
        assertEquals(64, SqliteQuestionSetStore.sha256(json).length());
        assertEquals("p1,p2,p3,p4,p5", query("SELECT group_concat(question_id) FROM (SELECT question_id FROM questions "
                + "WHERE set_id = 'planets' AND set_version = 1 ORDER BY position)", String.class));
        assertEquals("[\"William Herschel\",\"Herschel\"]", query("SELECT accepted_json FROM questions WHERE question_id = 'p4'",
                String.class));
    }

    @Test
    void aFailingStatementNamesItsSql() {
        StorageException failure = assertThrows(StorageException.class,
                () -> database.run(sql -> sql.list("SELECT name FROM no_such_table", row -> row.getString(1))));

        assertTrue(failure.getMessage().contains("[SQL: SELECT name FROM no_such_table]"), failure.getMessage());
    }

    @Test
    void aClosedDatabaseRefusesWorkAndClosesOnce() {
        database.close();

        assertThrows(IllegalStateException.class, () -> stores.users().user(1));
        database.close();
    }
}
