package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.generate.Articles.fact;
import static quizbot.generate.Articles.facts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong answers of the answer's kind and form, definitely wrong by the article. */
class DistractorsTest {

    private static final Distractors DISTRACTORS = new Distractors(new Gazetteer());

    private static List<String> distractors(ArticleFacts facts, Fact fact) {
        return DISTRACTORS.forFact(fact, facts, QuestionWriter.blankStem(fact));
    }

    @Test
    void aDayInsideARangeThatHoldsTheAnswerIsNeverADistractor() {
        ArticleFacts summit = facts("The summit ran from 1 to 3 November in Geneva. On 1 November the leaders signed a declaration.");
        Fact signed = summit.all().stream().filter(fact -> fact.answer().equals("1 November")).reduce((first, second) -> second).orElseThrow();
        List<String> options = distractors(summit, signed);
        assertEquals(3, options.size());
        assertFalse(options.contains("2 November") || options.contains("3 November"), options.toString());
        assertTrue(options.stream().allMatch(option -> option.matches("\\d{1,2} [A-Z][a-z]+")), "same form as the answer: " + options);
    }

    @Test
    void datesAreWrittenAsTheAnswerIsOrdinalOrAbbreviated() {
        ArticleFacts climb = facts("They left base camp on the 3rd of December 2024 and reached the summit on the 9th of January 2025.");
        List<String> ordinal = distractors(climb, fact(climb, "9th of January 2025"));
        assertTrue(ordinal.stream().allMatch(option -> option.matches("\\d{1,2}(?:st|nd|rd|th) of [A-Z][a-z]+ \\d{4}")), ordinal.toString());

        ArticleFacts obituary = facts("She died on Sept. 4, 2025, at her home. The funeral was held on Sept. 9, 2025.");
        List<String> abbreviated = distractors(obituary, fact(obituary, "Sept. 4, 2025"));
        assertTrue(abbreviated.stream().allMatch(option -> QualityGate.form(option).equals(QualityGate.form("Sept. 4, 2025"))),
                abbreviated.toString());
    }

    @Test
    void aWellKnownCompanyGetsCompaniesOfItsSector_anUnknownOneNoneFromTheList() {
        ArticleFacts built = facts("BAE Systems of Broomfield, Colorado, designed and built the satellite.");
        List<String> aerospace = distractors(built, fact(built, "BAE Systems"));
        assertEquals(3, aerospace.size());
        assertTrue(aerospace.stream().allMatch(List.of("Boeing", "Airbus", "Lockheed Martin", "Northrop Grumman", "Raytheon", "SpaceX",
                "Blue Origin")::contains), "an aerospace firm among aerospace firms: " + aerospace);
        ArticleFacts railway = facts("The line was built by the Cuba Railways company in 1902.");
        assertEquals(List.of(), distractors(railway, fact(railway, "Cuba Railways")), "no oil or software firm for a railway");
    }

    @Test
    void peopleNamedNearTheAnswerComeFirst_andNoneIsTheAnswerSpelledOtherwise() {
        ArticleFacts story = facts("John Smith met Mary Jones and Peter Brown in Leeds. They spoke for hours."
                + " The weather was fine. The hall was full. Years later, Edmond Halley met Christopher Wren and Robert Hooke in London."
                + " Isaac Newton sent a manuscript to Edmond Halley. Some write his name Edmund Halley.");
        Fact halley = story.all().stream().filter(fact -> fact.answer().equals("Edmond Halley")).reduce((first, second) -> second).orElseThrow();
        List<String> options = distractors(story, halley);
        assertTrue(options.containsAll(List.of("Christopher Wren", "Robert Hooke")), "the people of the answer's episode: " + options);
        assertFalse(options.contains("Edmund Halley"), options.toString());
        ArticleFacts ranges = facts("The Vindhya range lies north of the Satpura range. The Satpura Range is old. The Aravali Range is older."
                + " The Garo Range is in the east.");
        List<String> range = distractors(ranges, fact(ranges, "Satpura"));
        assertFalse(range.contains("the Satpura Range") || range.contains("Satpura Range"), "another form of the answer: " + range);
    }

