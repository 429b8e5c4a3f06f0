package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.generate.Articles.fact;
import static quizbot.generate.Articles.facts;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a fact's sentence becomes a question: a wh-question where the grammar allows, else a blank. */
class QuestionWriterTest {

    private static Optional<String> wh(String sentence, String answer) {
        return wh(sentence, answer, 0);
    }

    /** The question of the answer's {@code n}-th mention (from 0). */
    private static Optional<String> wh(String sentence, String answer, int n) {
        ArticleFacts facts = facts(sentence);
        Fact fact = facts.all().stream().filter(candidate -> candidate.answer().equals(answer)).skip(n).findFirst().orElseThrow();
        return QuestionWriter.whQuestion(fact, facts);
    }

    /** The sentence with a blank for the answer, asked with its question word in the blank's place. */
    private static Optional<String> inPlace(String sentence, String answer) {
        ArticleFacts facts = facts(sentence);
        Fact fact = fact(facts, answer);
        return QuestionWriter.inPlace(fact, QuestionWriter.blankStem(fact), facts);
    }

    @Test
    void aClauseWrappedInAnOpeningClauseAParticipleOrAnAsideIsTurnedRoundOnItsOwn() {
        assertEquals(Optional.of("In which year did AOL greatly reduce its involvement with Mozilla?"),
                wh("When AOL greatly reduced its involvement with Mozilla in 2003, the Mozilla Foundation was designated the legal steward.", "2003"));
        assertEquals(Optional.of("In which year was the cloud radar launched?"),
                wh("When launched in 2006, the cloud radar was the first of its kind to fly in space.", "2006"));
        assertEquals(Optional.of("In which year did CALIPSO end its mission?"),
                wh("CALIPSO, which was a joint mission between NASA and the French space agency, ended its mission in 2023.", "2023"));
        assertEquals(Optional.empty(), wh("The current name, Firefox, was chosen on 9 February 2004.", "9 February 2004")
                .filter(question -> question.equals("When was the current name chosen?"))); // the aside says which name
    }

    @Test
    void aClauseBetweenSemicolonsIsTurnedRoundOnItsOwn() {
        assertEquals(Optional.of("Which organisation kept a watch on all young men leaving Lahore?"),
                wh("The police blocked all exits from the city; the Criminal Investigation Department kept a watch on all young men"
                        + " leaving Lahore.", "the Criminal Investigation Department"));
        assertEquals(Optional.of("In which year did the city open the line?"),
                wh("The company built the tramway at a loss; and the city opened the line in 1921; its fares were low.", "1921"));
        ArticleFacts films = facts("Three films were released: Shaheed; 23rd March 1931; and The Legend of Bhagat Singh.");
        assertEquals(Optional.empty(), CoreClause.of(fact(films, "three films")), "the items of a list are no clauses");
        assertEquals(Optional.of("How many films were released?"), inPlace(films.all().get(0).sentence().text(), "three films"),
                "the question ends where the list begins");
    }

    @Test
    void aBlankThatCannotBeTurnedRoundIsAskedWithItsQuestionWordInItsPlace() {
        assertEquals(Optional.of("Lala Lajpat Rai stayed in which country from 1917 to 1920?"),
                inPlace("Lala Lajpat Rai stayed in the United States from 1917 to 1920.", "the United States"));
        assertEquals(Optional.of("The act authorizes how much to invest in regional technology hubs across the country?"),
                inPlace("The act authorizes $10 billion to invest in regional technology hubs across the country.", "$10 billion"));
        assertEquals(Optional.of("Gravity is described by the general theory of relativity, proposed by Albert Einstein in which year?"),
                inPlace("Gravity is described by the general theory of relativity, proposed by Albert Einstein in 1915.", "1915"));
        assertEquals(Optional.of("America today produces what percentage of the world’s supply?"),
                inPlace("America today produces about 12 percent of the world’s supply — and none of the most advanced chips.", "12 percent"));
        assertEquals(Optional.of("In 2019, at the peak of the boom, the city invested how much in new trams?"),
                inPlace("In 2019, at the peak of the boom, the city invested $40 million in new trams.", "$40 million"));
    }

