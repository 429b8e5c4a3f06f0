-- A draft keeps every generated question under its number for good: the numbers the teacher dropped,
-- and the generator's next-best questions held back for /more.
ALTER TABLE drafts ADD COLUMN dropped_json TEXT NOT NULL DEFAULT '[]'; -- a JSON array of 1-based question numbers
ALTER TABLE drafts ADD COLUMN reserve_json TEXT;                      -- a set as QuestionSetJson writes it, NULL when none
