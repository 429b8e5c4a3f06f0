package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.generate.Articles.choice;
import static quizbot.generate.Articles.fact;
import static quizbot.generate.Articles.facts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What keeps a question out of a class quiz, one rule at a time; each case starts from a draft that would pass. */
class QualityGateTest {

    private static final QualityGate GATE = new QualityGate();
    private static final ArticleFacts MUSEUM = facts("The museum opened in Vienna in 1891 after a decade of building work.");
    private static final Fact OPENED = fact(MUSEUM, "1891");
    private static final String PROMPT = "The museum opened in Vienna in ____ after a decade of building work.";
    private static final List<String> YEARS = List.of("1891", "1889", "1894", "1890");

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)), "expected \"" + expected + "\" in " + problems);
    }

    @Test
    void aWellFormedQuestionPasses() {
        assertEquals(List.of(), GATE.problems(choice(OPENED, PROMPT, YEARS), MUSEUM));
    }

    @Test
    void aPromptThatHoldsTheAnswerFails() {
        assertProblem(GATE.problems(choice(OPENED, "The museum opened in 1891, in ____ as planned.", YEARS), MUSEUM),
                "gives the answer away");
    }

    @Test
    void aPromptThatHoldsTheAnswerInACompoundOrByItsInitialsFails() {
        ArticleFacts fact = facts("Vice President Kamala Harris spoke in Ohio. Harris praised the plan. Mozilla backed WebXR for Virtual Reality in 2018.");
        assertProblem(GATE.problems(choice(fact(fact, "Kamala Harris"), "The Biden-Harris plan was praised by ____ in Ohio.",
                List.of("Kamala Harris", "Joe Biden", "Jill Biden", "Doug Emhoff")), fact), "gives the answer away");
        assertProblem(GATE.problems(choice(fact(fact, "Virtual Reality"), "Mozilla backed WebXR for ____ (VR) in 2018.",
                List.of("Virtual Reality", "Augmented Reality", "Mixed Reality", "Extended Reality")), fact), "by its initials");
    }

    @Test
    void aPromptThatHoldsAnotherNameOfTheAnswerFails() {
        ArticleFacts island = facts("Divers love Cuba. The Island of Freedom has warm water all year.");
        Fact cuba = fact(island, "Cuba");
        assertProblem(GATE.problems(choice(cuba, "Divers love ____, the Island of Freedom.",
                List.of("Cuba", "Mexico", "Spain", "Chile")), island), "gives the answer away: \"the Island of Freedom\"");
    }

    @Test
    void aPromptOfFewerThanFourWordsBesidesTheBlankFails() {
        for (String prompt : List.of("In ____.", "____.", "It opened in ____.")) {
            assertProblem(GATE.problems(choice(OPENED, prompt, YEARS), MUSEUM), "says too little");
        }
    }

    @Test
    void aBlankInsideAWordOrAHyphenatedNameFails() {
        for (String prompt : List.of("The museum opened in Vienna in ____-41 after a decade of building work.",
                "The museum opened in Vienna in 10-____ after a decade of building work.",
                "The museum opened in Vienna in ____ion after a decade of building work.")) {
            assertProblem(GATE.problems(choice(OPENED, prompt, YEARS), MUSEUM), "cuts a word");
        }
        Fact city = fact(MUSEUM, "Vienna");
        List<String> cities = List.of("Vienna", "Graz", "Linz", "Salzburg");
        assertProblem(GATE.problems(choice(city, "The museum opened at the Greater ____ Fair in 1891 after a decade of building work.",
                cities), MUSEUM), "the rest of a name");
        assertEquals(List.of(), GATE.problems(choice(city, "Recent ____ museums opened in 1891 after a decade of building work.",
                cities), MUSEUM), "a sentence's first word is capitalised anyway");
        assertProblem(GATE.problems(choice(city, "Vienna ____ opened in 1891 after a decade of building work, the city said.", cities),
                MUSEUM), "the rest of a name");
    }

    @Test
    void aPromptStartingWithAPronounOrThisOrSuch_orAQuestionEndingInAPronoun_fails() {
        for (String prompt : List.of("It opened in Vienna in ____.", "This museum opened in ____.", "Such a museum opened in ____.",
                "In which year did the city open it?")) {
            assertProblem(GATE.problems(choice(OPENED, prompt, YEARS), MUSEUM), "starts or ends with a pronoun");
        }
        assertProblem(GATE.problems(choice(OPENED, "The museum opened in Vienna after this ____ of building work.", YEARS), MUSEUM),
                "follows \"this\"");
    }

    @Test
    void pageFurnitureInThePromptFails() {
        assertProblem(GATE.problems(choice(OPENED, PROMPT + " We use cookies.", YEARS), MUSEUM), "page furniture");
        assertEquals(List.of(), GATE.problems(choice(OPENED, "By the end of the decade of building work, the museum in Vienna opened"
                + " in ____…", YEARS), MUSEUM), "a sentence opening with \"By\" and cut after its clause is no byline");
    }

    @Test
    void aPromptCutFromTheMiddleOrToAFewWordsFails() {
        assertProblem(GATE.problems(choice(OPENED, "…after a decade of building work, the museum opened in Vienna in ____.", YEARS),
                MUSEUM), "opens mid-sentence");
        assertProblem(GATE.problems(choice(OPENED, "The museum opened in Vienna in ____…", YEARS), MUSEUM), "cut to a fragment");
    }

    @Test
    void aPromptOverTelegramsLimitFails() {
        assertProblem(GATE.problems(choice(OPENED, PROMPT + " x".repeat(150), YEARS), MUSEUM), "longer than 300");
    }

    @Test
    void repeatedOptionsFail() {
        assertProblem(GATE.problems(choice(OPENED, PROMPT, List.of("1891", "1889", "1889", "1890")), MUSEUM), "repeats");
    }

    @Test
    void optionsOfAnotherFormFail() {
        assertProblem(GATE.problems(choice(OPENED, PROMPT, List.of("1891", "May 1889", "1894", "1890")), MUSEUM), "differ in form");
    }

    @Test
    void fewerThanThreeDistractorsFail() {
        assertProblem(GATE.problems(choice(OPENED, PROMPT, List.of("1891", "1889")), MUSEUM), "only 1 good distractors");
    }

    @Test
    void aDistractorTheArticleMakesTrueFails() {
        ArticleFacts summit = facts("The summit ran from 1 to 3 November in Geneva. On 1 November the leaders signed a declaration.");
        Fact signed = summit.all().stream().filter(fact -> fact.answer().equals("1 November")).reduce((first, second) -> second).orElseThrow();
        assertProblem(GATE.problems(choice(signed, "On ____ the leaders signed a declaration.",
                List.of("1 November", "3 November", "8 November", "12 November")), summit), "\"3 November\" is true in the article too");
    }

    @Test
    void aNameThatOnlyDescribesTheNextNounFails() {
        ArticleFacts allies = facts("The parties condemned sanctions imposed by the United States and other NATO countries.");
        Fact nato = fact(allies, "NATO");
        assertProblem(GATE.problems(choice(nato, "…and other ____ countries.", List.of("NATO", "OPEC", "ASEAN", "the EU")), allies),
                "only describes the noun after it");
        ArticleFacts craft = facts("NASA launched the PACE satellite in 2024 to study the ocean.");
        assertTrue(GATE.problems(choice(fact(craft, "PACE"), "NASA launched the ____ satellite in 2024 to study the ocean.",
                List.of("PACE", "CALIPSO", "CloudSat", "Aqua")), craft).stream().noneMatch(problem -> problem.contains("describes")),
                "a craft's own noun is no noun it describes");
    }

    @Test
    void aSentenceThatAsksIsNoSourceForAQuestion() {
        ArticleFacts asking = facts("What new impetus has trade between Vienna and Prague received since 1991?");
        Fact since = fact(asking, "1991");
        assertProblem(GATE.problems(choice(since, "What new impetus has trade between Vienna and Prague received since ____?",
                List.of("1991", "1989", "1994", "1990")), asking), "itself a question");
    }

    @Test
    void aPlaceNamedInPassingIsNotAsked() {
        ArticleFacts passing = facts("Relations between Austria and Hungary improved after the election.");
        Fact austria = fact(passing, "Austria");
        assertProblem(GATE.problems(choice(austria, "Relations between ____ and Hungary improved after the election.",
                List.of("Austria", "Spain", "Italy", "France")), passing), "named in passing");
    }

    @Test
    void aPlaceInAListAfterInIsWhereAndARiverIsAThingOfItsOwn() {
        ArticleFacts reefs = facts("There are coral reefs in India, located in the Andaman Islands, the Gulf of Mannar, Lakshadweep, and the Gulf"
                + " of Kutch."
                + " The Yamuna and Gomti rivers join the Ganges in the plains.");
        Fact lakshadweep = fact(reefs, "Lakshadweep");
        assertTrue(GATE.problems(choice(lakshadweep, "There are coral reefs in India, located in the Andaman Islands, the Gulf of Mannar,"
                + " ____, and the Gulf of Kutch.", List.of("Lakshadweep", "Sikkim", "Assam", "Goa")), reefs).stream()
                .noneMatch(problem -> problem.contains("named in passing")));
        Fact ganges = fact(reefs, "the Ganges");
        assertTrue(GATE.problems(choice(ganges, "The Yamuna and Gomti rivers join ____ in the plains.",
                List.of("the Ganges", "the Indus", "the Godavari", "the Kaveri")), reefs).stream()
                .noneMatch(problem -> problem.contains("named in passing")));
    }

    @Test
    void aSentenceOpeningWithABareVerbIsAHeadingNotAStatement() {
        ArticleFacts heading = facts("Drive opportunity and equity for all of America in science. The act includes $1.5 billion for wireless"
                + " networks.");
        Fact america = fact(heading, "America");
        assertProblem(GATE.problems(choice(america, "Drive opportunity and equity for all of ____ in science.",
                List.of("America", "China", "Japan", "Germany")), heading), "bare verb");
        Fact sum = fact(heading, "$1.5 billion");
        assertTrue(GATE.problems(choice(sum, "The act includes ____ for wireless networks.",
                List.of("$1.5 billion", "$2 billion", "$2.5 billion", "$1 billion")), heading).stream()
                .noneMatch(problem -> problem.contains("bare verb")));
    }

    @Test
    void aPromptThatOpensPointingBackWithThisIsUnclear_butNotWhenItNamesWhatItMeans() {
        ArticleFacts theory = facts("Newton published his theory in 1687. Alexis Bouvard used this theory to model the orbit of Uranus in 1821."
                + " After a decade of attacks on the Affordable Care Act in the courts, the Supreme Court rejected the third challenge to"
                + " this landmark law in 2021.");
        Fact bouvard = fact(theory, "Alexis Bouvard");
        assertProblem(GATE.problems(choice(bouvard, "Who used this theory to model the orbit of Uranus in 1821?",
                List.of("Alexis Bouvard", "Isaac Newton", "John Couch Adams", "Urbain Le Verrier")), theory), "points back");
        Fact year = fact(theory, "2021");
        assertTrue(GATE.problems(choice(year, "After a decade of attacks on the Affordable Care Act in the courts, the Supreme Court"
                + " rejected the third challenge to this landmark law in ____.", List.of("2021", "2019", "2022", "2020")), theory).stream()
                .noneMatch(problem -> problem.contains("points back")), "the Act stands in the prompt before it");
    }

    @Test
    void aPromptThatAnnouncesWhatFollowsIt_orASentenceThatGoesOnFromAnother_isNoStatement() {
        ArticleFacts notes = facts("In his notes dated 19 March 1931, the Viceroy recorded: — and was held here in Washington.");
        assertProblem(GATE.problems(choice(fact(notes, "19 March 1931"), "In his notes dated ____, the Viceroy recorded:",
                List.of("19 March 1931", "16 March 1931", "23 March 1931", "26 March 1931")), notes), "announces what follows it");
        ArticleFacts continued = facts("The game was a success. — and was held here in Washington.");
        assertProblem(GATE.problems(choice(fact(continued, "Washington"), "— and was held here in ____.",
                List.of("Washington", "Tampa", "Miami", "Dallas")), continued), "goes on from one before it");
    }

    @Test
    void oneNameOfAListOfThreeOrMoreIsTrivia_butOneOfTwoIsAsked() {
        ArticleFacts priests = facts("He was influenced by experiments of Benedetto Varchi, Francesco Beato, Luca Ghini and Giovan Bellaso."
                + " In 1846, the astronomers John Couch Adams and Urbain Le Verrier predicted the planet.");
        assertProblem(GATE.problems(choice(fact(priests, "Luca Ghini"), "He was influenced by experiments of Benedetto Varchi,"
                + " Francesco Beato, ____ and Giovan Bellaso.", List.of("Luca Ghini", "Galileo Galilei", "Isaac Newton", "Robert Hooke")),
                priests), "one name of a list");
        assertTrue(GATE.problems(choice(fact(priests, "John Couch Adams"), "In 1846, the astronomers ____ and Urbain Le Verrier"
                + " predicted the planet.", List.of("John Couch Adams", "Isaac Newton", "Robert Hooke", "Galileo Galilei")), priests)
                .stream().noneMatch(problem -> problem.contains("one name of a list")));
    }

    @Test
    void aNameOfEverydaySpeechIsNoAnswer() {
        ArticleFacts sensors = facts("Radar sensors direct beams of energy at Earth and measure how they reflect.");
        assertProblem(GATE.problems(choice(fact(sensors, "Earth"), "Radar sensors direct beams of energy at ____ and measure how they"
                + " reflect.", List.of("Earth", "Mars", "Venus", "Jupiter")), sensors), "everyday speech");
    }

    @Test
    void theArticlesOwnSubjectOrItsTeamIsNoAnswer() {
        ArticleFacts mission = facts("NASA’s CloudSat Ends Mission", "The CloudSat Project is managed for NASA by JPL in Pasadena.");
        assertProblem(GATE.problems(choice(fact(mission, "the CloudSat Project"), "____ is managed for NASA by JPL in Pasadena.",
                List.of("the CloudSat Project", "the CALIPSO Project", "the PACE Project", "the GRACE Project")), mission), "own subject");
        ArticleFacts life = facts("Bal Gangadhar Tilak", "Bal Gangadhar Tilak founded the Deccan Education Society in 1884.");
        assertProblem(GATE.problems(choice(fact(life, "Bal Gangadhar Tilak"), "____ founded the Deccan Education Society in 1884.",
                List.of("Bal Gangadhar Tilak", "Lala Lajpat Rai", "Bipin Chandra Pal", "Gopal Krishna Gokhale")), life), "own subject");
    }

    @Test
    void aSentenceAboutAPictureIsACaption() {
        ArticleFacts caption = facts("The shapes of two massive galaxies in this image evolved under the effects of gravity.");
        Fact galaxies = fact(caption, "two massive galaxies");
        assertProblem(GATE.problems(choice(galaxies, "The shapes of ____ in this image evolved under the effects of gravity.",
                List.of("two massive galaxies", "three massive galaxies", "five massive galaxies", "six massive galaxies")), caption),
                "describes a picture");
    }

    @Test
    void aSentenceWithoutAVerbIsACaptionOrAListsFragment_notAStatementToAsk() {
        ArticleFacts caption = facts("The statue of Rai at Shimla, Himachal Pradesh.");
        Fact shimla = fact(caption, "Shimla");
        assertProblem(GATE.problems(choice(shimla, "The statue of Rai at ____, Himachal Pradesh.",
                List.of("Shimla", "Lahore", "Amritsar", "Jagraon")), caption), "has no verb");
    }

    @Test
    void aVerbTheTaggerReadsAsANoun_orAContraction_stillMakesAStatement() {
        for (String sentence : List.of("Caltech in Pasadena manages the laboratory for the agency.",
                "That’s the money from the department in Pasadena.")) {
            ArticleFacts statement = facts(sentence);
            Fact pasadena = fact(statement, "Pasadena");
            String prompt = sentence.replace("Pasadena", QuestionWriter.BLANK);
            assertTrue(GATE.problems(choice(pasadena, prompt, List.of("Pasadena", "Houston", "Denver", "Boston")), statement)
                    .stream().noneMatch(problem -> problem.contains("no verb")), sentence);
        }
    }
}