    @Test
    void noQuestionWordTakesTheBlanksPlaceWhereItWouldAskSomethingElse() {
        assertEquals(Optional.empty(), inPlace("By 2020, that number had fallen to less than 1 percent.", "2020")); // an opening phrase
        assertEquals(Optional.empty(), inPlace("The rover will carry two astronauts for up to 30 days on the Moon.", "30 days")); // a bound
        assertEquals(Optional.empty(), inPlace("The doctors wrote to President Joe Biden and Vice President Kamala Harris.",
                "Kamala Harris")); // a title before it
        assertEquals(Optional.empty(), inPlace("On November 1, the Cuban leader met with the president Vladimir Putin in Moscow.",
                "Vladimir Putin")); // a noun that the answer names
        assertEquals(Optional.empty(), inPlace("Mozilla noted that 85 percent of its revenue comes from its contract with Google.",
                "85 percent")); // another's clause
        assertEquals(Optional.empty(), inPlace("In his prison notebooks, he quoted Lenin and also the thoughts of Karl Marx.",
                "Karl Marx")); // a pronoun subject
        assertEquals(Optional.empty(), inPlace("The two firms announced a new partnership that includes $4.2 billion to manufacture chips.",
                "$4.2 billion")); // a relative clause
        assertEquals(Optional.empty(), inPlace("Tilak was supported by Bipin Chandra Pal in Bengal and Lala Lajpat Rai in Punjab.",
                "Lala Lajpat Rai")); // one of a list
    }

    private static String blank(String sentence, String answer) {
        return QuestionWriter.blankStem(fact(facts(sentence), answer));
    }

    @Test
    void aDateOpeningThePastTenseClauseAsksWhen() {
        assertEquals(Optional.of("When did the city council approve the new tram line?"),
                wh("On 9 May, the city council approved the new tram line.", "9 May"));
    }

    @Test
    void aNameAfterWhatBelongsToItIsNotAskedAsThatThing() {
        assertEquals(Optional.empty(), wh("By now, the condition of another hunger striker, Jatindra Nath Das, had deteriorated.",
                "Jatindra Nath Das").filter(question -> question.startsWith("Who was the condition")));
    }

    @Test
    void aVerbWhosePastIsItsBaseFormIsPastAfterADateThatOpensTheSentence() {
        assertEquals(Optional.of("In which year did the United Kingdom set up the Simon Commission?"),
                wh("In 1928, the United Kingdom set up the Simon Commission, headed by Sir John Simon.", "1928"));
    }

    @Test
    void aYearAsksInWhichYearAndAPassiveKeepsItsForm() {
        assertEquals(Optional.of("In which year was the museum opened to the public?"),
                wh("In 1891, the museum was opened to the public.", "1891"));
    }

    @Test
    void aPersonAsSubjectAsksWhoAndTheOpeningDateMovesToTheEnd() {
        assertEquals(Optional.of("Who announced the launch date at a press conference on 14 March?"),
                wh("On 14 March, mission director Helena Marchetti announced the launch date at a press conference.",
                        "Helena Marchetti"));
    }

    @Test
    void aWhoQuestionKeepsTheWholeDateOfItsClause() {
        assertEquals(Optional.of("Who was born on March 11, 1937?"),
                wh("The biologist Anna Lund was born on March 11, 1937, in Duluth, the elder of two daughters.", "Anna Lund"));
    }

    @Test
    void aFactInsideTheClauseIsAskedByItsQuestionWordWithTheClauseTurnedRound() {
        assertEquals(Optional.of("In which year was the Deccan Education Society founded by Tilak and others in Pune?"),
                wh("The Deccan Education Society was founded in 1884 by Tilak and others in Pune.", "1884"));
        assertEquals(Optional.of("In which year did Tilak join the Indian National Congress?"),
                wh("Tilak joined the Indian National Congress in 1890.", "1890"));
        assertEquals(Optional.of("How many new jobs will the act create across the country?"),
                wh("The act will create 40,000 new jobs across the country.", "40,000 new jobs"));
        assertEquals(Optional.of("In which year did Lajpat Rai found the Servants of the People Society in Lahore?"),
                wh("In 1921, Lajpat Rai founded the Servants of the People Society in Lahore.", "1921"));
        assertEquals(Optional.of("In which year did Netscape make two announcements?"),
                wh("In 1998, Netscape made two announcements: first, the code would be released.", "1998"));
    }

    @Test
    void theSecondOfTwoVerbsAndAnAdverbInsideTheVerbAreTurnedRoundToo() {
        assertEquals(Optional.of("When did Rai die?"), wh("Rai did not fully recover from his injuries and died on 17 November 1928.",
                "17 November 1928"));
        assertEquals(Optional.of("Who was the value of G eventually measured by in 1797?"),
                wh("The value of G was eventually measured by Henry Cavendish in 1797.", "Henry Cavendish"));
        assertEquals(Optional.empty(), wh("Tilak was arrested and sent to Mandalay in 1908.", "1908"),
                "\"did Tilak send\" would say he sent");
        assertEquals(Optional.of("Which organisation is HERC managed by at Marshall?"),
                wh("HERC is managed by the Southeast Regional Office of STEM Engagement at Marshall.", "the Southeast Regional Office of STEM Engagement"),
                "an acronym keeps its capitals");
        assertEquals(Optional.of("When did Mozilla promote Brendan Eich to the role of CEO?"),
                wh("In March 2014, Mozilla promoted Brendan Eich to the role of CEO.", "March 2014"), "a capital inside the sentence stays");
    }

