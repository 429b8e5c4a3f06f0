package quizbot.quiz;

import java.util.List;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionType;
import quizbot.questions.SourceInfo;

/** Test-data builders for question sets. */
public final class TestSets {

    private TestSets() {
    }

    public static Question choice(String id, Kind kind, String prompt, String right, String... wrong) {
        var options = new java.util.ArrayList<String>();
        options.add(right);
        options.addAll(List.of(wrong));
        return new Question(id, QuestionType.CHOICE, kind, prompt, options, 0, List.of(), "Because " + right + ".", null);
    }

    public static Question typed(String id, Kind kind, String prompt, String... accepted) {
        return new Question(id, QuestionType.TYPED, kind, prompt, List.of(), null, List.of(accepted), "It is " + accepted[0] + ".", null);
    }

    public static Question trueFalse(String id, Kind kind, String prompt, boolean isTrue) {
        return new Question(id, QuestionType.TRUE_FALSE, kind, prompt, Question.TRUE_FALSE_OPTIONS, isTrue ? 0 : 1, List.of(),
                "The statement is " + isTrue + ".", null);
    }

    public static QuestionSet set(String id, String title, Question... questions) {
        return new QuestionSet(id, title, "en", new SourceInfo(null, null), List.of(questions));
    }

    /**
     * Two questions cut from one sentence, each printing the other's answer ("The line opened in ____
     * and reached Leeds in 1921." beside "… opened in 1908 and reached ____ in 1921."), a true/false
     * statement of that sentence, and one question of its own.
     */
    public static QuestionSet siblings() {
        return set("siblings", "The railway",
                choice("s1", Kind.DATE, "The line opened in ____ and reached Leeds in 1921.", "1908", "1910", "1912", "1906"),
                choice("s2", Kind.PLACE, "The line opened in 1908 and reached ____ in 1921.", "Leeds", "York", "Hull", "Derby"),
                trueFalse("s3", Kind.PLACE, "True or false? The line opened in 1908 and reached Leeds in 1921.", true),
                typed("s4", Kind.PERSON, "Who built the station?", "Brunel"));
    }

    /** Five questions of several kinds about the solar system. */
    public static QuestionSet planets() {
        return set("planets", "The planets",
                choice("p1", Kind.PLACE, "Which planet is closest to the Sun?", "Mercury", "Venus", "Mars", "Jupiter"),
                choice("p2", Kind.NUMBER, "How many planets has the solar system?", "8", "7", "9", "10"),
                choice("p3", Kind.DATE, "In which year did Voyager 1 launch?", "1977", "1975", "1979", "1981"),
                typed("p4", Kind.PERSON, "Who discovered Uranus?", "William Herschel", "Herschel"),
                trueFalse("p5", Kind.OTHER, "True or false? Venus spins backwards.", true));
    }
}
