package quizbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import quizbot.questions.Kind;
import quizbot.quiz.Answer;
import quizbot.quiz.AnswerStore;
import quizbot.quiz.ReviewCard;
import quizbot.quiz.SessionStatus;

/**
 * Answers in SQLite, each written with its review card (and, in a private quiz, its session's progress) in one
 * transaction. The primary key
 * (session, position) makes a second answer to the same question a no-op, even when two threads or
 * two processes race. Thread-safe.
 */
final class SqliteAnswerStore implements AnswerStore {

    /** ON CONFLICT DO NOTHING: a duplicate (session, position) or (session, question) inserts no row. */
    private static final String INSERT = """
            INSERT INTO answers (session_id, position, user_id, set_id, set_version, question_id, kind, given, correct, expired,
                                 answered_at, elapsed_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    static final String SAVE_CARD = """
            INSERT INTO review_cards (user_id, set_id, question_id, box, due) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id, set_id, question_id) DO UPDATE SET box = excluded.box, due = excluded.due""";
    private static final String OF_SESSION = """
            SELECT session_id, position, user_id, set_id, set_version, question_id, kind, given, correct, expired, answered_at,
                   elapsed_ms
            FROM answers WHERE session_id = ? ORDER BY position""";

    private final Database database;

    SqliteAnswerStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean record(Answer answer, ReviewCard card) {
        return database.transaction(sql -> insert(sql, answer, card));
    }

    @Override
    public boolean recordAndMoveOn(Answer answer, ReviewCard card, boolean last) {
        return database.transaction(sql -> {
            if (!insert(sql, answer, card)) {
                return false;
            }
            if (last) {
                sql.update(SqliteSessionStore.END, SessionStatus.FINISHED, answer.answeredAt(), answer.sessionId());
            } else {
                sql.update(SqliteSessionStore.QUESTION_SHOWN, answer.answeredAt(), answer.sessionId());
            }
            return true;
        });
    }

    private static boolean insert(Sql sql, Answer answer, ReviewCard card) {
        if (sql.update(INSERT, answer.sessionId(), answer.position(), answer.userId(), answer.setId(), answer.setVersion(),
                answer.questionId(), answer.kind(), answer.given(), answer.correct(), answer.expired(), answer.answeredAt(),
                answer.elapsed()) == 0) {
            return false;
        }
        sql.update(SAVE_CARD, card.userId(), card.setId(), card.questionId(), card.box(), card.due());
        return true;
    }

    @Override
    public List<Answer> ofSession(long sessionId) {
        return database.run(sql -> sql.list(OF_SESSION, SqliteAnswerStore::answer, sessionId));
    }

    private static Answer answer(ResultSet row) throws SQLException {
        return new Answer(row.getLong("session_id"), row.getInt("position"), row.getLong("user_id"), row.getString("set_id"),
                row.getInt("set_version"), row.getString("question_id"), Kind.valueOf(row.getString("kind")),
                row.getString("given"), row.getInt("correct") != 0, row.getInt("expired") != 0,
                Sql.instant(row, "answered_at"), Sql.duration(row, "elapsed_ms"));
    }
}
