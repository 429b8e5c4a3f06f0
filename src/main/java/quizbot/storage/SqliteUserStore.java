package quizbot.storage;

import java.util.Optional;
import quizbot.quiz.User;
import quizbot.quiz.UserStore;

/** Learners in SQLite; a username belongs to the user last saved with it (any case). Thread-safe. */
final class SqliteUserStore implements UserStore {

    private static final String SAVE = """
            INSERT INTO users (id, name, username) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, username = coalesce(excluded.username, users.username)""";
    private static final String USER = "SELECT id, name, username FROM users WHERE id = ?";
    /** Telegram usernames are unique at any one time: whoever was last seen with one has it. */
    private static final String GIVE_UP_USERNAME = "UPDATE users SET username = NULL WHERE lower(username) = lower(?) AND id <> ?";

    private final Database database;

    SqliteUserStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(User user) {
        if (user.username() == null) {
            database.run(sql -> sql.update(SAVE, user.id(), user.name(), null));
            return;
        }
        database.transaction(sql -> {
            sql.update(GIVE_UP_USERNAME, user.username(), user.id());
            return sql.update(SAVE, user.id(), user.name(), user.username());
        });
    }

    @Override
    public Optional<User> user(long userId) {
        return database.run(sql -> sql.one(USER, SqliteUserStore::user, userId));
    }

    static User user(java.sql.ResultSet row) throws java.sql.SQLException {
        return new User(row.getLong("id"), row.getString("name"), row.getString("username"));
    }
}