    @Test
    void aPersonTheSentenceGivesANationalityGetsPeopleOfThatNationalityOnly() {
        ArticleFacts story = facts("The Indian leader Lala Lajpat Rai met John Morley in London. The British author Sir Valentine Chirol"
                + " called him a rebel. The British viceroy Lord Minto agreed, and the British writer Henry Nevinson did not.");
        List<String> options = distractors(story, fact(story, "Valentine Chirol"));
        assertFalse(options.contains("Lala Lajpat Rai") || options.contains("John Morley"), "no Indian for a British author: " + options);
        assertTrue(options.contains("Henry Nevinson"), options.toString());
    }

    @Test
    void aDayOfAnotherDecadeIsNoDistractor() {
        ArticleFacts life = facts("He was born on 23 July 1856. He was released from prison on 16 June 1914. He died on 1 August 1920.");
        List<String> released = distractors(life, fact(life, "16 June 1914"));
        assertFalse(released.contains("23 July 1856") || released.contains("1 August 1920"), "a birth is no release date: " + released);
    }

    @Test
    void yearsComeFromTheArticleFirstThenNearby() {
        ArticleFacts club = facts("The club was founded in 1921. It won its first title in 1934 and moved to a new stadium in 1997.");
        List<String> options = distractors(club, fact(club, "1921"));
        assertTrue(options.contains("1934"), options.toString());
        assertTrue(options.stream().allMatch(option -> option.matches("\\d{4}")), options.toString());
        assertFalse(options.contains("1997"), "a year 76 years away is no plausible distractor: " + options);
    }

    @Test
    void moneyKeepsTheAnswersCurrencyAndWording() {
        ArticleFacts deal = facts("The bank lent the city € 650 million for the new tram line.");
        List<String> options = distractors(deal, fact(deal, "€ 650 million"));
        assertEquals(3, options.size());
        assertTrue(options.stream().allMatch(option -> option.matches("€ \\d+(\\.\\d+)? million")), options.toString());
    }

    @Test
    void generatedFiguresShowNoPatternThatPointsAtTheAnswer() {
        for (String sentence : List.of("The law will create 642,000 manufacturing jobs.", "The company employs 22 engineers.",
                "The mission lasted 18 years.", "The bank lent the city € 650 million.", "Turnout was 67.4 per cent.",
                "The judge gave him a fine of ₹1,000 in Mandalay.")) {
            ArticleFacts article = facts(sentence);
            Fact figure = article.all().get(0);
            double answer = number(figure.answer());
            List<Double> options = distractors(article, figure).stream().map(DistractorsTest::number).toList();
            assertEquals(3, options.size(), sentence);
            for (double option : options) {
                for (double factor : new double[] {2, 10, 0.5, 5, 0.2}) {
                    assertTrue(Math.abs(option - answer * factor) > 1e-9, sentence + ": " + option + " is " + factor + " × the answer");
                }
                assertFalse(options.contains(2 * answer - option), sentence + ": the answer is the midpoint of " + option
                        + " and " + (2 * answer - option) + " in " + options);
            }
        }
    }

    @Test
    void aRoundFigureHasDistractorsOnBothSidesOfIt() {
        ArticleFacts article = facts("NASA plans to use the rover over an approximate 10-year lifespan.");
        Fact figure = fact(article, "10-year");
        List<Double> options = distractors(article, figure).stream().map(DistractorsTest::number).toList();

        assertTrue(options.stream().anyMatch(option -> option > 10) && options.stream().anyMatch(option -> option < 10),
                "the answer is not the largest of its options: " + options);
    }

    private static double number(String option) {
        return Double.parseDouble(option.replaceAll("[^\\d.]", ""));
    }

    @Test
    void aPersonNamedBySurnameIsAskedByTheFullNameAmongFullNames() {
        ArticleFacts match = facts("Coach Gareth Lowe praised Lucy Brennan, Kate Lindholm and Hannah Price. Later, Lowe said the team was tired.");
        Fact lowe = match.all().stream().filter(fact -> fact.surface().equals("Lowe")).findFirst().orElseThrow();
        assertEquals("Gareth Lowe", lowe.answer());
        assertEquals(List.of("Hannah Price", "Kate Lindholm", "Lucy Brennan"), distractors(match, lowe).stream().sorted().toList());
    }

