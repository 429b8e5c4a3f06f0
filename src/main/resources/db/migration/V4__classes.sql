-- Teachers, classes, assignments, retired sets, and the usernames that /teacher add @name looks up.
ALTER TABLE users ADD COLUMN username TEXT;
CREATE INDEX users_by_username ON users (lower(username));

CREATE TABLE teachers (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id),
    granted_by INTEGER NOT NULL,
    granted_at INTEGER NOT NULL
);

CREATE TABLE classes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id INTEGER NOT NULL REFERENCES users (id),
    name       TEXT    NOT NULL,
    join_code  TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    UNIQUE (teacher_id, name)
);

CREATE TABLE class_members (
    class_id  INTEGER NOT NULL REFERENCES classes (id),
    user_id   INTEGER NOT NULL REFERENCES users (id),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (class_id, user_id)
);

CREATE TABLE assignments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    class_id      INTEGER NOT NULL REFERENCES classes (id),
    set_id        TEXT    NOT NULL,
    set_version   INTEGER NOT NULL,
    question_ids_json TEXT NOT NULL,       -- the questions every member gets, in this order
    due           INTEGER,                 -- null: no deadline
    attempt_limit INTEGER,                 -- null: no limit
    created_at    INTEGER NOT NULL,
    FOREIGN KEY (set_id, set_version) REFERENCES question_sets (id, version)
);

-- Which quiz session was an attempt at which assignment.
CREATE TABLE assignment_attempts (
    session_id    INTEGER PRIMARY KEY REFERENCES sessions (id),
    assignment_id INTEGER NOT NULL REFERENCES assignments (id)
);
CREATE INDEX assignment_attempts_by_assignment ON assignment_attempts (assignment_id);

CREATE TABLE retired_sets (
    set_id     TEXT    PRIMARY KEY,
    retired_by INTEGER NOT NULL,
    retired_at INTEGER NOT NULL
);
