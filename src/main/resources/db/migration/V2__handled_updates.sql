-- Telegram updates already handled, so an update redelivered after a restart is not handled twice.
-- Old rows are pruned: Telegram keeps undelivered updates for 24 hours at most.
CREATE TABLE handled_updates (
    update_id  INTEGER PRIMARY KEY,
    handled_at INTEGER NOT NULL
);
CREATE INDEX handled_updates_by_time ON handled_updates (handled_at);
