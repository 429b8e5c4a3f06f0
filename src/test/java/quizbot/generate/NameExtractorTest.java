package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;

/** Names typed without a trained model: gazetteers, titles, company words, and the article as a whole. */
class NameExtractorTest {

    private static final NameExtractor NAMES = new NameExtractor(new Gazetteer());

    private static List<Fact> names(String paragraph) {
        return NAMES.extract(TestText.sentences(paragraph));
    }

    /** The name asked by this answer, else the one written so in its sentence ("Lowe", asked as "Gareth Lowe"). */
    private static Fact named(List<Fact> facts, String answer) {
        Optional<Fact> fact = facts.stream().filter(candidate -> candidate.answer().equals(answer)).findFirst()
                .or(() -> facts.stream().filter(candidate -> candidate.surface().equals(answer)).findFirst());
        assertTrue(fact.isPresent(), "no name \"" + answer + "\" in " + facts.stream().map(Fact::answer).toList());
        return fact.get();
    }

    private static Name name(List<Fact> facts, String answer) {
        return (Name) named(facts, answer).value();
    }

    @Test
    void aTitleBeforeANameMakesItAPersonAndStaysOutOfTheName() {
        List<Fact> facts = names("The treaty was negotiated by US President Woodrow Wilson and Prime Minister David Lloyd George.");
        assertEquals(Kind.PERSON, named(facts, "Woodrow Wilson").kind());
        assertEquals(Kind.PERSON, named(facts, "David Lloyd George").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().contains("President")));
    }

    @Test
    void aPostWithItsOfficeBeforeANameLeavesTheOfficeOutOfTheName() {
        List<Fact> facts = names("Secretary of State Antony Blinken met President of the United States Joe Biden in Ohio.");
        assertEquals(Kind.PERSON, named(facts, "Antony Blinken").kind());
        assertEquals(Kind.PERSON, named(facts, "Joe Biden").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().contains("State ") || fact.answer().contains("States ")),
                facts.stream().map(Fact::answer).toList().toString());
    }

    @Test
    void aTitlesQualifierOrAPostAloneNamesNoPerson() {
        List<Fact> facts = names("The talks took place at the Ministry of Foreign Affairs Offices, where Foreign Minister Sergey Lavrov"
                + " met the Associate General Counsel, the Attorney General and NASA Administrator Bill Nelson.");
        assertEquals(Kind.PERSON, named(facts, "Sergey Lavrov").kind());
        assertEquals(Kind.PERSON, named(facts, "Bill Nelson").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.kind() == Kind.PERSON && !List.of("Sergey Lavrov", "Bill Nelson").contains(fact.answer())),
                facts.stream().map(fact -> fact.kind() + " " + fact.answer()).toList().toString());
    }

    @Test
    void aPostWithItsNationalityOrItsOfficeIsNoName_butTheOfficeIs() {
        List<Fact> facts = names("The Indian Viceroy, Lord Irwin, cut short his vacation, and the Director of the Intelligence Bureau"
                + " watched the Assistant Superintendent of Police.");
        assertEquals(Kind.PERSON, named(facts, "Irwin").kind());
        assertEquals(Kind.ORGANISATION, named(facts, "the Intelligence Bureau").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().matches(".*(?:Viceroy|Director|Superintendent).*")),
                facts.stream().map(fact -> fact.kind() + " " + fact.answer()).toList().toString());
        List<Fact> magistrate = names("They meant to kill the Chief Presidency Magistrate Douglas Kingsford.");
        assertEquals(List.of("Douglas Kingsford"), magistrate.stream().map(Fact::answer).toList(), "a post of three words names no one else");
        List<Fact> offices = names("He served as the Commissioner of Education in Ohio and met the Prime Minister of India.");
        assertTrue(offices.stream().noneMatch(fact -> fact.answer().equals("Education")), "an office is no name: " + offices);
        assertEquals(Kind.PLACE, named(offices, "India").kind());
    }

    @Test
    void aNameSpelledOutBeforeItsAcronymIsOneNameWithItsAndAndOf() {
        List<Fact> facts = names("The grants support Historically Black Colleges and Universities (HBCUs) across the country."
                + " The council heard the President’s Council of Advisors on Science and Technology (PCAST) on Monday.");
        named(facts, "Historically Black Colleges and Universities");
        assertTrue(facts.stream().anyMatch(fact -> fact.answer().endsWith("Council of Advisors on Science and Technology")),
                facts.stream().map(Fact::answer).toList().toString());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().equals("Universities") || fact.answer().equals("Science")));
    }

    @Test
    void andOfTheAndAListInsideAnOrganisationsNameKeepItWhole() {
        List<Fact> facts = names("The figures of the Food and Agriculture Organization were published. State Secretary Matevž Frangež"
                + " of the Ministry of the Economy, Tourism, and Sport signed the accords. In 1921, he founded Servants of the"
                + " People Society, a non-profit in Lahore. Rai petitioned the United States House Committee on Foreign Affairs."
                + " Washington abstained from voting in the UN General Assembly on the Cuban draft resolution. She worked at the"
                + " Woods Hole Oceanographic Institution on Cape Cod.");
        named(facts, "the UN General Assembly");
        named(facts, "the Woods Hole Oceanographic Institution");
        assertEquals(Kind.ORGANISATION, named(facts, "the United States House Committee on Foreign Affairs").kind());
        assertEquals(Kind.ORGANISATION, named(facts, "the Food and Agriculture Organization").kind());
        assertEquals(Kind.ORGANISATION, named(facts, "the Ministry of the Economy, Tourism, and Sport").kind());
        assertEquals(Kind.ORGANISATION, named(facts, "Servants of the People Society").kind());
        assertEquals(Kind.PERSON, named(facts, "Matevž Frangež").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().equals("State")), "a word of the title is no name of its own");
    }

    @Test
    void aCommonWordCapitalisedForItsPlaceOrShoutedOrAContractionIsNoName() {
        List<Fact> facts = names("Between Artemis missions, the rover waits. Stand by for the reading. We stand by the crew. I've got FUEL CELL 2 on the main bus."
                + " The fuel cell pumps are fine, and the cell has a main line. Construction began in May. The construction took a year.");
        assertTrue(facts.stream().noneMatch(fact -> List.of("Stand", "I've", "Construction", "FUEL CELL", "Between Artemis").contains(fact.answer())),
                facts.stream().map(Fact::answer).toList().toString());
    }

    @Test
    void twoWholeCompanyNamesJoinedByAndStayTwo() {
        List<Fact> facts = names("Hallberg Logistics AG and Meridian Cargo Inc. agreed to merge. Russia and the European Union met.");
        named(facts, "Hallberg Logistics AG");
        named(facts, "Meridian Cargo Inc.");
    }

    @Test
    void aNameParticleStaysInsideAPersonsNameAndARankStaysOut() {
        List<Fact> facts = names("The corvettes sailed under the command of Captain Ignacio de Valcárcel. The journal kept by"
                + " Lieutenant Joaquín Berenguer survives. Later Valcárcel named a fjord.");
        assertEquals(Kind.PERSON, named(facts, "Ignacio de Valcárcel").kind());
        assertEquals(Kind.PERSON, named(facts, "Joaquín Berenguer").kind());
        assertEquals(name(facts, "Ignacio de Valcárcel").entity(), name(facts, "Valcárcel").entity());
    }

    @Test
    void initialsAndATitlePhraseBeforeACommaMarkAPersonButTheTitleAloneIsNoName() {
        List<Fact> facts = names("In 1962 she married J. R. Whitfield, a geochemist. The bridge was opened by the Minister for"
                + " Transport, Seán O'Donnell, on Friday.");
        assertEquals(Kind.PERSON, named(facts, "J. R. Whitfield").kind());
        assertEquals(Kind.PERSON, named(facts, "Seán O'Donnell").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().contains("Minister")), facts.stream().map(Fact::answer).toList().toString());
        List<Fact> employer = names("Dr Niamh Fitzgerald, the project director at Transport Infrastructure Ireland, said so.");
        assertNotEquals(Kind.PERSON, named(employer, "Transport Infrastructure Ireland").kind(), "a title's reach ends at a preposition");
        assertEquals(2, TestText.sentences("The armistice ended World War I. Delegates met in Paris in 1919.").size(),
                "a Roman numeral ends a sentence; an initial does not");
    }

    @Test
    void aSurnameLaterInTheArticleIsTheSamePerson() {
        List<Fact> facts = names("Coach Gareth Lowe changed his system at the break. Later Lowe praised his players.");
        assertEquals(name(facts, "Gareth Lowe").entity(), name(facts, "Lowe").entity());
        assertEquals(Kind.PERSON, named(facts, "Lowe").kind());
        assertEquals("Gareth Lowe", named(facts, "Lowe").answer(), "a person is asked by the fullest form the article gives");
    }

    @Test
    void aSurnameUnderAPostIsNotAFullNameUnderAnotherTitle() {
        List<Fact> facts = names("President Biden spoke first. Dr. Jill Biden thanked the teachers. Later President Biden left.");
        assertNotEquals(name(facts, "Jill Biden").entity(), name(facts, "Biden").entity());
        assertNotEquals("Jill Biden", named(facts, "Biden").answer(), "the President is not Dr. Jill Biden");
    }

    @Test
    void aGivenNameOrAnAppositionOrASayingVerbMarksAPerson() {
        List<Fact> facts = names("The winning goal was scored by Hannah Price. The lead came through Marta Ferreira, the Portuguese"
                + " striker, after 19 minutes. \"We gave everything,\" Ilse Vogt said.");
        assertEquals(Kind.PERSON, named(facts, "Hannah Price").kind());
        assertEquals(Kind.PERSON, named(facts, "Marta Ferreira").kind());
        assertEquals(Kind.PERSON, named(facts, "Ilse Vogt").kind());
    }

    @Test
    void adjectivesBeforeAnOrganisationWordNameAnOrganisationButAdjectivesAloneDoNot() {
        List<Fact> facts = names("Final results published by the Central Electoral Commission gave the Liberal party 41 seats."
                + " Russian officials and the Ministry said nothing.");
        assertEquals(Kind.ORGANISATION, named(facts, "the Central Electoral Commission").kind());
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().endsWith("Russian") || fact.answer().endsWith("Ministry")),
                facts.stream().map(Fact::answer).toList().toString());
    }

    @Test
    void aQuotedNameThatEndsTheSentenceIsFound() {
        List<Fact> facts = names("In 1887 a curator found 46 crates labelled only \"Expedición del Norte\".");
        assertEquals("Expedición del Norte", named(facts, "Expedición del Norte").answer());
    }

    @Test
    void companiesAreKnownByTheirWordsAndQuotedNamesByTheirContext() {
        List<Fact> facts = names("Meridian will sell its subsidiary “Nordic Freight” LLC to Hallberg Logistics AG, the companies said.");
        assertEquals(NameType.COMPANY, name(facts, "Nordic Freight").type());
        assertEquals(NameType.COMPANY, name(facts, "Hallberg Logistics AG").type());
    }

    @Test
    void anOrganisationIsKnownByItsHeadWordAndItsAcronymIsTheSameOne() {
        List<Fact> facts = names("The European Space Agency and NASA set a date. Engineers at ESA will test the probe in Toulouse.");
        assertEquals(Kind.ORGANISATION, named(facts, "the European Space Agency").kind());
        assertEquals(name(facts, "the European Space Agency").entity(), name(facts, "ESA").entity());
        assertEquals(Kind.ORGANISATION, named(facts, "NASA").kind());
        assertEquals("European Space Agency", named(facts, "ESA").answer(), "an acronym is asked by the name it stands for");
    }

    @Test
    void initialsALifespanOrALifesEventMarkAPersonNoListKnows() {
        List<Fact> facts = names("The draft was chaired by B. R. Ambedkar in the end. The physicist Tarun Okonkwo-Baptiste (1642–1727)"
                + " wrote a book. In those years Wendelin Haberkorn was cremated at the river.");
        assertEquals(Kind.PERSON, named(facts, "B. R. Ambedkar").kind());
        assertEquals(Kind.PERSON, named(facts, "Tarun Okonkwo-Baptiste").kind());
        assertEquals(Kind.PERSON, named(facts, "Wendelin Haberkorn").kind());
    }

    @Test
    void aTownsOrADistrictsWordOrItsCountryAfterACommaMarkAPlace() {
        List<Fact> facts = names("She grew up in the village of Kerrowmoor. He was born in the Faridkot district of the"
                + " province. Later he was jailed in Mandalay, Japan, for six years.");
        assertEquals(NameType.PLACE, name(facts, "Kerrowmoor").type());
        assertEquals(Kind.PLACE, named(facts, "Faridkot").kind(), "\"the\" goes with \"district\", not with the name");
        assertEquals(NameType.PLACE, name(facts, "Mandalay").type());
    }

    @Test
    void aPersonIsAskedByTheFormOfTwoWordsOrMoreTheArticleUsesMostButAPlaceNeverByALongerName() {
        List<Fact> facts = names("Officers named John P. Saunders in the report. John Saunders died that night. The murder of"
                + " John Saunders shocked Lahore. Police said Saunders was 21. The Punjab Legislative Council met in the Punjab.");
        assertEquals("John Saunders", named(facts, "Saunders").answer());
        assertTrue(facts.stream().noneMatch(fact -> fact.surface().equals("Punjab") && !fact.answer().endsWith("Punjab")),
                facts.stream().map(Fact::answer).toList().toString());
    }

    @Test
    void placesComeFromTheGazetteerWithTheCountryACapitalStandsFor() {
        List<Fact> facts = names("The final was played in Lisbon, and the team flew home to Portugal on Monday.");
        Name lisbon = name(facts, "Lisbon");
        assertEquals(NameType.CITY, lisbon.type());
        assertEquals(NameType.COUNTRY, name(facts, "Portugal").type());
        assertTrue(lisbon.isTiedTo(name(facts, "Portugal")), "a capital is never a distractor for its country");
    }

    @Test
    void aNicknameIsAnotherNameForItsPlace() {
        List<Fact> facts = names("Tourists love Cuba. Many call the Island of Freedom a paradise for divers.");
        assertEquals(name(facts, "Cuba").entity(), name(facts, "the Island of Freedom").entity());
    }

    @Test
    void aSeatOfPowerIsTiedToItsCountry() {
        List<Fact> facts = names("The Kremlin welcomed the decision, and Russia sent a delegation to the talks.");
        assertTrue(name(facts, "the Kremlin").isTiedTo(name(facts, "Russia")));
    }

    @Test
    void sitesAndClubsHaveTheirOwnTypes() {
        List<Fact> facts = names("Northbridge United beat FC Alpenrose Zürich 3-2 at Wembley Stadium in front of a full house.");
        assertEquals(NameType.CLUB, name(facts, "Northbridge United").type());
        assertEquals(NameType.CLUB, name(facts, "FC Alpenrose Zürich").type());
        assertEquals(NameType.SITE, name(facts, "Wembley Stadium").type());
        List<Fact> memorial = names("The Bhagat Singh Memorial was built in 2009 near the Raigad Fort, and the Deccan Education Society paid.");
        assertEquals(NameType.SITE, name(memorial, "the Bhagat Singh Memorial").type(), "a memorial is a building, no organisation");
        assertEquals(NameType.SITE, name(memorial, "the Raigad Fort").type());
    }

    @Test
    void wordsForAPeopleAndSentenceStartsAreNotNames() {
        List<Fact> facts = names("Several analysts were surprised. The Swiss champions took the lead, and German fans left early.");
        assertTrue(facts.isEmpty(), "found " + facts.stream().map(Fact::answer).toList());
    }

    @Test
    void anUnsureNameStaysUntyped() {
        Fact goldstone = named(names("Video will reach ground stations near Goldstone within seconds."), "Goldstone");
        assertEquals(Kind.OTHER, goldstone.kind());
    }

    @Test
    void aHyphenatedNameIsOneName() {
        List<Fact> facts = names("The spacecraft, named Aurora-Link, will launch next year.");
        named(facts, "Aurora-Link");
        assertFalse(facts.stream().anyMatch(fact -> fact.answer().equals("Link")));
    }

    @Test
    void aNameAfterTheIsNoPersonsEvenWhenItStartsWithAFirstName() {
        List<Fact> facts = names("In 1886 he joined the existing Arya Samaj in Lahore, and Arya Sharma joined him in 1887.");
        assertEquals(Kind.OTHER, named(facts, "Arya Samaj").kind());
        assertEquals(Kind.PERSON, named(facts, "Arya Sharma").kind());
    }

    @Test
    void aCapitalisedWordGluedToALowerCaseOneByAHyphenStartsNoName() {
        List<Fact> facts = names("He led a protest march against the all-British Simon Commission in Lahore.");
        named(facts, "Simon Commission");
        assertFalse(facts.stream().anyMatch(fact -> fact.answer().contains("British")), facts.toString());
    }

    @Test
    void aShortNameIsTheCompanyWhoseNameItStarts() {
        List<Fact> facts = names("Hallberg Logistics AG and Meridian Cargo Inc. will form Hallberg Meridian Group. Shares in Meridian rose.");
        assertEquals(name(facts, "Meridian Cargo Inc.").entity(), name(facts, "Meridian").entity());
        assertNotEquals(name(facts, "Hallberg Meridian Group").entity(), name(facts, "Meridian").entity());
    }

    @Test
    void aNameOfOneLetterBesideLongerNamesIsLookedUpWithoutCrashing() {
        List<Fact> facts = names("Tilak was jailed in Mandalay under the King-Emperor George V until 1914. After World War I,"
                + " Tilak returned to Pune, where I met him. Later V travelled to Madras.");

        assertTrue(facts.stream().anyMatch(fact -> fact.answer().equals("Mandalay")), facts.toString());
    }

    @Test
    void aClassNounBeforeAListTypesTheNamesInIt() {
        List<Fact> facts = names("In 1846, the astronomers John Couch Adams and Urbain Le Verrier predicted where the planet was."
                + " The plains are dominated by three main rivers, the Indus, Ganges, and Brahmaputra.");
        assertEquals(NameType.PERSON, name(facts, "Urbain Le Verrier").type());
        assertEquals(NameType.SITE, name(facts, "Brahmaputra").type());
        assertEquals(NameType.SITE, name(facts, "Ganges").type());
    }

    @Test
    void aThinkerAndAOneWordNameAfterALowerCaseTitleArePeople() {
        List<Fact> facts = names("In Greece, Aristotle believed that objects fell towards the Earth. In 628 CE, the Indian mathematician"
                + " and astronomer Brahmagupta proposed that gravity is an attractive force.");
        assertEquals(Kind.PERSON, named(facts, "Aristotle").kind());
        assertEquals(Kind.PERSON, named(facts, "Brahmagupta").kind());
    }

    @Test
    void aNameIsOfTheTypeItsOtherMentionsAgreeOn() {
        List<Fact> facts = names("Later, Jawaharlal Nehru met the strikers in the jail. The portrait was unveiled by the then Prime"
                + " Minister of India, Jawaharlal Nehru.");
        assertTrue(facts.stream().filter(fact -> fact.answer().equals("Jawaharlal Nehru")).allMatch(fact -> fact.kind() == Kind.PERSON),
                facts.toString());
    }

    @Test
    void aGlacierAPointAndGhatsAreSites() {
        List<Fact> facts = names("The northernmost point is Indira Col, near the Siachen Glacier. The southernmost point is Indira Point."
                + " The Western Ghats are older than the Himalayas.");
        assertEquals(NameType.SITE, name(facts, "the Siachen Glacier").type());
        assertEquals(NameType.SITE, name(facts, "Indira Point").type());
        assertEquals(NameType.SITE, name(facts, "the Western Ghats").type());
    }

    @Test
    void aParticleOrACompassPointAloneIsNoName() {
        List<Fact> facts = names("In 1551, Domingo de Soto wrote that bodies accelerate. The De Sitter-Schwarzschild metric came later."
                + " The satellites circled the globe from the North to the South Pole.");
        assertTrue(facts.stream().noneMatch(fact -> fact.answer().equals("De") || fact.answer().equals("the North")), facts.toString());
    }

    @Test
    void aCraftIsNamedByItsNounBeforeOrAfter() {
        List<Fact> facts = names("CloudSat was launched with a lidar-carrying satellite called CALIPSO. Jules Verne’s spaceship,"
                + " Columbia, took off from Florida. The Perseverance rover landed on Mars.");
        assertEquals(NameType.CRAFT, name(facts, "CALIPSO").type());
        assertEquals(NameType.CRAFT, name(facts, "Columbia").type());
        assertEquals(NameType.CRAFT, name(facts, "Perseverance").type());
    }

    @Test
    void aSchoolIsAnOrganisationAndJplAnAgency() {
        List<Fact> facts = names("NASA named the winners, with Parish Episcopal School, from Dallas, in first place. JPL built the radar.");
        assertEquals(Kind.ORGANISATION, named(facts, "Parish Episcopal School").kind());
        assertEquals(Kind.ORGANISATION, named(facts, "JPL").kind());
    }
}
