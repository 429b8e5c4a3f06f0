package quizbot.quiz;

import java.time.Duration;
import java.util.List;
import quizbot.questions.Question;

/** A question of a group quiz as its poll shows it: options in the run's shuffled order and the right one's index. */
public record GroupPoll(long runId, long chatId, int position, int total, String setTitle, Question question,
                        List<String> options, int correctOption, Duration openPeriod) {

    public GroupPoll {
        options = List.copyOf(options);
    }
}
