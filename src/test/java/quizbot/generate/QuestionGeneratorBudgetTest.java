package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import quizbot.questions.Question;

/** The article budget: a word limit that cuts long articles, a time limit and interruption that stop generation. */
class QuestionGeneratorBudgetTest {

    /** A clock that moves one second every time it is read, so any time limit passes after that many readings. */
    private static final AtomicLong NANOS = new AtomicLong();
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(() -> NANOS.addAndGet(Duration.ofSeconds(1).toNanos()));
    private static final QuestionGenerator.Options OPTIONS = new QuestionGenerator.Options("budget", null, 30);

    @Test
    void theThreeArgumentOptionsHaveTheDefaultWordBudgetAndNoTimeLimit() {
        assertEquals(QuestionGenerator.Options.DEFAULT_MAX_WORDS, OPTIONS.maxWords());
        assertNull(OPTIONS.timeLimit());
    }

    @Test
    void anArticleWithinTheBudgetIsUsedWhole() {
        QuestionGenerator.Result result = GENERATOR.generate(TestText.article("space-mission.txt"), OPTIONS);

        assertFalse(result.cut());
        assertEquals(result.wordsTotal(), result.wordsUsed());
    }

    @Test
    void aLongArticleIsCutAtAParagraphBoundaryAndTheResultSaysHowMuchWasUsed() {
        String first = TestText.article("space-mission.txt");
        String second = TestText.article("history-treaty.txt");
        var cleaner = new ArticleCleaner();
        Article firstArticle = cleaner.clean(first);
        int wordsOfFirst = firstArticle.words();

        QuestionGenerator.Result result = GENERATOR.generate(first + "\n\n" + second, OPTIONS.withMaxWords(wordsOfFirst + 5));

        assertTrue(result.cut());
        assertEquals(wordsOfFirst, result.wordsUsed(), "every paragraph of the first article, none of the second");
        assertEquals(cleaner.clean(first + "\n\n" + second).words(), result.wordsTotal());
        String firstBody = String.join("\n", firstArticle.paragraphs());
        for (Question question : result.questionSet().questions()) {
            assertTrue(firstBody.contains(question.source()), "asked from beyond the budget: " + question.source());
        }
    }

    @Test
    void stopsWithTheNamedExceptionWhenTheTimeLimitPasses() {
        var cancelled = assertThrows(GenerationCancelledException.class,
                () -> GENERATOR.generate(TestText.article("moscow-havana.txt"), OPTIONS.withTimeLimit(Duration.ofSeconds(20))));

        assertTrue(cancelled.getMessage().startsWith("generation took longer than 20 s and was stopped while "), cancelled.getMessage());
    }

    @Test
    void aTimeLimitThatPassesAtOnceStopsBeforeAnyWork() {
        var cancelled = assertThrows(GenerationCancelledException.class,
                () -> GENERATOR.generate(TestText.article("moscow-havana.txt"), OPTIONS.withTimeLimit(Duration.ofMillis(1))));

        assertEquals("generation took longer than 1 ms and was stopped while cleaning the article", cancelled.getMessage());
    }

    @Test
    void anInterruptedThreadStopsGenerationAndStaysInterrupted() {
        Thread.currentThread().interrupt();
        try {
            var cancelled = assertThrows(GenerationCancelledException.class,
                    () -> GENERATOR.generate(TestText.article("moscow-havana.txt"), OPTIONS));

            assertEquals("generation was cancelled while cleaning the article", cancelled.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aCancelledGenerationIsAnUnusableArticleForCallersThatTellTheTeacherWhy() {
        assertTrue(UnusableArticleException.class.isAssignableFrom(GenerationCancelledException.class));
    }

    @Test
    void aRunOnSentenceOfTwentyThousandWordsGivesQuestionsFromShortPiecesOrAClearReason() {
        String runOn = LongTexts.runOn(20_000, true);
        try {
            QuestionGenerator.Result result = GENERATOR.generate(runOn, OPTIONS);

            assertTrue(result.cut());
            assertTrue(result.wordsUsed() <= QuestionGenerator.Options.DEFAULT_MAX_WORDS, result.wordsUsed() + " words used");
            for (Question question : result.questionSet().questions()) {
                assertTrue(question.source().split(" ").length <= TextAnalyzer.MAX_SENTENCE_TOKENS, "a long source: " + question.source());
            }
        } catch (GenerationCancelledException e) {
            throw new AssertionError("no time limit was set", e);
        } catch (UnusableArticleException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void optionsRefuseABudgetOrTimeLimitThatCannotBeMet() {
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withMaxWords(0));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withTimeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withTimeLimit(Duration.ofSeconds(-1)));
    }
}
