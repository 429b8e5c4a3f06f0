package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import quizbot.questions.Limits;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/**
 * The generator on generated articles: sentences strung from the pieces real articles are made of (names with
 * titles and particles, dates, amounts, treaties, acronyms in brackets) and from what breaks parsers (quotes of
 * every kind at every place, lone brackets and dashes, emoji, right-to-left text, control characters, huge
 * words). Each article gives a question set within Telegram's limits or an {@link UnusableArticleException}
 * that says why; never another exception. A straight-quoted name ending its sentence once crashed it.
 */
class QuestionGeneratorPropertiesTest {

    private static final QuestionGenerator GENERATOR = new QuestionGenerator();

    private static final List<String> PIECES = List.of(
            "Maria Keller", "Captain Ignacio de Valcárcel", "Dr. Renata Alvarez", "Finance Minister Zuzana Hrubá",
            "the European Commission", "the Central Electoral Commission", "Kestrel Therapeutics Inc.", "“Nordic Freight” LLC",
            "\"Expedición del Norte\"", "the European Medicines Agency (EMA)", "PAGASA", "Havana", "Cuba", "the Museo Naval in Madrid",
            "14 March 2024", "March 14", "in 1783", "between 1811 and 1814", "October 29 to November 2", "on Tuesday",
            "$2.3 billion", "€450 million", "£12,500", "3.75 per cent", "1,200 patients", "41 kilometres", "215 km/h",
            "138 of the 300 seats", "the Treaty of Amiens", "the Nootka Convention", "the INF Treaty", "said", "was signed",
            "announced", "the", "of", "and", "in", "at", "by", "it", "they", "There", "which", "who",
            ",", ";", ":", "(", ")", "\"", "“", "”", "«", "»", "'", "’s", "-", "–", "—", "...", "…", "?", "!",
            "🙂", "مرحبا بالعالم", "\u0007", "\u200f", "x".repeat(120), "0", "(ESC)", "Co-operation", "non-English");

    @Property(tries = 200)
    void everyArticleGivesAValidSetOrSaysWhyItCannot(@ForAll("articles") String article) {
        QuestionSet set;
        try {
            set = GENERATOR.generate(article, new QuestionGenerator.Options("prop", null, 40)).questionSet();
        } catch (UnusableArticleException unusable) {
            assertTrue(!unusable.getMessage().isBlank());
            return;
        }
        assertTrue(!set.questions().isEmpty() && set.questions().size() <= 40);
        for (Question question : set.questions()) {
            assertTrue(question.prompt().length() <= Limits.MAX_PROMPT, question.prompt());
        }
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        Arbitrary<String> sentence = word.list().ofMinSize(4).ofMaxSize(30)
                .flatMap(words -> Arbitraries.of(".", "?", "!", "", ".\"", "”.").map(end -> {
                    String text = String.join(" ", words);
                    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + end;
                }));
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(6).map(sentences -> String.join(" ", sentences));
        return paragraph.list().ofMinSize(1).ofMaxSize(8).map(paragraphs -> "A headline\n\n" + String.join("\n\n", paragraphs));
    }
}
