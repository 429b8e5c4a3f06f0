package quizbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import quizbot.quiz.GroupRun;
import quizbot.quiz.GroupRunStore;
import quizbot.quiz.SessionStatus;

/** Group quizzes and their polls in SQLite; a partial unique index keeps one active run per group. Thread-safe. */
final class SqliteGroupRunStore implements GroupRunStore {

    private static final String COLUMNS = "id, chat_id, started_by, set_id, set_version, question_ids_json, seed, position, "
            + "open_period_ms, status";
    private static final String STOP_ACTIVE = "UPDATE group_runs SET status = 'STOPPED' WHERE chat_id = ? AND status = 'ACTIVE'";
    private static final String INSERT = """
            INSERT INTO group_runs (chat_id, started_by, set_id, set_version, question_ids_json, seed, position, open_period_ms, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RUN = "SELECT " + COLUMNS + " FROM group_runs WHERE id = ?";
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM group_runs WHERE chat_id = ? AND status = 'ACTIVE'";
    private static final String ACTIVE_RUNS = "SELECT " + COLUMNS + " FROM group_runs WHERE status = 'ACTIVE' ORDER BY id";
    private static final String POLL_OPENED = "INSERT INTO group_polls (poll_id, run_id, position, opened_at) VALUES (?, ?, ?, ?)";
    private static final String POLL = "SELECT run_id, position, opened_at FROM group_polls WHERE poll_id = ?";
    private static final String ADVANCE = "UPDATE group_runs SET position = position + 1 WHERE id = ? AND status = 'ACTIVE' AND position = ?";
    private static final String END = "UPDATE group_runs SET status = ? WHERE id = ? AND status = 'ACTIVE'";

    private final Database database;

    SqliteGroupRunStore(Database database) {
        this.database = database;
    }

    @Override
    public GroupRun start(GroupRun run) {
        return database.transaction(sql -> {
            sql.update(STOP_ACTIVE, run.chatId());
            long id = sql.insert(INSERT, run.chatId(), run.startedBy(), run.setId(), run.setVersion(),
                    JsonLists.write(run.questionIds()), run.seed(), run.position(), run.openPeriod(), run.status());
            return sql.one(RUN, SqliteGroupRunStore::run, id).orElseThrow();
        });
    }

    @Override
    public Optional<GroupRun> activeRun(long chatId) {
        return database.run(sql -> sql.one(ACTIVE, SqliteGroupRunStore::run, chatId));
    }

    @Override
    public List<GroupRun> activeRuns() {
        return database.run(sql -> sql.list(ACTIVE_RUNS, SqliteGroupRunStore::run));
    }

    @Override
    public Optional<GroupRun> run(long runId) {
        return database.run(sql -> sql.one(RUN, SqliteGroupRunStore::run, runId));
    }

    @Override
    public void pollOpened(long runId, int position, String pollId, Instant openedAt) {
        database.run(sql -> sql.update(POLL_OPENED, pollId, runId, position, openedAt));
    }

    @Override
    public Optional<PollRef> poll(String pollId) {
        return database.run(sql -> sql.one(POLL, row -> new PollRef(row.getLong("run_id"), row.getInt("position"),
                Sql.instant(row, "opened_at")), pollId));
    }

    @Override
    public boolean advance(long runId, int from) {
        return database.run(sql -> sql.update(ADVANCE, runId, from)) == 1;
    }

    @Override
    public void endRun(long runId, SessionStatus status) {
        database.run(sql -> sql.update(END, status, runId));
    }

    private static GroupRun run(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return new GroupRun(id, row.getLong("chat_id"), row.getLong("started_by"), row.getString("set_id"), row.getInt("set_version"),
                JsonLists.read(row.getString("question_ids_json"), "group run " + id), row.getLong("seed"), row.getInt("position"),
                Sql.duration(row, "open_period_ms"), SessionStatus.valueOf(row.getString("status")));
    }
}
