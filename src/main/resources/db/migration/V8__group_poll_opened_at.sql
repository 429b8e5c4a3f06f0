-- When each group poll opened, so a member's answer time runs from the poll, not from their session's start.
-- Null for polls stored before this column.
ALTER TABLE group_polls ADD COLUMN opened_at INTEGER;
