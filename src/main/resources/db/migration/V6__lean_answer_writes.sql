-- Every answer commits its row, its review card and its session's progress together; each B-tree that
-- changes costs the commit a page, so the tables written per answer keep one tree each (WITHOUT ROWID,
-- keyed as they are looked up) plus answers' second key. Statistics reach answers through their sessions
-- (sessions_by_user, sessions_by_chat), so answers need no indexes of their own and no copy of the chat.
CREATE TABLE answers_v6 (
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    position    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id),
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
) WITHOUT ROWID;
INSERT INTO answers_v6 (session_id, position, user_id, set_id, set_version, question_id, kind, given, correct, expired,
                        answered_at, elapsed_ms)
SELECT session_id, position, user_id, set_id, set_version, question_id, kind, given, correct, expired, answered_at, elapsed_ms
FROM answers;
DROP TABLE answers;
ALTER TABLE answers_v6 RENAME TO answers;

-- A learner's due cards are found by scanning that learner's cards (a few hundred at most).
CREATE TABLE review_cards_v6 (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    set_id      TEXT    NOT NULL,
    question_id TEXT    NOT NULL,
    box         INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
    due         INTEGER NOT NULL,
    PRIMARY KEY (user_id, set_id, question_id)
) WITHOUT ROWID;
INSERT INTO review_cards_v6 (user_id, set_id, question_id, box, due)
SELECT user_id, set_id, question_id, box, due FROM review_cards;
DROP TABLE review_cards;
ALTER TABLE review_cards_v6 RENAME TO review_cards;

CREATE INDEX sessions_by_chat ON sessions (chat_id, user_id);
