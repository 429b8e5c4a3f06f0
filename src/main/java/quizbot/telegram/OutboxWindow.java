package quizbot.telegram;

import java.util.ArrayDeque;

/**
 * At most {@code limit} calls in any window of {@code length}. A call holds its place from its start until
 * {@code length} after its end: Telegram received it somewhere in between. Not thread-safe: the outbox guards it with its lock.
 */
final class OutboxWindow {

    static final class Slot {
        private long end = Long.MAX_VALUE;
    }

    private final int limit;
    private final long length;
    private final ArrayDeque<Slot> slots = new ArrayDeque<>();

    OutboxWindow(int limit, long length) {
        this.limit = limit;
        this.length = length;
    }

    /** The earliest time a new call may start; Long.MAX_VALUE while only calls in flight could free a place. */
    long earliestStart(long now) {
        purge(now);
        if (slots.size() < limit) {
            return now;
        }
        long earliest = Long.MAX_VALUE;
        for (Slot slot : slots) {
            if (slot.end != Long.MAX_VALUE) {
                earliest = Math.min(earliest, slot.end + length);
            }
        }
        return earliest;
    }

    /** Takes a place for a call starting now; call only when {@link #earliestStart} allowed it. */
    Slot claim() {
        Slot slot = new Slot();
        slots.addLast(slot);
        return slot;
    }

    /** Counts {@code count} calls that ended at {@code end} and were never claimed here: another process's. */
    void occupy(int count, long end) {
        for (int i = 0; i < count; i++) {
            Slot slot = new Slot();
            slot.end = end;
            slots.addLast(slot);
        }
    }

    static void release(Slot slot, long end) {
        slot.end = end;
    }

    boolean isEmpty(long now) {
        purge(now);
        return slots.isEmpty();
    }

    private void purge(long now) {
        slots.removeIf(slot -> slot.end != Long.MAX_VALUE && slot.end + length <= now);
    }
}
