package quizbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import quizbot.quiz.QuizSession;
import quizbot.quiz.SessionStatus;
import quizbot.quiz.SessionStore;

/** Quiz sessions in SQLite; a partial unique index keeps one active per learner and chat. Thread-safe. */
final class SqliteSessionStore implements SessionStore {

    static final String COLUMNS = "id, user_id, chat_id, set_id, set_version, question_ids_json, seed, review, status, "
            + "started_at, time_limit_ms, question_shown_at";
    private static final String STOP_ACTIVE = """
            UPDATE sessions SET status = 'STOPPED', ended_at = ?
            WHERE user_id = ? AND chat_id = ? AND status = 'ACTIVE'""";
    private static final String INSERT = """
            INSERT INTO sessions (user_id, chat_id, set_id, set_version, question_ids_json, seed, review, status, started_at,
                                  time_limit_ms, question_shown_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SESSION = "SELECT " + COLUMNS + " FROM sessions WHERE id = ?";
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM sessions WHERE user_id = ? AND chat_id = ? AND status = 'ACTIVE'";
    private static final String ACTIVE_IN = "SELECT " + COLUMNS + " FROM sessions WHERE chat_id = ? AND status = 'ACTIVE' ORDER BY id";
    static final String QUESTION_SHOWN = "UPDATE sessions SET question_shown_at = ? WHERE id = ?";
    static final String END = "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ? AND status = 'ACTIVE'";

    private final Database database;

    SqliteSessionStore(Database database) {
        this.database = database;
    }

    /** Returns the session as read back, so it equals what {@link #session} gives later (times to the millisecond). */
    @Override
    public QuizSession start(QuizSession session) {
        return database.transaction(sql -> {
            sql.update(STOP_ACTIVE, session.startedAt(), session.userId(), session.chatId());
            long id = sql.insert(INSERT, session.userId(), session.chatId(), session.setId(), session.setVersion(),
                    JsonLists.write(session.questionIds()), session.seed(), session.review(), session.status(),
                    session.startedAt(), session.timeLimit(), session.questionShownAt());
            return sql.one(SESSION, SqliteSessionStore::session, id).orElseThrow();
        });
    }

    @Override
    public Optional<QuizSession> active(long userId, long chatId) {
        return database.run(sql -> sql.one(ACTIVE, SqliteSessionStore::session, userId, chatId));
    }

    @Override
    public List<QuizSession> activeIn(long chatId) {
        return database.run(sql -> sql.list(ACTIVE_IN, SqliteSessionStore::session, chatId));
    }

    @Override
    public Optional<QuizSession> session(long sessionId) {
        return database.run(sql -> sql.one(SESSION, SqliteSessionStore::session, sessionId));
    }

    @Override
    public void questionShown(long sessionId, Instant at) {
        database.run(sql -> sql.update(QUESTION_SHOWN, at, sessionId));
    }

    @Override
    public void end(long sessionId, SessionStatus status, Instant at) {
        database.run(sql -> sql.update(END, status, at, sessionId));
    }

    private static QuizSession session(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return new QuizSession(id, row.getLong("user_id"), row.getLong("chat_id"), row.getString("set_id"),
                row.getInt("set_version"), JsonLists.read(row.getString("question_ids_json"), "session " + id),
                row.getLong("seed"), row.getInt("review") != 0, SessionStatus.valueOf(row.getString("status")),
                Sql.instant(row, "started_at"), Sql.duration(row, "time_limit_ms"), Sql.instant(row, "question_shown_at"));
    }
}