    @Test
    void aPersonsDistractorsAreOfTheSameEraAndNeverTheArticlesSubject() {
        ArticleFacts history = facts("Gravity", "In 1551 Domingo de Soto wrote that falling bodies accelerate. In 1586"
                + " Simon Stevin dropped two cannonballs in Delft. Giovanni Benedetti agreed in 1553. In 1687 Isaac Newton"
                + " published the Principia. In 1915 Albert Einstein proposed general relativity.");
        List<String> options = distractors(history, fact(history, "Domingo de Soto"));
        assertTrue(options.containsAll(List.of("Simon Stevin", "Giovanni Benedetti")), options.toString());
        assertFalse(options.contains("Albert Einstein"), "no one of 1915 among the people of 1551: " + options);

        ArticleFacts life = facts("Bal Gangadhar Tilak", "In 1890 Bal Gangadhar Tilak met Gopal Krishna Gokhale. In 1895 Annie"
                + " Besant spoke with Pherozeshah Mehta. In 1897 Tilak wrote about Dadabhai Naoroji.");
        List<String> peers = distractors(life, fact(life, "Gopal Krishna Gokhale"));
        assertTrue(peers.stream().noneMatch(option -> option.contains("Tilak")), "the subject is no distractor: " + peers);
    }

    @Test
    void someoneNamedLaterOnlyForTheirLawIsNoPersonOfThatLaterEra() {
        ArticleFacts history = facts("Gravity", "In 1666 Isaac Newton studied the orbit of the Moon. In 1797 Henry Cavendish"
                + " measured the constant. In 1821 Alexis Bouvard modelled the orbit of Uranus. In 1822 astronomers tested"
                + " Newton's law with his tables. In 1846 John Couch Adams"
                + " and Urbain Le Verrier predicted the place of Neptune.");
        List<String> options = distractors(history, fact(history, "Alexis Bouvard"));
        assertTrue(options.contains("Henry Cavendish"), options.toString());
        assertFalse(options.contains("Isaac Newton"), "first named in 1666, Newton modelled nothing in 1821: " + options);
    }

    @Test
    void neitherAnotherNameOfTheAnswerNorItsCapitalIsADistractor() {
        ArticleFacts travel = facts("Many tourists travel to Cuba every winter. The Island of Freedom is famous for Havana and its music."
                + " Others prefer trips to Mexico, Spain or Portugal.");
        List<String> options = distractors(travel, fact(travel, "Cuba"));
        assertEquals(3, options.size());
        assertTrue(options.stream().noneMatch(option -> option.contains("Island of Freedom") || option.equals("Havana")), options.toString());
    }

    @Test
    void treatyDistractorsComeFromTheSameField() {
        ArticleFacts arms = facts("The United States withdrew from the Treaty INF after years of dispute.");
        List<String> options = distractors(arms, fact(arms, "the INF Treaty"));
        assertEquals(3, options.size());
        assertTrue(options.stream().allMatch(option -> option.startsWith("the ")), options.toString());
        assertTrue(options.stream().noneMatch(option -> option.contains("Kyoto") || option.contains("Versailles")), options.toString());
    }

    @Test
    void aPersonNamedInThePromptUnderAnotherFormIsNeverADistractor() {
        ArticleFacts talks = facts("Chancellor Helmut Kohl met President George Bush in 1990. Later that year, Kohl met"
                + " Mikhail Gorbachev and Margaret Thatcher.");
        List<String> options = DISTRACTORS.forFact(fact(talks, "George Bush"), talks, "Later that year, Kohl met ____.");
        assertTrue(options.stream().noneMatch(option -> option.contains("Kohl")), options.toString());
    }

    @Test
    void aPersonThePromptNamesInThePossessiveIsNeverADistractor() {
        ArticleFacts laws = facts("Johannes Kepler published his laws in 1609. Isaac Newton derived Kepler's third law in 1687."
                + " Edmond Halley paid for the book in 1686.");
        List<String> options = DISTRACTORS.forFact(fact(laws, "Isaac Newton"), laws, "Who derived Kepler's third law in 1687?");
        assertTrue(options.stream().noneMatch(option -> option.contains("Kepler")), options.toString());
    }

    @Test
    void aDistractorShownInThePromptIsNeverUsed() {
        ArticleFacts landings = facts("The Apollo landings of 1969 and 1972 were already old history when she was born in 1990.");
        List<String> options = distractors(landings, fact(landings, "1969"));
        assertFalse(options.contains("1972"), options.toString());
    }

