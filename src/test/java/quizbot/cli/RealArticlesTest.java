package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quizbot.chat.ArticleQuestions;
import quizbot.generate.KeyFacts;
import quizbot.generate.QuestionGenerator;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionType;

/**
 * The generator on real articles that others wrote, copied from web pages as teachers copy them
 * ({@code src/test/resources/articles/real/}: each with its source, licence and a key of the facts
 * a teacher would ask, written before the generator was run on it). A set is made as the bot makes
 * it for a teacher (a saved page through {@code quizbot.web}; 30 questions). No question may carry
 * a reference marker or page furniture, the title is a headline, and each article asks at least the
 * key facts it asked when last measured ({@code floors.tsv}): the target of 70 % is far off on this
 * corpus, and the figures are printed. True/false statements are false about as often as true: in each set as many
 * of either within one, and at least two in five over the corpus. The shares of wh-questions, blanks and long prompts
 * over the corpus keep what they were when last measured.
 */
class RealArticlesTest {

    private static final Path FOLDER = Path.of("src/test/resources/articles/real");
    /** As the bot reads a teacher's article: a saved page through quizbot.web, 30 questions, the same budget. */
    private static final Articles ARTICLES = new Articles(new quizbot.web.ArticleFetcher(false));
    private static final Pattern MARKER = Pattern.compile("\\[(?:\\d{1,3}|[a-z]|note \\d+|citation needed|edit)]|\\[\\s*$");
    private static final Pattern FURNITURE = Pattern.compile("(?i)jump to|main menu|toggle|retrieved|wikipedia|this page was last"
            + "|privacy policy|advertisement|share this|subscribe|continue reading|_page :|_tape :|glossary:");
    /** Key facts asked and listed, per kind of text, for the summary printed at the end. */
    private static final Map<String, int[]> BY_KIND = new TreeMap<>();
    /** True/false statements of all sets, and how many of them are false. */
    private static final int[] STATEMENTS = new int[2];
    /** Prompts of all sets: all, wh-questions, sentences with a blank, over 30 words. */
    private static final int[] PROMPTS = new int[4];
    /**
     * The shares of prompts the corpus had when last measured, which no change may lose: at least this many per cent
     * wh-questions, at most this many per cent sentences with a blank and prompts over 30 words (the targets, 60, 40
     * and 5 %, are far off).
     */
    private static final int WH_FLOOR = 22;
    private static final int BLANK_CEILING = 66;
    private static final int LONG_CEILING = 12;