    @Test
    void aNameFollowedByWhatItIsAsksForTheOneItDescribes() {
        assertEquals(Optional.of("Who was the ruler of the princely state of Kolhapur?"),
                wh("Thomas Reid, the ruler of the princely state of Kolhapur, had several conflicts with Tilak.", "Thomas Reid"));
        assertEquals(Optional.of("Who is president of Mozilla Europe?"),
                wh("Tristan Nitot, president of Mozilla Europe, has said that a phone version is unlikely.", "Tristan Nitot"));
        assertEquals(Optional.of("Who was CloudSat’s project manager at JPL?"),
                wh("“We did things never done before,” said Deborah Vane, CloudSat’s project manager at JPL.", "Deborah Vane"));
        assertEquals(Optional.empty(), wh("Scientists could observe clouds and rain together, said Graeme Stephens, the mission’s"
                + " principal investigator at NASA’s Jet Propulsion Laboratory.", "Graeme Stephens"), "which mission is not said");
        assertEquals(Optional.empty(), wh("Bhagat Singh was approached by Randhir Singh, a fellow inmate, in prison.", "Randhir Singh"),
                "a fellow inmate is one of many");
        assertEquals(Optional.of("Who was the police superintendent in Lahore?"), wh("The police superintendent in Lahore, James Scott,"
                + " ordered the police to charge the protesters.", "James Scott"));
        assertEquals(Optional.of("Who was the head of the Kelby water board?"), wh("After the flood, the head of the Kelby water"
                + " board, Maria Lopez, resigned.", "Maria Lopez"));
        assertEquals(Optional.empty(), wh("These included the three Tayal brothers, Ramji Hooda, and Dhani Ram.", "Ramji Hooda"),
                "brothers are many");
    }

    @Test
    void aSiteIsAskedByItsKindATermByWhatAndAPlaceByItsOwnNoun() {
        assertEquals(Optional.of("Which river is the longest river originating in India?"),
                wh("The plains have three main rivers, the Indus, Ganges, and Brahmaputra. The Ganges is the longest river originating"
                        + " in India.", "the Ganges"));
        assertEquals(Optional.of("What did scientists discover in the galaxy Cygnus in 1971?"),
                wh("In 1971, scientists discovered the first-ever black hole in the galaxy Cygnus. The black hole was emitting"
                        + " x-rays.", "black hole"));
        assertEquals(Optional.of("In which state is the Kutch plateau located?"), wh("The Kutch plateau is located in Gujarat state.", "Gujarat"));
        assertEquals(Optional.empty(), wh("The range is the origin of rivers such as the Chambal, the Banas and the Luni rivers.", "the Chambal"),
                "what follows the comma is the rest of a list, not what the Chambal is");
    }

    @Test
    void whatTheSubjectIsAsksWhatOrWho() {
        assertEquals(Optional.of("What was the estimated cost of the Constituent Assembly?"),
                wh("The estimated cost of the Constituent Assembly was ₹6.3 million.", "₹6.3 million"));
        assertEquals(Optional.empty(), wh("The cost was ₹6.3 million.", "₹6.3 million"), "whose cost is not said");
    }

    @Test
    void aDateWithoutAPrepositionAndAFactInASecondClauseAreAskedToo() {
        assertEquals(Optional.of("When did the signing take place at NASA Headquarters in Washington?"),
                wh("The signing took place April 9 at NASA Headquarters in Washington.", "April 9"));
        assertEquals(Optional.of("Who were the Parsis represented by?"),
                wh("Frank Anthony represented the Anglo-Indian community, and the Parsis were represented by H. P. Modi.", "H. P. Modi"));
        assertEquals(Optional.of("Which country became the 39th country to sign the Artemis Accords?"), wh("NASA and Slovenia affirmed"
                + " their cooperation on Friday as Slovenia became the 39th country to sign the Artemis Accords.", "Slovenia", 1));
        assertEquals(Optional.empty(), wh("The signing certified Slovenia’s commitment to pursue exploration and took place during a dialogue"
                + " in Ljubljana.", "Ljubljana"), "\"to pursue\" is no clause's verb");
    }

    @Test
    void aSubjectWithARelativeClauseIsNotTurnedRound() {
        assertEquals(Optional.empty(), wh("The Deccan Education Society that Tilak founded with others in the 1880s still runs institutions"
                + " in Pune.", "1880s"), "\"founded\" is the relative clause's verb, not the subject's");
        assertEquals(Optional.empty(), wh("In 1885, the society that Tilak founded opened a college.", "1885"));
    }

