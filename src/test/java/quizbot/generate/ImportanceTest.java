package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

class ImportanceTest {

    @Test
    void spreadTakesTheFirstTheMiddleThenTheQuartersAndEveryItemOnce() {
        List<Integer> order = Importance.spread(IntStream.range(0, 8).boxed().toList());

        assertEquals(List.of(0, 4, 2, 6, 1, 5, 3, 7), order);
        assertEquals(11, Importance.spread(IntStream.range(0, 11).boxed().toList()).stream().distinct().count());
    }

    /** Forty paragraphs, each with a town, its year and its budget; the lead names the project and a date. */
    private static String longArticle() {
        var text = new StringBuilder("Regional library plan reaches its last town\n\n");
        text.append("The regional library plan, launched on 4 March 1990 by the governor, opened its fortieth branch this week.\n\n");
        for (int town = 1; town <= 40; town++) {
            text.append("The branch in Town").append(town).append(" opened in ").append(1990 + town)
                    .append(" after the council approved a budget of ").append(town * 3).append(" million euros for it.\n\n");
        }
        return text.toString();
    }

    @Test
    void aLongArticleIsAskedAboutItsLeadAndItsWholeLengthNotItsFirstParagraphs() {
        QuestionSet set = new QuestionGenerator().generate(longArticle(), new QuestionGenerator.Options("library", null, 12))
                .questionSet();

        List<String> sources = set.questions().stream().map(Question::source).toList();
        assertTrue(sources.stream().anyMatch(source -> source.contains("4 March 1990")), "the lead's fact is asked: " + sources);
        long fromTheLastHalf = sources.stream().filter(source -> source.matches(".*Town(2[1-9]|3\\d|40) .*")).count();
        assertTrue(fromTheLastHalf >= 4, "the second half of the article is asked as much as the first: " + sources);
    }
}
