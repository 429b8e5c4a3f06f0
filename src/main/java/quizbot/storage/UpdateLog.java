package quizbot.storage;

import java.time.Clock;
import java.time.Duration;

/**
 * Which Telegram updates were handled, kept in SQLite so a restart does not handle one twice.
 * Claiming before handling makes handling at most once: an update lost to a crash mid-way is not
 * replayed, which suits updates that a learner can simply repeat. Thread-safe.
 */
public final class UpdateLog {

    private static final Duration KEEP = Duration.ofHours(48);
    private static final String CLAIM = "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String PRUNE = "DELETE FROM handled_updates WHERE handled_at < ?";

    private final Database database;
    private final Clock clock;

    public UpdateLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** True the first time an update id is claimed, false every time after. */
    public boolean claim(long updateId) {
        long now = clock.millis();
        return database.transaction(sql -> {
            boolean first = sql.update(CLAIM, updateId, now) == 1;
            if (first && updateId % 1000 == 0) {
                sql.update(PRUNE, now - KEEP.toMillis());
            }
            return first;
        });
    }
}