    @Test
    void aNameThePromptGivesByItsLastWordIsNeverADistractor() {
        ArticleFacts accords = facts("The Artemis Accords were signed in 2020. The Accords reinforce key obligations in the"
                + " Outer Space Treaty and in the Moon Agreement.");
        List<String> options = DISTRACTORS.forFact(fact(accords, "the Outer Space Treaty"), accords,
                "The Accords reinforce key obligations in ____ and in the Moon Agreement.");
        assertTrue(options.stream().noneMatch(option -> option.contains("Artemis")), "the Accords cannot reinforce themselves: " + options);
    }

    @Test
    void aCenturyDatesAPersonsEra() {
        ArticleFacts gravity = facts("In the 6th century, the astronomer Aryabhata Varma described gravity as an attractive force."
                + " Isaac Newton published the Principia in 1687. Albert Einstein published general relativity in 1915."
                + " In the 7th century, the astronomer Brahma Gupta wrote about falling bodies.");
        List<String> options = distractors(gravity, fact(gravity, "Aryabhata Varma"));
        assertTrue(options.stream().noneMatch(option -> option.contains("Newton") || option.contains("Einstein")),
                "no one of 1687 or 1915 among those of the 6th century: " + options);
    }

    @Test
    void aCitysDistractorsFromTheGazetteerAreOfItsContinent() {
        ArticleFacts laws = facts("Johannes Kepler published his first two laws of planetary motion in Prague in 1609.");
        List<String> options = distractors(laws, fact(laws, "Prague"));
        var gazetteer = new Gazetteer();
        assertEquals(3, options.size(), options.toString());
        assertTrue(options.stream().allMatch(option -> gazetteer.continentOf(option).equals("Europe")), "not Tokyo or Singapore: " + options);
    }

    @Test
    void aSitesDistractorsAreFeaturesOfItsKind() {
        ArticleFacts india = facts("India is bounded by the Arabian Sea and the Bay of Bengal. The plains are dominated by three main rivers,"
                + " the Indus, Ganges, and Brahmaputra. The Ganges is the longest river originating in India. The Satpura range"
                + " and the Vindhya range lie in the centre. The Godavari river flows into the Bay of Bengal.");
        List<String> options = distractors(india, fact(india, "the Ganges"));
        assertEquals(3, options.size(), options.toString());
        assertEquals(List.of("Brahmaputra", "Godavari", "the Indus"), options.stream().sorted().toList(), "rivers for a river");
    }

    @Test
    void aTermsDistractorsAreThingsOfItsSortAndACollegeComesAmongColleges() {
        ArticleFacts physics = facts("Energy is carried by gravitational radiation. Scientists measured gravitational radiation. The theory"
                + " explains dark matter. Galaxies hold dark matter. The gravitational field is curved. The gravitational field"
                + " bends light. The electromagnetic force is strong. The electromagnetic force acts on charges. The attractive force"
                + " holds. The attractive force pulls.");
        List<String> options = distractors(physics, fact(physics, "gravitational radiation"));
        assertTrue(options.stream().noneMatch(option -> option.equals("dark matter")), "no matter for a radiation: " + options);

        ArticleFacts pune = facts("He studied at Fergusson College in Pune. The Maharashtra Legislative Council met in Mumbai. He spoke"
                + " at Elphinstone College and at Deccan College.");
        assertEquals(List.of("Elphinstone College", "Deccan College"), distractors(pune, fact(pune, "Fergusson College")).subList(0, 2),
                "colleges first");
    }

    @Test
    void aPersonNamedWithoutAYearIsOfTheYearsJustBefore() {
        ArticleFacts history = facts("In 628 CE, the Indian astronomer Brahmagupta proposed that gravity attracts. In the ancient Middle"
                + " East, gravity was debated. The Persian intellectual Al-Biruni believed that gravity was not unique to the Earth."
                + " In 1783, John Michell designed a torsion balance. In 1797, the value of G was measured by Henry Cavendish."
                + " In 1799, Pierre-Simon Laplace wrote on gravity.");
        List<String> options = distractors(history, fact(history, "Henry Cavendish"));
        assertTrue(options.stream().noneMatch(option -> option.contains("Biruni") || option.contains("Brahmagupta")),
                "no scholar of the first millennium for 1797: " + options);
    }
}
