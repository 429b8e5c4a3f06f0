package quizbot.storage;

import java.time.Instant;
import java.util.Optional;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.DraftStore;

/** Drafts in SQLite, as the JSON of the set. Thread-safe. */
final class SqliteDraftStore implements DraftStore {

    private static final String SAVE = """
            INSERT INTO drafts (user_id, set_json, created_at) VALUES (?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET set_json = excluded.set_json, created_at = excluded.created_at""";
    private static final String DRAFT = "SELECT set_json FROM drafts WHERE user_id = ?";
    private static final String DELETE = "DELETE FROM drafts WHERE user_id = ?";

    private final Database database;

    SqliteDraftStore(Database database) {
        this.database = database;
    }

    @Override
    public void saveDraft(long userId, QuestionSet set, Instant at) {
        database.run(sql -> sql.update(SAVE, userId, QuestionSetJson.toJson(set), at));
    }

    @Override
    public Optional<QuestionSet> draft(long userId) {
        return database.run(sql -> sql.one(DRAFT, row -> QuestionSetJson.parse("draft of user " + userId, row.getString("set_json")), userId));
    }

    @Override
    public void deleteDraft(long userId) {
        database.run(sql -> sql.update(DELETE, userId));
    }
}
