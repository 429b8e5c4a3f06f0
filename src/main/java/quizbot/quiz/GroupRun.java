package quizbot.quiz;

import java.time.Duration;
import java.util.List;

/**
 * A quiz played by a whole group with native quiz polls: one poll per question, open for
 * {@code openPeriod}; every member who answers a poll is scored in a session of their own that
 * shares this run's questions and seed. {@code position} is the poll now open. {@code id} is 0
 * until stored.
 */
public record GroupRun(long id, long chatId, long startedBy, String setId, int setVersion, List<String> questionIds,
                       long seed, int position, Duration openPeriod, SessionStatus status) {

    public GroupRun {
        questionIds = List.copyOf(questionIds);
        if (questionIds.isEmpty()) {
            throw new IllegalArgumentException("a group quiz needs at least one question");
        }
    }

    public int size() {
        return questionIds.size();
    }
}
