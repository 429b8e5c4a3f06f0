-- A set may now have at most 1,000 questions (quizbot.questions.Limits.MAX_QUESTIONS_PER_SET), and a stored
-- set is read back through the same validation. Sets whose latest version is over that cap were loaded
-- before it existed: retire them, so listing the sets never reads them. retired_by 0: no user, this migration.
INSERT INTO retired_sets (set_id, retired_by, retired_at)
SELECT q.id, 0, CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM question_sets q
WHERE q.version = (SELECT MAX(v.version) FROM question_sets v WHERE v.id = q.id)
  AND (SELECT COUNT(*) FROM questions n WHERE n.set_id = q.id AND n.set_version = q.version) > 1000
ON CONFLICT DO NOTHING;