    @Test
    void aClauseThatCannotBeTurnedRoundKeepsItsBlank() {
        assertEquals(Optional.empty(), wh("The city took over the line in 1908 and opened it on 3 May 1921.", "3 May 1921"),
                "a second verb would be left in the wrong tense");
        assertEquals(Optional.empty(), wh("The Accords reinforce key obligations in the 1967 Outer Space Treaty.", "Outer Space Treaty"),
                "the year before the name would be left hanging");
        assertEquals(Optional.empty(), wh("The committee did not meet in 1999.", "1999"), "a negated clause");
        assertEquals(Optional.empty(), wh("One of the examples of such a policy is the decision of the president to withdraw the United"
                + " States from the INF Treaty.", "the INF Treaty"), "what the subject is, asked into, makes no question");
        assertEquals(Optional.empty(), wh("Under the Gateway Implementing Arrangement signed in 2022, Japan will provide a habitat.", "2022"),
                "a phrase that opens with a preposition is no subject");
        assertEquals(Optional.empty(), wh("The community is supported institutionally by the Mozilla Foundation and its subsidiary.",
                "the Mozilla Foundation"), "the answer is half of what the preposition takes");
        assertEquals(Optional.empty(), wh("A banquet given in honour of Lala Lajpat Rai by the California Chapter of the Hindustan"
                + " Association of America at Hotel Shattuck in Berkeley on 12 February 1916.", "12 February 1916"),
                "a participle with no auxiliary is no verb to turn round");
    }

    @Test
    void aLifeSpanInBracketsAfterANameAsksWhenThePersonWasBornOrDied() {
        ArticleFacts article = facts("Anna Marie Lund (born Anna Berg; 23 July 1856 – 1 August 1920) was a Swedish chemist in Uppsala.");
        QuestionWriter writer = new QuestionWriter(new Distractors(new Gazetteer()));

        Draft born = writer.choice(fact(article, "23 July 1856"), article);
        Draft died = writer.choice(fact(article, "1 August 1920"), article);

        assertEquals("When was Anna Marie Lund born?", born.prompt());
        assertEquals("When did Anna Marie Lund die?", died.prompt());
        assertEquals("Anna Marie Lund (born Anna Berg; 23 July 1856 – 1 August 1920)", born.source(),
                "the life span is a statement of its own, apart from its sentence");
        assertEquals("True or false? Anna Marie Lund died on 1 August 1920.", writer.trueFalse(died, article, true).prompt());
    }

    @Test
    void aNameShortenedToItsLastWordIsWrittenInFull() {
        ArticleFacts article = facts("The Deccan Education Society was founded in 1884 by Tilak and his friends in Pune. The Society"
                + " established the Fergusson College in 1885 for post-secondary studies.");
        QuestionWriter writer = new QuestionWriter(new Distractors(new Gazetteer()));

        assertEquals("In which year did the Deccan Education Society establish the Fergusson College for post-secondary studies?",
                writer.choice(fact(article, "1885"), article).prompt());
        assertEquals("The Society and the Union met.", QuestionWriter.namedInFull("The Society and the Union met.",
                fact(article, "1884"), article, new Gazetteer()), "the sentence the name was given in is not before itself");
        ArticleFacts briefing = facts("The Vice President spoke first. Later the President said he would sign the bill in 2022.");
        assertEquals("Later the President said he would sign the bill in ____.", writer.choice(fact(briefing, "2022"), briefing).prompt(),
                "a post is no short name: the President is not the Vice President");
        ArticleFacts parliament = facts("The British Parliament passed the act in 1919. A statue of Singh was installed in the Parliament"
                + " of India in 2008.");
        assertEquals("In which year was a statue of Singh installed in the Parliament of India?",
                writer.choice(fact(parliament, "2008"), parliament).prompt(), "a name that goes on with \"of\" is whole");
    }

    @Test
    void aTypedPersonAcceptsTheSurnameWhereNoOneElseBearsIt() {
        ArticleFacts article = facts("Deborah Vane managed the project at JPL. President Biden spoke first. Dr. Jill Biden thanked the teachers."
                + " The activist Malcolm X spoke in Harlem.");
        QuestionWriter writer = new QuestionWriter(new Distractors(new Gazetteer()));

        assertEquals(List.of("Deborah Vane", "Vane"),
                writer.typed(writer.choice(fact(article, "Deborah Vane"), article), article).accepted());
        assertEquals(List.of("Jill Biden"), writer.typed(writer.choice(fact(article, "Jill Biden"), article), article).accepted(),
                "the President is a Biden too");
        assertEquals(List.of("Malcolm X"), writer.typed(writer.choice(fact(article, "Malcolm X"), article), article).accepted(),
                "a letter is no surname");
    }

