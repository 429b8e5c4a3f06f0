-- Quizbot's schema. Times are epoch milliseconds (UTC), durations milliseconds, booleans 0/1,
-- enums by their Java name. Add changes as new files V2__..., never edit this one once released.

CREATE TABLE users (
    id   INTEGER PRIMARY KEY,               -- the chat platform's user id
    name TEXT    NOT NULL
);

-- Every version of every loaded set. content_json is the set exactly as QuestionSetJson writes it
-- and is what the application reads; the other columns (and the questions table) are for reports.
CREATE TABLE question_sets (
    id            TEXT    NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    title         TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    source_title  TEXT,
    source_sha256 TEXT,
    content_hash  TEXT    NOT NULL,         -- SHA-256 hex of content_json: same hash, same content
    content_json  TEXT    NOT NULL,
    loaded_at     INTEGER NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE questions (
    set_id        TEXT    NOT NULL,
    set_version   INTEGER NOT NULL,
    question_id   TEXT    NOT NULL,
    position      INTEGER NOT NULL,         -- 0-based order in the set
    type          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    prompt        TEXT    NOT NULL,
    options_json  TEXT    NOT NULL,         -- JSON array of texts, empty for typed questions
    correct       INTEGER,                  -- index into options; null for typed questions
    accepted_json TEXT    NOT NULL,         -- JSON array of texts, empty unless typed
    explanation   TEXT,
    source        TEXT,
    PRIMARY KEY (set_id, set_version, question_id),
    UNIQUE (set_id, set_version, position),
    FOREIGN KEY (set_id, set_version) REFERENCES question_sets (id, version)
);

CREATE TABLE sessions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: an id is never reused
    user_id           INTEGER NOT NULL REFERENCES users (id),
    chat_id           INTEGER NOT NULL,
    set_id            TEXT    NOT NULL,
    set_version       INTEGER NOT NULL,
    question_ids_json TEXT    NOT NULL,     -- JSON array of the question ids drawn, in quiz order
    seed              INTEGER NOT NULL,
    review            INTEGER NOT NULL CHECK (review IN (0, 1)),
    status            TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'FINISHED', 'STOPPED')),
    started_at        INTEGER NOT NULL,
    time_limit_ms     INTEGER,
    question_shown_at INTEGER,
    ended_at          INTEGER,
    FOREIGN KEY (set_id, set_version) REFERENCES question_sets (id, version)
);

-- At most one active quiz per learner and chat, whatever the application does.
CREATE UNIQUE INDEX sessions_one_active ON sessions (user_id, chat_id) WHERE status = 'ACTIVE';
CREATE INDEX sessions_by_user ON sessions (user_id, started_at);

-- chat_id is the session's, copied so leaderboards per chat need no join.
CREATE TABLE answers (
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    position    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    chat_id     INTEGER NOT NULL,
    set_id      TEXT    NOT NULL,
    set_version INTEGER NOT NULL,
    question_id TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    given       TEXT    NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    expired     INTEGER NOT NULL CHECK (expired IN (0, 1)),
    answered_at INTEGER NOT NULL,
    elapsed_ms  INTEGER NOT NULL,
    PRIMARY KEY (session_id, position),     -- a question is answered once: a double tap cannot count twice
    UNIQUE (session_id, question_id),
    FOREIGN KEY (set_id, set_version, question_id) REFERENCES questions (set_id, set_version, question_id)
);

-- Covering indexes: totals, per-kind shares and the global leaderboard read only the first;
-- the leaderboard of one chat only the second.
CREATE INDEX answers_by_user ON answers (user_id, kind, correct);
CREATE INDEX answers_by_chat ON answers (chat_id, user_id, correct);

-- A question's place in a learner's Leitner review; not tied to a set version, so it survives reloads.
CREATE TABLE review_cards (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    set_id      TEXT    NOT NULL,
    question_id TEXT    NOT NULL,
    box         INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
    due         INTEGER NOT NULL,
    PRIMARY KEY (user_id, set_id, question_id)
);

CREATE INDEX review_cards_due ON review_cards (user_id, due);
