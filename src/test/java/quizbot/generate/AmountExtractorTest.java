package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;

/** Which sums of money and figures a sentence states, and which words form the answer. */
class AmountExtractorTest {

    private final AmountExtractor extractor = new AmountExtractor();

    private List<Fact> amounts(String sentence) {
        return extractor.extract(TestText.sentence(sentence));
    }

    private Fact onlyAmount(String sentence) {
        List<Fact> facts = amounts(sentence);
        assertEquals(1, facts.size(), () -> "expected one amount in \"" + sentence + "\", got " + facts);
        return facts.get(0);
    }

    @Test
    void aMeasureWrittenAsAnAdjectiveIsAFigureButAnAgeIsNot() {
        assertEquals("2,731-metre", onlyAmount("They climbed Skarvtind, a 2,731-metre granite tower.").answer());
        assertEquals(List.of(), amounts("Its captain was a 41-year-old Galician officer."));
    }

    @Test
    void aRankWrittenAsAnOrdinalIsAFigureWhoseDistractorsKeepTheirEnding_butACenturyIsNot() {
        Fact rank = onlyAmount("Slovenia became the 39th country to sign the Accords.");
        assertEquals("39th country", rank.answer());
        Amount value = (Amount) rank.value();
        assertEquals(List.of("41st country", "42nd country", "43rd country", "11th country"),
                List.of(41, 42, 43, 11).stream().map(number -> value.withNumber(BigDecimal.valueOf(number)).text()).toList());
        assertEquals(List.of(), amounts("It was written in the 19th century."));
        ArticleFacts amended = Articles.facts("The 106th amendment was passed in 2023.");
        List<Amount> ranks = FigureDistractors.candidates((Amount) Articles.fact(amended, "106th amendment").value(),
                Articles.fact(amended, "106th amendment"), amended);
        assertEquals(List.of(), ranks.stream().map(Amount::text).filter(text -> !text.matches("\\d+(?:st|nd|rd|th) amendment")).toList(),
                "a rank is whole");
    }

    @Test
    void currencySignWithScaleIsMoney() {
        Fact fact = onlyAmount("The city spent $ 50 million on the new stadium.");

        assertEquals(Kind.MONEY, fact.kind());
        assertEquals("$ 50 million", fact.answer());
        assertEquals("$ 50 million", fact.surface());
    }

    @Test
    void anIndianScaleIsPartOfTheSum() {
        assertEquals("₹6.3 crore", onlyAmount("The estimated cost of the Constituent Assembly was ₹6.3 crore.").answer());
        assertEquals("₹50 lakh", onlyAmount("The fund raised ₹50 lakh in a year.").answer());
    }

    @Test
    void qualifierBeforeTheSumIsNotInTheAnswer() {
        Fact fact = onlyAmount("The merger of the two insurers is worth over € 1 billion, analysts said.");

        assertEquals(Kind.MONEY, fact.kind());
        assertEquals("€ 1 billion", fact.answer());
        assertEquals("€ 1 billion", fact.surface());
    }

    @Test
    void abbreviatedScaleGluedToTheNumberIsMoney() {
        Fact fact = onlyAmount("The airline reported a loss of €1.2bn for the year.");

        assertEquals(Kind.MONEY, fact.kind());
        assertEquals("€1.2bn", fact.answer());
    }

    @Test
    void currencyWordAfterTheNumberIsMoney() {
        Fact fact = onlyAmount("Germany was ordered to pay 132 billion gold marks in reparations.");

        assertEquals(Kind.MONEY, fact.kind());
        assertEquals("132 billion gold marks", fact.answer());
    }

    @Test
    void currencyWordWithScaleIsMoney() {
        Fact fact = onlyAmount("The football club was sold for 2 billion dollars last spring.");

        assertEquals(Kind.MONEY, fact.kind());
        assertEquals("2 billion dollars", fact.answer());
    }

    @Test
    void currencyCodeWithShortScaleIsMoney() {
        Fact fact = onlyAmount("The start-up raised US$ 3m from a venture fund.");

        assertEquals(Kind.MONEY, fact.kind());
        assertEquals("US$ 3m", fact.answer());
    }

    @Test
    void percentWrittenAsWordIsANumber() {
        Fact fact = onlyAmount("Sales of electric cars rose by 35 percent in the first quarter.");

        assertEquals(Kind.NUMBER, fact.kind());
        assertEquals("35 percent", fact.answer());
    }

    @Test
    void percentSignIsANumber() {
        Fact fact = onlyAmount("The central bank raised its main interest rate to 5% on Thursday.");

        assertEquals(Kind.NUMBER, fact.kind());
        assertEquals("5%", fact.answer());
    }

    @Test
    void aNounThatModifiesTheCountedNounIsPartOfTheAnswer() {
        assertEquals("20 river units", onlyAmount("The basin is divided into 20 river units for planning.").answer());
        assertEquals("642,000 manufacturing jobs", onlyAmount("The plan supports 642,000 manufacturing jobs across the country.").answer());
    }

    @Test
    void groupedNumberWithCountedNounIsANumber() {
        Fact fact = onlyAmount("The final drew 61,500 spectators to the national stadium.");

        assertEquals(Kind.NUMBER, fact.kind());
        assertEquals("61,500 spectators", fact.answer());
        assertEquals("130 million Americans", onlyAmount("The law protects more than 130 million Americans with conditions.").answer(),
                "a people is counted by its name");
    }

    @Test
    void numberWithUnitIsANumber() {
        Fact fact = onlyAmount("The new high-speed railway line will be 410 kilometres long.");

        assertEquals(Kind.NUMBER, fact.kind());
        assertEquals("410 kilometres", fact.answer());
    }

    @Test
    void modelNumberIsNotAQuantity() {
        assertEquals(List.of(), amounts("The weather satellite will be launched on an Ariane 6 rocket next spring."));
    }

    @Test
    void aCountAfterACapitalisedOpenerIsACountAndMayHaveOtherBeforeItsNoun() {
        assertEquals("72 teams", onlyAmount("The 72 teams came from around the world.").answer());
        assertEquals("13 other nations", onlyAmount("Teams from 13 other nations took part.").answer());
    }

    @Test
    void aCountSpelledOutIsACountWrittenInWordsButNotOfTimeNorOfThingsAlreadyCounted() {
        Fact count = onlyAmount("In 2020, the United States and seven other countries established the Accords.");
        assertEquals("seven other countries", count.answer());
        assertEquals("forty-six teams", onlyAmount("Forty-six teams entered the race.").answer().toLowerCase(Locale.ROOT));
        assertEquals("nine other countries", ((Amount) count.value()).withNumber(BigDecimal.valueOf(9)).text(),
                "a distractor is spelled as the answer is");
        assertEquals(List.of(), amounts("Two years later, the merger of the two insurers was complete."));
        assertEquals(List.of(), amounts("Three quarters of the way through the season, they were tied."));
    }

    @Test
    void yearBeforeANounIsNotAnAmount() {
        assertEquals(List.of(), amounts("In 2015 floods destroyed most of the old harbour."));
    }

    @Test
    void yearInADateIsNotAnAmountButTheHeadcountIs() {
        List<Fact> facts = amounts("The software company was founded in 2015 and now employs 300 people.");

        assertEquals(List.of("300 people"), facts.stream().map(Fact::answer).toList());
    }
}