    @Test
    void theSpacecraftOrTheBillIsWrittenAsTheOneTheHeadlineNames() {
        ArticleFacts cloudsat = facts("NASA’s CloudSat Ends Mission Peering Into the Heart of Clouds", "CloudSat, a NASA mission that peered"
                + " into hurricanes, has ended its operations. BAE Systems of Broomfield, Colorado, designed and built the spacecraft.");
        assertEquals("____ of Broomfield, Colorado, designed and built CloudSat.", QuestionWriter.blankStem(fact(cloudsat, "BAE Systems"),
                cloudsat).transform(prompt -> QuestionWriter.headlineNamed(prompt, fact(cloudsat, "BAE Systems"), cloudsat)));
        ArticleFacts chips = facts("CHIPS and Science Act Will Lower Costs and Create Jobs", "The CHIPS and Science Act passed in 2022."
                + " The bill will also support 40,000 new jobs.");
        Fact jobs = fact(chips, "40,000 new jobs");
        assertEquals("The CHIPS and Science Act will also support ____.", QuestionWriter.headlineNamed("The bill will also support ____.",
                jobs, chips));
        ArticleFacts other = facts("Storms Grow Stronger", "The bill will also support 40,000 new jobs.");
        assertEquals("The bill will also support ____.", QuestionWriter.headlineNamed("The bill will also support ____.",
                fact(other, "40,000 new jobs"), other), "no act in the headline");
    }

    @Test
    void aTypedAcronymAcceptsWhatTheArticleSpellsItOutAs() {
        ArticleFacts article = facts("Network Security Services (NSS) comprises a set of libraries. NSS provides an implementation of SSL.");
        QuestionWriter writer = new QuestionWriter(new Distractors(new Gazetteer()));
        Fact nss = article.all().stream().filter(fact -> fact.answer().equals("NSS")).reduce((first, second) -> second).orElseThrow();

        assertTrue(writer.typed(writer.choice(nss, article), article).accepted().contains("Network Security Services"));
    }

    @Test
    void aDateOrFigureThatIsABoundMakesNoFalseStatement() {
        ArticleFacts article = facts("The museum opened in 1891. Its share of visitors fell below 1 percent by 2020."
                + " It now holds more than 300 paintings.");
        QuestionWriter writer = new QuestionWriter(new Distractors(new Gazetteer()));

        assertTrue(QuestionWriter.canBeFalse(writer.choice(fact(article, "1891"), article), article));
        assertEquals(false, QuestionWriter.canBeFalse(writer.choice(fact(article, "2020"), article), article), "true \"by 2021\" as well");
        assertEquals(false, QuestionWriter.canBeFalse(writer.choice(fact(article, "300 paintings"), article), article),
                "true \"more than 200\" as well");
    }

    @Test
    void aPlaceMakesAFalseStatementOnlyWithAnotherPlaceOfItsClassThatTheArticleNames() {
        ArticleFacts desert = facts("The Thar Desert lies in India. The desert continues into Pakistan as the Cholistan Desert.");
        QuestionWriter writer = new QuestionWriter(new Distractors(new Gazetteer()));
        Draft pakistan = writer.choice(fact(desert, "Pakistan"), desert);
        Draft withIndia = new Draft(pakistan.fact(), pakistan.type(), pakistan.prompt(), List.of("Pakistan", "India", "Nepal", "Chile"), 0,
                List.of(), pakistan.explanation(), pakistan.source());
        Draft withChile = new Draft(pakistan.fact(), pakistan.type(), pakistan.prompt(), List.of("Pakistan", "Chile", "India", "Nepal"), 0,
                List.of(), pakistan.explanation(), pakistan.source());
        assertTrue(QuestionWriter.canBeFalse(withIndia, desert), "India is a country of the article");
        assertEquals(false, QuestionWriter.canBeFalse(withChile, desert), "a gazetteer's Chile makes an unlikely claim");
        ArticleFacts lakes = facts("India lies in Asia. Dal Lake is in Kashmir, and Loktak Lake is in Manipur.");
        Draft kashmir = writer.choice(fact(lakes, "Kashmir"), lakes);
        Draft withAsia = new Draft(kashmir.fact(), kashmir.type(), kashmir.prompt(), List.of("Kashmir", "Asia", "Manipur", "Goa"), 0,
                List.of(), kashmir.explanation(), kashmir.source());
        assertEquals(false, QuestionWriter.canBeFalse(withAsia, lakes), "a continent is no region of a country's kind");
    }

    @Test
    void aPronounSubjectIsAskedByWhatItStandsFor() {
        ArticleFacts article = facts("The teacher John Hartley was a writer in Pune. In 1886, he moved to Lahore to practise law.");
        assertEquals("In which year did John Hartley move to Lahore to practise law?",
                new QuestionWriter(new Distractors(new Gazetteer())).choice(fact(article, "1886"), article).prompt());
    }

    @Test
    void aClauseThatSaysMoreOfTheAnswerIsLeftOutOfItsQuestion() {
        ArticleFacts article = facts("The writer Lala Lajpat Rai was a lawyer in Hisar. In 1921, Rai founded the Servants of the People"
                + " Society which worked for the poor.");
        assertEquals("Which organisation did Rai found in 1921?", new QuestionWriter(new Distractors(new Gazetteer()))
                .choice(fact(article, "the Servants of the People Society"), article).prompt());
    }

