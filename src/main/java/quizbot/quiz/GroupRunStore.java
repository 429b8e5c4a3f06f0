package quizbot.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Group quizzes and the polls they sent. At most one run is active per group. Implementations are thread-safe. */
public interface GroupRunStore {

    /** Stops the group's active run, if any, and stores this one, in one step; returns it with its id. */
    GroupRun start(GroupRun run);

    Optional<GroupRun> activeRun(long chatId);

    /** Every group's running quiz, oldest first (to pick them up again after a restart). */
    List<GroupRun> activeRuns();

    Optional<GroupRun> run(long runId);

    /** Notes the poll Telegram opened for a position of a run, and when. */
    void pollOpened(long runId, int position, String pollId, Instant openedAt);

    /** The run and position a poll belongs to. */
    Optional<PollRef> poll(String pollId);

    /** Moves an active run from {@code from} to the next position; false (nothing changed) if it was not at {@code from}. */
    boolean advance(long runId, int from);

    /** Ends an active run; does nothing to one already ended. */
    void endRun(long runId, SessionStatus status);

    /** A poll's place: which run, which position, and when it opened (null for a poll stored before that was kept). */
    record PollRef(long runId, int position, Instant openedAt) {
    }
}
