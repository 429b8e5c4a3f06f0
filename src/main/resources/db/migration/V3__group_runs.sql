-- Group quizzes played with native quiz polls, and the polls they sent.
CREATE TABLE group_runs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id           INTEGER NOT NULL,
    started_by        INTEGER NOT NULL REFERENCES users (id),
    set_id            TEXT    NOT NULL,
    set_version       INTEGER NOT NULL,
    question_ids_json TEXT    NOT NULL,
    seed              INTEGER NOT NULL,
    position          INTEGER NOT NULL CHECK (position >= 0),   -- the poll now open
    open_period_ms    INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'FINISHED', 'STOPPED')),
    FOREIGN KEY (set_id, set_version) REFERENCES question_sets (id, version)
);
-- At most one running group quiz per group.
CREATE UNIQUE INDEX group_runs_one_active ON group_runs (chat_id) WHERE status = 'ACTIVE';

CREATE TABLE group_polls (
    poll_id  TEXT    PRIMARY KEY,               -- Telegram's poll id
    run_id   INTEGER NOT NULL REFERENCES group_runs (id),
    position INTEGER NOT NULL,
    UNIQUE (run_id, position)
);