    @Test
    void theBlankTakesTheAnswersBracketedAcronymWithIt() {
        assertEquals("Kestrel planned to file with ____ in the first quarter of 2025.",
                blank("Kestrel planned to file with the European Medicines Agency (EMA) in the first quarter of 2025.",
                        "the European Medicines Agency"));
    }

    @Test
    void aPromptLeavesOutTheAsidesInBracketsThatDoNotHoldTheBlank() {
        assertEquals("The judge gave Tilak a fine of ____ to be paid in Mandalay.",
                blank("The judge gave Tilak (then aged 52) a fine of ₹1,000 (US$12) to be paid in Mandalay.", "₹1,000"));
        assertEquals("The agency (known as ____) opened in Lyon.",
                blank("The agency (known as Europol) opened in Lyon.", "Europol"));
    }

    @Test
    void theBlankAsksItsOwnClauseWithoutTheClausesThatOnlyAddToIt() {
        assertEquals("Micron is announcing a ____ investment in memory chip manufacturing.",
                blank("Micron is announcing a $40 billion investment in memory chip manufacturing, critical for computers,"
                        + " which will create up to 40,000 new jobs.", "$40 billion"));
        assertEquals("The rover reached the crater in ____.",
                blank("The rover reached the crater in 2021, bringing samples back to the lander.", "2021"));
        assertEquals("The tunnel opened in ____ and cost €2 billion.",
                blank("The tunnel opened in 1994 and cost €2 billion, officials said.", "1994"));
    }

    @Test
    void aClauseIsCutOnlyWhereItHasAVerbAndNoBracketIsOpen() {
        String since = "Since its inception in 1994, more than 15,000 students have taken part in the challenge.";
        assertEquals(since.replace("1994", "____"), blank(since, "1994"), "\"Since its inception in ____.\" would be no statement");
        String revolutionary = "Bhagat Singh, an HSRA revolutionary, whose friends saw the march, swore to avenge Rai.";
        assertEquals(revolutionary.replace("HSRA", "____"), blank(revolutionary, "HSRA"));
        String aside = "It stands above parliament (unlike in the United Kingdom, where parliament is supreme) and was adopted in 1949.";
        assertEquals(aside.replace("the United Kingdom", "____"), blank(aside, "the United Kingdom"), "no cut inside the brackets");
    }

    @Test
    void anOpeningHeWithNoOneNamedBeforeIsTheBiographysSubject() {
        ArticleFacts life = facts("Bal Gangadhar Tilak", "Bal Gangadhar Tilak was a teacher and a journalist. He wrote for several"
                + " newspapers including The Tribune. He founded the Deccan Education Society in 1884.");
        assertEquals("Bal Gangadhar Tilak founded the Deccan Education Society in ____.",
                QuestionWriter.blankStem(fact(life, "1884"), life));
    }

    @Test
    void aNameThatDescribesANounOrIsTheSubjectsOtherNameIsNotTheHeOfABiography() {
        ArticleFacts life = facts("Lala Lajpat Rai", "Lala Lajpat Rai was an Indian author, popularly known as Punjab Kesari."
                + " He was one of the three members of the Lal Bal Pal trio. He died of injuries sustained in October 1928.");
        assertEquals("Lala Lajpat Rai died of injuries sustained in ____.", QuestionWriter.blankStem(fact(life, "October 1928"), life));
    }

    @Test
    void aBookNamedAfterTheSubjectIsNotTheHeOfABiography() {
        ArticleFacts life = facts("Lala Lajpat Rai", "Lala Lajpat Rai was a writer and a politician. The paper was read across"
                + " the province. He stayed in the United States from 1917 to 1920. The Collected Works of Lala Lajpat Rai were"
                + " edited by B. R. Nanda.");
        assertEquals("Lala Lajpat Rai stayed in the United States from 1917 to ____.", QuestionWriter.blankStem(fact(life, "1920"), life));
    }

    @Test
    void thatYearAndYearsLaterBecomeTheYearTheSentenceBeforeNames() {
        ArticleFacts museum = facts("The museum was founded in 1851 by the city. Two years later, the museum opened the Great Hall"
                + " with 300 paintings. In that year, Anna Berg gave it 40 drawings.");
        assertEquals("In 1853, the museum opened the Great Hall with ____.", QuestionWriter.blankStem(fact(museum, "300 paintings"), museum));
        ArticleFacts tables = facts("In 1821, Alexis Bouvard published tables of the orbit of Uranus. In that year, the French"
                + " astronomer Pierre Laplace used this theory to create a new table.");
        assertEquals("Who used this theory to create a new table in 1821?",
                new QuestionWriter(new Distractors(new Gazetteer())).choice(fact(tables, "Pierre Laplace"), tables).prompt());
        ArticleFacts visit = facts("The first visit of a US president to Havana since 1928 took place. In the same year,"
                + " Washington abstained from voting in the UN General Assembly.");
        assertEquals("In the same year, Washington abstained from voting in ____.",
                QuestionWriter.blankStem(fact(visit, "the UN General Assembly"), visit), "a year after \"since\" is not the one meant");
    }

