package quizbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import quizbot.quiz.Assignment;
import quizbot.quiz.ClassStore;
import quizbot.quiz.Classroom;
import quizbot.quiz.User;

/** Teachers, classes, members and assignments in SQLite. Thread-safe. */
final class SqliteClassStore implements ClassStore {

    private static final String IS_TEACHER = "SELECT 1 FROM teachers WHERE user_id = ?";
    private static final String GRANT = "INSERT INTO teachers (user_id, granted_by, granted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String REVOKE = "DELETE FROM teachers WHERE user_id = ?";
    private static final String BY_USERNAME = "SELECT id, name, username FROM users WHERE lower(username) = lower(?)";
    private static final String CLASS_COLUMNS = "id, teacher_id, name, join_code, created_at";
    private static final String CREATE_CLASS = """
            INSERT INTO classes (teacher_id, name, join_code, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String CLASS_BY_CODE = "SELECT " + CLASS_COLUMNS + " FROM classes WHERE join_code = ?";
    private static final String CLASS_BY_NAME = "SELECT " + CLASS_COLUMNS + " FROM classes WHERE teacher_id = ? AND name = ?";
    private static final String CLASS = "SELECT " + CLASS_COLUMNS + " FROM classes WHERE id = ?";
    private static final String CLASSES_NAMED = "SELECT " + CLASS_COLUMNS + " FROM classes WHERE name = ? ORDER BY id";
    private static final String CLASSES_OF = "SELECT " + CLASS_COLUMNS + " FROM classes WHERE teacher_id = ? ORDER BY name";
    private static final String CLASSES_JOINED = """
            SELECT c.id, c.teacher_id, c.name, c.join_code, c.created_at FROM classes c
            JOIN class_members m ON m.class_id = c.id WHERE m.user_id = ? ORDER BY c.id""";
    private static final String JOIN = "INSERT INTO class_members (class_id, user_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String REMOVE = "DELETE FROM class_members WHERE class_id = ? AND user_id = ?";
    private static final String MEMBERS = """
            SELECT u.id, u.name, u.username FROM users u JOIN class_members m ON m.user_id = u.id
            WHERE m.class_id = ? ORDER BY u.name, u.id""";
    private static final String ASSIGNMENT_COLUMNS = "id, class_id, set_id, set_version, question_ids_json, due, attempt_limit, created_at";
    private static final String ASSIGN = """
            INSERT INTO assignments (class_id, set_id, set_version, question_ids_json, due, attempt_limit, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String ASSIGNMENT = "SELECT " + ASSIGNMENT_COLUMNS + " FROM assignments WHERE id = ?";
    private static final String ASSIGNMENTS_OF = "SELECT " + ASSIGNMENT_COLUMNS + " FROM assignments WHERE class_id = ? ORDER BY id DESC";
    private static final String ATTEMPT = "INSERT INTO assignment_attempts (session_id, assignment_id) VALUES (?, ?)";
    private static final String ATTEMPTS = """
            SELECT a.session_id FROM assignment_attempts a JOIN sessions s ON s.id = a.session_id
            WHERE a.assignment_id = ? AND s.user_id = ? ORDER BY a.session_id""";

    private final Database database;

    SqliteClassStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean isTeacher(long userId) {
        return database.run(sql -> sql.one(IS_TEACHER, row -> true, userId)).isPresent();
    }

    @Override
    public boolean grantTeacher(long userId, long grantedBy, Instant at) {
        return database.run(sql -> sql.update(GRANT, userId, grantedBy, at)) == 1;
    }

    @Override
    public boolean revokeTeacher(long userId) {
        return database.run(sql -> sql.update(REVOKE, userId)) == 1;
    }

    @Override
    public Optional<User> userByUsername(String username) {
        return database.run(sql -> sql.one(BY_USERNAME, SqliteUserStore::user, username));
    }

    @Override
    public Optional<Classroom> createClass(Classroom classroom) {
        return database.transaction(sql -> {
            if (sql.update(CREATE_CLASS, classroom.teacherId(), classroom.name(), classroom.joinCode(), classroom.createdAt()) == 0) {
                return Optional.<Classroom>empty();
            }
            return sql.one(CLASS_BY_CODE, SqliteClassStore::classroom, classroom.joinCode());
        });
    }

    @Override
    public Optional<Classroom> classByCode(String joinCode) {
        return database.run(sql -> sql.one(CLASS_BY_CODE, SqliteClassStore::classroom, joinCode));
    }

    @Override
    public Optional<Classroom> classByName(long teacherId, String name) {
        return database.run(sql -> sql.one(CLASS_BY_NAME, SqliteClassStore::classroom, teacherId, name));
    }

    @Override
    public Optional<Classroom> classroom(long classId) {
        return database.run(sql -> sql.one(CLASS, SqliteClassStore::classroom, classId));
    }

    @Override
    public List<Classroom> classesNamed(String name) {
        return database.run(sql -> sql.list(CLASSES_NAMED, SqliteClassStore::classroom, name));
    }

    @Override
    public List<Classroom> classesOf(long teacherId) {
        return database.run(sql -> sql.list(CLASSES_OF, SqliteClassStore::classroom, teacherId));
    }

    @Override
    public List<Classroom> classesJoined(long userId) {
        return database.run(sql -> sql.list(CLASSES_JOINED, SqliteClassStore::classroom, userId));
    }

    @Override
    public boolean join(long classId, long userId, Instant at) {
        return database.run(sql -> sql.update(JOIN, classId, userId, at)) == 1;
    }

    @Override
    public boolean removeMember(long classId, long userId) {
        return database.run(sql -> sql.update(REMOVE, classId, userId)) == 1;
    }

    @Override
    public List<User> members(long classId) {
        return database.run(sql -> sql.list(MEMBERS, SqliteUserStore::user, classId));
    }

    @Override
    public Assignment assign(Assignment assignment) {
        return database.transaction(sql -> {
            long id = sql.insert(ASSIGN, assignment.classId(), assignment.setId(), assignment.setVersion(),
                    JsonLists.write(assignment.questionIds()), assignment.due(), assignment.attemptLimit(), assignment.createdAt());
            return sql.one(ASSIGNMENT, SqliteClassStore::assignment, id).orElseThrow();
        });
    }

    @Override
    public Optional<Assignment> assignment(long assignmentId) {
        return database.run(sql -> sql.one(ASSIGNMENT, SqliteClassStore::assignment, assignmentId));
    }

    @Override
    public List<Assignment> assignmentsOf(long classId) {
        return database.run(sql -> sql.list(ASSIGNMENTS_OF, SqliteClassStore::assignment, classId));
    }

    @Override
    public void attempt(long sessionId, long assignmentId) {
        database.run(sql -> sql.update(ATTEMPT, sessionId, assignmentId));
    }

    @Override
    public List<Long> attempts(long assignmentId, long userId) {
        return database.run(sql -> sql.list(ATTEMPTS, row -> row.getLong("session_id"), assignmentId, userId));
    }

    private static Classroom classroom(ResultSet row) throws SQLException {
        return new Classroom(row.getLong("id"), row.getLong("teacher_id"), row.getString("name"), row.getString("join_code"),
                Sql.instant(row, "created_at"));
    }

    private static Assignment assignment(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Integer limit = row.getObject("attempt_limit") == null ? null : row.getInt("attempt_limit");
        return new Assignment(id, row.getLong("class_id"), row.getString("set_id"), row.getInt("set_version"),
                JsonLists.read(row.getString("question_ids_json"), "assignment " + id), Sql.instant(row, "due"), limit,
                Sql.instant(row, "created_at"));
    }
}
