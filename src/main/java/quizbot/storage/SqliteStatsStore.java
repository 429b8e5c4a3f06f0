package quizbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import quizbot.questions.Kind;
import quizbot.quiz.SessionStatus;
import quizbot.quiz.StatsStore;

/** Totals, recent quizzes, leaderboards and per-kind shares, each one SQL query. Thread-safe. */
final class SqliteStatsStore implements StatsStore {

    private static final String TOTALS = """
            SELECT (SELECT COUNT(*) FROM sessions WHERE user_id = ? AND status = 'FINISHED') AS quizzes,
                   COUNT(*) AS answered, COALESCE(SUM(a.correct), 0) AS correct
            FROM sessions s JOIN answers a ON a.session_id = s.id WHERE s.user_id = ?""";
    /** The title is that of the set version the quiz was played from. */
    private static final String RECENT = """
            SELECT s.id, COALESCE(q.title, s.set_id) AS title, s.status, s.started_at,
                   json_array_length(s.question_ids_json) AS questions,
                   (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id) AS answered,
                   (SELECT COALESCE(SUM(a.correct), 0) FROM answers a WHERE a.session_id = s.id) AS correct
            FROM sessions s LEFT JOIN question_sets q ON q.id = s.set_id AND q.version = s.set_version
            WHERE s.user_id = ?
            ORDER BY s.started_at DESC, s.id DESC
            LIMIT ?""";
    private static final String LEADERBOARD = """
            SELECT s.user_id, COALESCE(u.name, 'user ' || s.user_id) AS name, SUM(a.correct) AS correct, COUNT(*) AS answered
            FROM sessions s JOIN answers a ON a.session_id = s.id LEFT JOIN users u ON u.id = s.user_id
            %s
            GROUP BY s.user_id
            ORDER BY correct DESC, answered ASC, s.user_id ASC
            LIMIT ?""";
    private static final String LEADERBOARD_ALL = LEADERBOARD.formatted("");
    private static final String LEADERBOARD_OF_CHAT = LEADERBOARD.formatted("WHERE s.chat_id = ?");
    private static final String BY_KIND = """
            SELECT a.kind, COALESCE(SUM(a.correct), 0) AS correct, COUNT(*) AS answered
            FROM sessions s JOIN answers a ON a.session_id = s.id WHERE s.user_id = ?
            GROUP BY a.kind""";

    private final Database database;

    SqliteStatsStore(Database database) {
        this.database = database;
    }

    @Override
    public Totals totals(long userId) {
        return database.run(sql -> sql.one(TOTALS,
                row -> new Totals(row.getInt("quizzes"), row.getInt("answered"), row.getInt("correct")), userId, userId).orElseThrow());
    }

    @Override
    public List<QuizResult> recentQuizzes(long userId, int limit) {
        return database.run(sql -> sql.list(RECENT, row -> new QuizResult(row.getLong("id"), row.getString("title"),
                row.getInt("correct"), row.getInt("answered"), row.getInt("questions"), SessionStatus.valueOf(row.getString("status")),
                Sql.instant(row, "started_at")), userId, limit));
    }

    @Override
    public List<Standing> leaderboard(Long chatId, int limit) {
        return database.run(sql -> chatId == null
                ? sql.list(LEADERBOARD_ALL, SqliteStatsStore::standing, limit)
                : sql.list(LEADERBOARD_OF_CHAT, SqliteStatsStore::standing, chatId, limit));
    }

    private static Standing standing(ResultSet row) throws SQLException {
        return new Standing(row.getLong("user_id"), row.getString("name"), row.getInt("correct"), row.getInt("answered"));
    }

    /** At most one row per kind; put in the order of {@link Kind} here rather than spelling the enum out in SQL. */
    @Override
    public List<KindShare> byKind(long userId) {
        return database.run(sql -> sql.list(BY_KIND,
                row -> new KindShare(Kind.valueOf(row.getString("kind")), row.getInt("correct"), row.getInt("answered")), userId))
                .stream().sorted(Comparator.comparing(KindShare::kind)).toList();
    }
}