    @Test
    void anOpeningTheyBecomesThePluralSubjectOfTheSentenceBefore() {
        ArticleFacts article = facts("The Artemis Accords establish principles for space exploration. They also strengthen the"
                + " commitment to the Registration Convention.");
        assertEquals("The Artemis Accords also strengthen the commitment to ____.",
                QuestionWriter.blankStem(fact(article, "the Registration Convention"), article));
    }

    @Test
    void anOpeningItBecomesTheThingTheSentenceBeforeIntroduced() {
        ArticleFacts article = facts("An enclosed and pressurized rover will enable astronauts to travel farther. It will be able to"
                + " accommodate two astronauts for up to 30 days.");
        assertEquals("The enclosed and pressurized rover will be able to accommodate two astronauts for up to ____.",
                QuestionWriter.blankStem(fact(article, "30 days"), article));
        ArticleFacts bill = facts("The bill requires recipients to invest in their communities. These funds also come with strong"
                + " guardrails. It will also support union construction jobs by requiring Davis-Bacon prevailing wage rates.");
        assertEquals("The bill will also support union construction jobs by requiring ____ prevailing wage rates.",
                QuestionWriter.blankStem(fact(bill, "Davis-Bacon"), bill), "\"These funds\" say more of the bill");
    }

    @Test
    void anOpeningTheirBecomesAGroupNamedAsTheSubjectBefore() {
        ArticleFacts article = facts("The CloudSat team developed unique solutions for the failing battery. Their solutions allowed"
                + " operations to continue until December 2023.");
        assertEquals("The CloudSat team’s solutions allowed operations to continue until ____.",
                QuestionWriter.blankStem(fact(article, "December 2023"), article));
    }

    @Test
    void anOpeningHeBecomesThePersonTheSentenceBeforeNames() {
        ArticleFacts article = facts("The company's chief executive, Daniel Whitcombe, spoke on Monday. He declined to discuss"
                + " pricing, but analysts estimated a list price of roughly $6,500 a year.");
        assertEquals("Daniel Whitcombe declined to discuss pricing, but analysts estimated a list price of roughly ____ a year.",
                QuestionWriter.blankStem(fact(article, "$6,500"), article));
    }

    @Test
    void anOpeningItsBecomesTheNounTheSentenceBeforeIsAbout() {
        ArticleFacts article = facts("The bridge was built by a joint venture of two firms. Its final cost of €1.46 billion is"
                + " higher than the estimate.");
        assertEquals("The bridge’s final cost of ____ is higher than the estimate.",
                QuestionWriter.blankStem(fact(article, "€1.46 billion"), article));
    }

    @Test
    void anOpeningItStaysWhenTheSentenceBeforeDoesNotStartWithItsSubject() {
        ArticleFacts article = facts("After years of delay, engineers finished the bridge. It cost €1.46 billion in the end.");
        assertEquals("It cost ____ in the end.", QuestionWriter.blankStem(fact(article, "€1.46 billion"), article));
    }

    @Test
    void anOpeningHisStaysWhenTheSentenceBeforeNamesSomeoneOfUnsureType() {
        ArticleFacts article = facts("Albert Einstein published his theory in 1915. In the late 16th century Tycho Brahe built new"
                + " instruments. His assistant Johannes Kepler found three laws in 1609.");
        String stem = QuestionWriter.blankStem(fact(article, "1609"), article);
        assertTrue(stem.startsWith("His assistant") || stem.startsWith("Tycho Brahe"), "never Einstein's assistant: " + stem);
    }

    @Test
    void anOpeningHeStaysWhenTheSentenceBeforeNamesTwoPeople() {
        ArticleFacts article = facts("Daniel Whitcombe met Maria Keller on Monday. He declined to discuss a price of $6,500 a year.");
        assertEquals("He declined to discuss a price of ____ a year.", QuestionWriter.blankStem(fact(article, "$6,500"), article));
    }

    @Test
    void aPronounSubjectOrAQuotedVerbGivesNoWhQuestion() {
        assertEquals(Optional.empty(), wh("In 1891, it was opened to the public.", "1891"));
        assertEquals(Optional.empty(), wh("In 2016, the ministry “resigned” and agreed to new rules.", "2016"));
    }

