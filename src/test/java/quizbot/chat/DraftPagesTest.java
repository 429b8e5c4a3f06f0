package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.Limits;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;
import quizbot.quiz.DraftSet;
import quizbot.quiz.TestSets;

class DraftPagesTest {

    private static final int TELEGRAM_MESSAGE = 4_096;

    /** A question as long as a set file allows: the longest prompt, ten of the longest options, the longest explanation. */
    private static Question longest(int number) {
        List<String> options = IntStream.range(0, Limits.MAX_OPTIONS).mapToObj(i -> (char) ('a' + i) + "o".repeat(Limits.MAX_OPTION - 1)).toList();
        return new Question("q" + number, QuestionType.CHOICE, Kind.OTHER, "p".repeat(Limits.MAX_PROMPT), options, 0, List.of(),
                "e".repeat(Limits.MAX_EXPLANATION), null);
    }

    @Test
    void everyPageFitsOneTelegramMessage_evenOfTheLongestQuestionsAndTitle() {
        var questions = new ArrayList<Question>();
        for (int number = 1; number <= 200; number++) {
            questions.add(longest(number));
        }
        var dropped = new TreeSet<Integer>();
        IntStream.rangeClosed(1, 150).forEach(dropped::add);
        var draft = new DraftSet(TestSets.set("x".repeat(48), "T".repeat(150), questions.toArray(Question[]::new)), dropped, List.of(),
                Instant.EPOCH);

        for (int page = 1; page <= DraftPages.count(draft); page++) {
            String text = DraftPages.page(1, draft, page, false).text();
            assertTrue(text.length() <= TELEGRAM_MESSAGE, "page " + page + " has " + text.length() + " characters");
        }
        assertTrue(DraftPages.page(1, draft, 1, false).text().contains("50 of 200 questions kept (150 dropped)"));
    }

    @Test
    void pagesAreCutByTheWholeQuestions_soDroppingNeverMovesOneToAnotherPage() {
        var questions = new ArrayList<Question>();
        for (int number = 1; number <= 25; number++) {
            questions.add(TestSets.choice("q" + number, Kind.NUMBER, "How many? " + number, "" + number, "x" + number));
        }
        var whole = DraftSet.of(TestSets.set("s", "S", questions.toArray(Question[]::new)), List.of(), Instant.EPOCH);
        var trimmed = new DraftSet(whole.set(), new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)), List.of(), Instant.EPOCH);

        assertEquals(3, DraftPages.count(whole));
        for (int number = 1; number <= 25; number++) {
            assertEquals((number - 1) / DraftPages.PAGE_QUESTIONS + 1, DraftPages.pageOf(whole, number));
            assertEquals(DraftPages.pageOf(whole, number), DraftPages.pageOf(trimmed, number));
        }
    }
}
