package quizbot.storage;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.DraftSet;
import quizbot.quiz.DraftStore;

/** Drafts in SQLite: the set's JSON, the dropped numbers, and the reserve as a set of its own. Thread-safe. */
final class SqliteDraftStore implements DraftStore {

    private static final String SAVE = """
            INSERT INTO drafts (user_id, set_json, dropped_json, reserve_json, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET set_json = excluded.set_json, dropped_json = excluded.dropped_json,
                reserve_json = excluded.reserve_json, created_at = excluded.created_at""";
    private static final String DRAFT = "SELECT set_json, dropped_json, reserve_json, created_at FROM drafts WHERE user_id = ?";
    private static final String DELETE = "DELETE FROM drafts WHERE user_id = ?";

    private final Database database;

    SqliteDraftStore(Database database) {
        this.database = database;
    }

    @Override
    public void saveDraft(long userId, DraftSet draft) {
        QuestionSet set = draft.set();
        String reserve = draft.reserve().isEmpty() ? null
                : QuestionSetJson.toJson(set.withQuestions(draft.reserve()));
        String dropped = JsonLists.write(List.copyOf(draft.dropped()));
        database.run(sql -> sql.update(SAVE, userId, QuestionSetJson.toJson(set), dropped, reserve, draft.created()));
    }

    @Override
    public Optional<DraftSet> draft(long userId) {
        String where = "draft of user " + userId;
        return database.run(sql -> sql.one(DRAFT, row -> {
            String reserve = row.getString("reserve_json");
            return new DraftSet(QuestionSetJson.parse(where, row.getString("set_json")),
                    new TreeSet<>(JsonLists.readNumbers(row.getString("dropped_json"), where)),
                    reserve == null ? List.of() : QuestionSetJson.parse(where, reserve).questions(), Sql.instant(row, "created_at"));
        }, userId));
    }

    @Override
    public void deleteDraft(long userId) {
        database.run(sql -> sql.update(DELETE, userId));
    }
}