    @Test
    void aNameInsideTheClauseIsBlankedAndTheOpenerDropped() {
        assertEquals("The final was played in ____ in front of 40,000 fans.",
                blank("However, the final was played in Lisbon in front of 40,000 fans.", "Lisbon"));
        assertEquals("The first visit of a pope to ____ since 1938 took place.",
                blank("It is worth noting that the first visit of a pope to Mexico since 1938 took place.", "Mexico"));
        assertEquals("Mozilla deprecated ____ in favor of independent applications.",
                blank("Soon after, Mozilla deprecated the Mozilla Suite in favor of independent applications.", "the Mozilla Suite"),
                "\"Soon after\" has nothing to be after in a quiz");
    }

    @Test
    void aLongSentenceIsCutToTheClausesAroundTheBlank() {
        String sentence = "The committee, which had met every week since the spring and had heard dozens of witnesses from"
                + " industry, science and government, and which had published three interim reports that were widely"
                + " discussed in parliament and in the press, finally recommended on 4 October that the plant should be"
                + " closed, that its workers should be retrained, and that the site should become a nature reserve open"
                + " to the public.";
        String stem = blank(sentence, "4 October");
        assertTrue(stem.length() <= 280, stem.length() + ": " + stem);
        assertTrue(stem.contains("____") && stem.contains("…"), stem);
    }
    @Test
    void aSentenceOfMoreThanThirtyWordsIsCutAfterItsBlanksClauseNeverBeforeIt() {
        String plan = "The regional council voted on Tuesday to spend €48 million on a new reservoir near Kelby, the largest in the"
                + " region, a plan first drawn up by engineers from the university, and work will start in the spring.";
        assertEquals("The regional council voted on Tuesday to spend ____ on a new reservoir near Kelby, the largest in the region,"
                + " a plan first drawn up by engineers from the university…", blank(plan, "€48 million"));
        assertEquals("The council voted on Tuesday to spend ____ on a new reservoir near Kelby, the largest in the region.",
                blank("The council voted on Tuesday to spend €48 million on a new reservoir near Kelby, the largest in the region.",
                        "€48 million"), "thirty words or fewer are left whole");
        String hearings = "After months of hearings with residents, farmers and the water board, and after two earlier plans had"
                + " failed in the courts, the regional council of the northern province voted on Tuesday to spend €48 million on"
                + " a new reservoir near Kelby.";
        assertEquals(hearings.replace("€48 million", "____"), blank(hearings, "€48 million"),
                "a prompt that opened mid-sentence would have no subject");
        String lead = "“Teams came from schools in seven countries and three continents, and every one of them finished the course"
                + " in under an hour,” said Vemitra Alexander, HERC activity lead for NASA’s Office of STEM Engagement at Marshall.";
        assertEquals(lead.replace("Vemitra Alexander", "____"), blank(lead, "Vemitra Alexander"),
                "what describes the answer is not cut off");
        String ruler = "Shahu, the ruler of the princely state of Kolhapur, had several conflicts with Tilak as the latter agreed"
                + " with the Brahmins decision of Puranic rituals for the Marathas that were intended for Shudras.";
        assertEquals(ruler.replace("Shahu", "____"), blank(ruler, "Shahu"), "a subject keeps its verb");
        String obituary = "Anna Lund, a marine biologist whose dives to the floor of the North Atlantic revealed vast, slow-growing"
                + " forests of deep-sea coral and helped persuade governments to protect them, died on Sept. 4, 2025, at her home.";
        assertEquals(obituary.replace("Anna Lund", "____"), blank(obituary, "Anna Lund"), "a subject keeps its verb");
        String claim = "The mid-16th century Italian physicist Giambattista Benedetti published papers claiming that, due to specific"
                + " gravity, objects made of the same material but with different masses would fall at the same speed.";
        assertEquals(claim.replace("Giambattista Benedetti", "____"), blank(claim, "Giambattista Benedetti"),
                "\"claiming that\" is not where its clause ends");
        String routes = "The airline said on Monday that it will fly its four new long-range jets every week on daily routes from"
                + " its main base in Lagos to Accra, Dakar, Abidjan, Freetown, and Monrovia from June.";
        assertEquals(routes.replace("Accra", "____"), blank(routes, "Accra"), "a list is not cut");
        assertEquals("The Russian part plans to modernize Cuba’s energy networks, as well as build energy infrastructure facilities"
                + " on the Island of Freedom, the total cost of which will be over ____…", blank("The Russian part plans to modernize"
                + " Cuba’s energy networks, as well as build energy infrastructure facilities on the Island of Freedom, the total cost"
                + " of which will be over € 1 billion, the director of “Inter RAO Export” Maxim Sergeyev said on October 29 at the"
                + " “Russia-Latin America” business forum.", "€ 1 billion"), "who said it may go");
        String deal = "At the end of 2013, Mozilla announced a deal with Cisco Systems whereby Firefox would download and use a"
                + " Cisco-provided binary build of an open source codec to play the proprietary H.264 video format.";
        assertEquals(deal.replace("2013", "____"), blank(deal, "2013"), "a few words are no prompt");
    }
}
