package quizbot.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Test data: a class of seven who took a four-question set, answers made by hand.
 *
 * <pre>
 *          q1  q2  q3  q4   right  answered  score  done  time
 *   Anna   R   R   W   R      3       4       75 %  yes   3:05
 *   Boris  R   W   W   R      2       4       50 %  yes   4:00
 *   Carl   W   R   R   W      2       4       50 %  yes   2:30   (tied with Boris: Boris ranks first by name)
 *   Dora   R   W   W   W      1       4       25 %  yes   5:10
 *   Emil   W   W   R   W      1       4       25 %  yes   1:00
 *   Fay    W   R   -   -      1       2       25 %  no    0:40   (half done)
 *   Gus    -   -   -   -      0       0        0 %  no     –     (never started)
 * </pre>
 */
final class ClassAttempts {

    static final List<QuestionColumn> PLANET_QUESTIONS = List.of(
            new QuestionColumn("closest", "Which planet is closest to the Sun?"),
            new QuestionColumn("largest", "Which planet is the largest?"),
            new QuestionColumn("rings", "Which planet has the most visible rings?"),
            new QuestionColumn("red", "Which planet is called the Red Planet?"));

    private ClassAttempts() {
    }

    /** A learner from a mark string over {@link #PLANET_QUESTIONS}: R right, W wrong, - unanswered. */
    static LearnerAttempt learner(long userId, String name, String marks, Duration time) {
        return learner(userId, name, marks, time, PLANET_QUESTIONS);
    }

    static LearnerAttempt learner(long userId, String name, String marks, Duration time,
                                  List<QuestionColumn> questions) {
        var answers = new HashMap<String, Boolean>();
        for (int index = 0; index < marks.length(); index++) {
            char mark = marks.charAt(index);
            if (mark != '-') {
                answers.put(questions.get(index).questionId(), mark == 'R');
            }
        }
        return new LearnerAttempt(userId, name, answers.size() == questions.size(), answers, time);
    }

    static List<LearnerAttempt> sevenLearners() {
        // Deliberately not in rank order: the report sorts.
        return List.of(
                learner(6, "Fay", "WR--", Duration.ofSeconds(40)),
                learner(3, "Carl", "WRRW", Duration.ofSeconds(150)),
                learner(1, "Anna", "RRWR", Duration.ofSeconds(185)),
                learner(7, "Gus", "----", null),
                learner(5, "Emil", "WWRW", Duration.ofSeconds(60)),
                learner(2, "Boris", "RWWR", Duration.ofSeconds(240)),
                learner(4, "Dora", "RWWW", Duration.ofSeconds(310)));
    }

    static ClassReport sevenLearnersReport() {
        return ClassReport.of("7B", "Planets", PLANET_QUESTIONS, sevenLearners());
    }

    /** {@code count} learners with varied scores over {@code questionCount} questions. */
    static ClassReport bigClass(int count, int questionCount) {
        var questions = new ArrayList<QuestionColumn>();
        for (int number = 1; number <= questionCount; number++) {
            questions.add(new QuestionColumn("q" + number, "Question number " + number + " about planets and moons"));
        }
        var learners = new ArrayList<LearnerAttempt>();
        for (int index = 0; index < count; index++) {
            var marks = new StringBuilder();
            for (int question = 0; question < questionCount; question++) {
                marks.append((question + index) % questionCount < index % (questionCount + 1) ? 'R' : 'W');
            }
            learners.add(learner(1000 + index, "Pupil " + index, marks.toString(),
                    Duration.ofSeconds(30 + index), questions));
        }
        return ClassReport.of("Year 9 all groups", "The solar system", questions, learners);
    }
}
