package quizbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import quizbot.quiz.ReviewCard;
import quizbot.quiz.ReviewStore;

/** The review schedule in SQLite (written by {@link SqliteAnswerStore}). Thread-safe. */
final class SqliteReviewStore implements ReviewStore {

    private static final String CARD = "SELECT user_id, set_id, question_id, box, due FROM review_cards "
            + "WHERE user_id = ? AND set_id = ? AND question_id = ?";
    private static final String DUE = """
            SELECT user_id, set_id, question_id, box, due FROM review_cards
            WHERE user_id = ? AND due <= ?
            ORDER BY due, set_id, question_id
            LIMIT ?""";

    private final Database database;

    SqliteReviewStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<ReviewCard> card(long userId, String setId, String questionId) {
        return database.run(sql -> sql.one(CARD, SqliteReviewStore::card, userId, setId, questionId));
    }

    @Override
    public List<ReviewCard> due(long userId, Instant now, int limit) {
        return database.run(sql -> sql.list(DUE, SqliteReviewStore::card, userId, now, limit));
    }

    private static ReviewCard card(ResultSet row) throws SQLException {
        return new ReviewCard(row.getLong("user_id"), row.getString("set_id"), row.getString("question_id"), row.getInt("box"),
                Sql.instant(row, "due"));
    }
}