    static List<String> articles() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".facts.txt"))
                    .map(name -> name.substring(0, name.length() - ".facts.txt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleQuestions.Source source(String name) {
        try {
            Path html = FOLDER.resolve(name + ".html");
            return Files.exists(html) ? new ArticleQuestions.Source.Html(Files.readAllBytes(html))
                    : new ArticleQuestions.Source.Text(read(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key facts an article's set asked when last measured: no change may ask fewer (floors.tsv; the target is 70 %). */
    private static int floor(String name) {
        return read("floors.tsv").lines().filter(line -> line.startsWith(name + "\t")).findFirst()
                .map(line -> Integer.parseInt(line.split("\t")[1])).orElseThrow(() -> new AssertionError("no floor for " + name));
    }

    private static String kind(String name) {
        return read(name + ".source.txt").lines().filter(line -> line.startsWith("kind:")).findFirst()
                .map(line -> line.substring("kind:".length()).strip().split("\\s")[0]).orElse("?");
    }

    @ParameterizedTest
    @MethodSource("articles")
    void asksMostKeyFactsWithoutFurnitureUnderItsHeadline(String name) {
        QuestionSet set = ARTICLES.generate(source(name), name.substring(0, Math.min(name.length(), 48))).set();
        List<String> facts = read(name + ".facts.txt").lines().filter(line -> !line.isBlank()).map(line -> line.split("\t")[1]).toList();
        var missed = new ArrayList<String>();
        for (String fact : facts) {
            if (set.questions().stream().noneMatch(question -> KeyFacts.asks(question, fact))) {
                missed.add(fact);
            }
        }
        int asked = facts.size() - missed.size();
        int exactly = (int) facts.stream().filter(fact -> set.questions().stream().anyMatch(question -> KeyFacts.asksExactly(question, fact))).count();
        BY_KIND.merge(kind(name), new int[] {asked, facts.size(), exactly}, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        System.out.printf("real %s (%s): title \"%s\"; %d questions, %d of %d key facts asked (%.0f%%); missed %s%n", name, kind(name),
                set.title(), set.questions().size(), asked, facts.size(), 100.0 * asked / facts.size(), missed);
        for (Question question : set.questions()) {
            String text = question.prompt() + " " + question.options() + " " + question.accepted();
            assertFalse(MARKER.matcher(text).find(), name + " " + question.id() + " carries a marker: " + text);
            assertFalse(FURNITURE.matcher(text).find(), name + " " + question.id() + " carries page furniture: " + text);
        }
        assertFalse(MARKER.matcher(set.title()).find() || FURNITURE.matcher(set.title()).find() || set.title().length() > 150,
                name + ": the title is no headline: " + set.title());
        List<Question> statements = set.questions().stream().filter(question -> question.type() == QuestionType.TRUE_FALSE).toList();
        long falseOnes = statements.stream().filter(question -> question.correct() == 1).count();
        synchronized (STATEMENTS) {
            STATEMENTS[0] += statements.size();
            STATEMENTS[1] += (int) falseOnes;
            for (Question question : set.questions()) {
                boolean blank = question.prompt().contains("____");
                PROMPTS[0]++;
                PROMPTS[1] += question.type() != QuestionType.TRUE_FALSE && !blank ? 1 : 0;
                PROMPTS[2] += blank ? 1 : 0;
                PROMPTS[3] += question.prompt().split("\\s+").length > 30 ? 1 : 0;
            }
        }
        assertTrue(Math.abs(statements.size() - 2 * falseOnes) <= 1, name + ": " + falseOnes + " false statements of " + statements.size());
        assertTrue(asked >= floor(name), name + " asks fewer key facts than it did (" + floor(name) + "); missed " + missed);
    }

    @AfterAll
    static void summary() {
        int asked = 0;
        int listed = 0;
        int exactly = 0;
        for (Map.Entry<String, int[]> kind : BY_KIND.entrySet()) {
            System.out.printf("real, %s: %d of %d key facts asked (%.0f%%; answer exactly the fact: %d)%n", kind.getKey(),
                    kind.getValue()[0], kind.getValue()[1], 100.0 * kind.getValue()[0] / kind.getValue()[1], kind.getValue()[2]);
            asked += kind.getValue()[0];
            listed += kind.getValue()[1];
            exactly += kind.getValue()[2];
        }
        System.out.printf("real, all: %d of %d key facts asked (%.0f%%; answer exactly the fact: %d)%n", asked, listed,
                listed == 0 ? 0 : 100.0 * asked / listed, exactly);
        System.out.printf("real, true/false: %d of %d statements false%n", STATEMENTS[1], STATEMENTS[0]);
        System.out.printf("real, prompts: %d; wh-questions %d (%.0f%%), sentences with a blank %d (%.0f%%), over 30 words %d (%.0f%%)%n",
                PROMPTS[0], PROMPTS[1], 100.0 * PROMPTS[1] / PROMPTS[0], PROMPTS[2], 100.0 * PROMPTS[2] / PROMPTS[0], PROMPTS[3],
                100.0 * PROMPTS[3] / PROMPTS[0]);
        assertTrue(PROMPTS[1] * 100 >= WH_FLOOR * PROMPTS[0], "wh-questions fell below " + WH_FLOOR + " %: " + PROMPTS[1] + " of " + PROMPTS[0]);
        assertTrue(PROMPTS[2] * 100 <= BLANK_CEILING * PROMPTS[0], "blanks rose above " + BLANK_CEILING + " %: " + PROMPTS[2] + " of " + PROMPTS[0]);
        assertTrue(PROMPTS[3] * 100 <= LONG_CEILING * PROMPTS[0], "long prompts rose above " + LONG_CEILING + " %: " + PROMPTS[3] + " of " + PROMPTS[0]);
        assertTrue(STATEMENTS[1] * 5 >= STATEMENTS[0] * 2, "about half the statements are false: " + STATEMENTS[1] + " of " + STATEMENTS[0]);
    }
}
