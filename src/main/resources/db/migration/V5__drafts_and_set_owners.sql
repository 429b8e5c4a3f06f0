-- Who loaded each set version; sets retired from new quizzes; a teacher's generated set awaiting publication.
ALTER TABLE question_sets ADD COLUMN loaded_by INTEGER;

CREATE TABLE drafts (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id),
    set_json   TEXT    NOT NULL,         -- the draft set exactly as QuestionSetJson writes it
    created_at INTEGER NOT NULL
);
