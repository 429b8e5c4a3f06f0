package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quizbot.questions.Kind;

/** Which absolute dates a sentence states, and exactly which words a question would blank out. */
class DateExtractorTest {

    private final DateExtractor extractor = new DateExtractor();

    private List<Fact> dates(String sentence) {
        return extractor.extract(TestText.sentence(sentence));
    }

    private Fact onlyDate(String sentence) {
        List<Fact> facts = dates(sentence);
        assertEquals(1, facts.size(), () -> "expected one date in \"" + sentence + "\", got " + facts);
        Fact fact = facts.get(0);
        assertEquals(Kind.DATE, fact.kind());
        return fact;
    }

    @Test
    void aDecadeIsADateWhoseAnswerLeavesTheInTheQuestion() {
        Fact fact = onlyDate("In the 1970s she led a series of expeditions to the continental slope.");
        assertEquals("1970s", fact.answer());
        assertEquals(new DateValue(1970, 0, 0, DateValue.Style.DECADE), fact.value());
    }

    @Test
    void findsDayMonthYear() {
        Fact fact = onlyDate("The new stadium will open on 9 September 2026 with a friendly match.");

        assertEquals("9 September 2026", fact.answer());
        assertEquals("9 September 2026", fact.surface());
        assertEquals(new DateValue(2026, 9, 9, DateValue.Style.DAY_MONTH), fact.value());
    }

    @Test
    void findsMonthDayCommaYear() {
        Fact fact = onlyDate("The peace treaty with Germany was signed in the Hall of Mirrors on June 28, 1919.");

        assertEquals("June 28, 1919", fact.answer());
        assertEquals("June 28, 1919", fact.surface());
        assertEquals(new DateValue(1919, 6, 28, DateValue.Style.MONTH_DAY), fact.value());
    }

    @Test
    void findsMonthAndYearWithoutDay() {
        Fact fact = onlyDate("The company opened its first factory in Poland in March 2021.");

        assertEquals("March 2021", fact.answer());
        assertEquals(new DateValue(2021, 3, 0, DateValue.Style.MONTH_YEAR), fact.value());
    }

    @Test
    void findsRangeOfTwoFullDatesAsOneFact() {
        Fact fact = onlyDate("The exhibition on early telescopes ran from June 2 to June 15 in the city museum.");

        assertEquals("June 2 to June 15", fact.answer());
        assertEquals("June 2 to June 15", fact.surface());
        assertEquals(new DateRange(new DateValue(0, 6, 2, DateValue.Style.MONTH_DAY),
                new DateValue(0, 6, 15, DateValue.Style.MONTH_DAY), false), fact.value());
    }

    @Test
    void findsRangeWithMonthWrittenOnceAtTheEndAsOneFact() {
        Fact fact = onlyDate("The Allied leaders met at Spa from 5 to 16 July 1920.");

        assertEquals("5 to 16 July 1920", fact.answer());
        assertEquals("5 to 16 July 1920", fact.surface());
        assertEquals(new DateRange(new DateValue(1920, 7, 5, DateValue.Style.DAY_MONTH),
                new DateValue(1920, 7, 16, DateValue.Style.DAY_MONTH), true), fact.value());
    }

    @Test
    void findsRangeAcrossTwoMonthsAsOneFact() {
        Fact fact = onlyDate("The harvest festival lasted from October 29 to November 2, as it does every year.");

        assertEquals("October 29 to November 2", fact.answer());
        assertEquals("October 29 to November 2", fact.surface());
    }

    @Test
    void findsRangeIntroducedByBetweenAsOneFact() {
        Fact fact = onlyDate("The trade fair in Hanover takes place between 1 and 3 November.");

        assertEquals("1 to 3 November", fact.answer());
        assertEquals("1 and 3 November", fact.surface());
    }

    @Test
    void yearAfterSinceIsTheYearAlone() {
        Fact fact = onlyDate("The club has played its home games at this ground since 1921.");

        assertEquals("1921", fact.answer());
        assertEquals("1921", fact.surface());
        assertEquals(DateValue.year(1921), fact.value());
    }

    @Test
    void qualifierStaysOutsideTheAnswerSpan() {
        String sentence = "The agency plans to launch the new space telescope by the end of 2026.";

        Fact fact = onlyDate(sentence);

        assertEquals("2026", fact.answer());
        assertEquals("2026", fact.surface());
        assertTrue(sentence.substring(0, fact.start()).endsWith("by the end of "),
                () -> "the qualifier should stay in the question, the span starts at " + fact.start());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The striker joined the club from a rival two years ago.",
            "The bank opened a second branch in the capital the same year.",
            "The shares of the chipmaker fell sharply last week.",
            "The champions lost their first match of the season on Sunday."
    })
    void relativeDateGivesNoFact(String sentence) {
        assertEquals(List.of(), dates(sentence));
    }

    @Test
    void modalMayIsNotTheMonth() {
        Fact fact = onlyDate("The council may approve the new bridge over the river in 2027.");

        assertEquals("2027", fact.answer());
    }

    @Test
    void modalMayBesideTheMonthMayGivesOnlyTheMonth() {
        Fact fact = onlyDate("The final vote may be held on 4 May.");

        assertEquals("4 May", fact.answer());
        assertEquals(new DateValue(0, 5, 4, DateValue.Style.DAY_MONTH), fact.value());
    }

    @Test
    void numberThatCountsSoldiersIsNotAYear() {
        assertEquals(List.of(), dates("The king sent in 2000 soldiers to guard the northern border."));
    }

    @Test
    void aYearOpeningTheSentenceIsADateEvenBeforeANoun() {
        assertEquals("2015", onlyDate("In 2015 floods destroyed the old harbour of the town.").answer());
    }

    @Test
    void yearAfterInIsADateWhenNoCountedNounFollows() {
        Fact fact = onlyDate("The first modern marathon was run in 1896 in Athens.");

        assertEquals("1896", fact.answer());
    }
}
