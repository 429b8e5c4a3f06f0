package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;

/** Which treaties a sentence names, and the name a question asks them by. */
class TreatyExtractorTest {

    private static final TreatyExtractor EXTRACTOR = new TreatyExtractor(new Gazetteer());

    private static List<Fact> treaties(String sentence) {
        return EXTRACTOR.extract(TestText.sentence(sentence));
    }

    private static TreatyRef onlyTreaty(String sentence) {
        List<Fact> facts = treaties(sentence);
        assertEquals(1, facts.size(), () -> "expected one treaty in \"" + sentence + "\", got " + facts);
        assertEquals(Kind.TREATY, facts.get(0).kind());
        TreatyRef treaty = assertInstanceOf(TreatyRef.class, facts.get(0).value());
        assertEquals(treaty.name(), facts.get(0).answer(), "the answer is the name the treaty is asked by");
        return treaty;
    }

    @Test
    void actsWithTheirYearDirectivesAndLongConventionNamesAreWholeNames() {
        assertEquals("the Water Industry Act 1991",
                onlyTreaty("Ofwat is considering enforcement under the Water Industry Act 1991, a spokesman said.").name());
        assertEquals("the EU Habitats Directive", onlyTreaty("The estuary is protected under the EU Habitats Directive.").name());
        assertEquals("the United Nations Convention on the Law of the Sea",
                onlyTreaty("She lobbied for the United Nations Convention on the Law of the Sea in 1982.").name());
    }

    @Test
    void capitalisedWordsJoinedByAndOrOfBeforeTheDocumentWordArePartOfItsName() {
        assertEquals("the CHIPS and Science Act of 2022",
                onlyTreaty("The President will sign into law the CHIPS and Science Act of 2022 today.").name());
        assertEquals("the Government of India Act 1935",
                onlyTreaty("The Constitution replaced the Government of India Act 1935 as the governing document.").name());
    }

    @Test
    void aDocumentWordInsideALongerWordIsNoTreaty() {
        assertEquals(List.of(), treaties("The group works in line with the President's Permitting Action Plan announced in May."));
        assertEquals(List.of(), treaties("The Pacific Charterhouse Group bought the Treatyville estate."));
    }

    @Test
    void treatyWrittenWithAcronymAfterIsTheKnownTreatyAskedByItsUsualName() {
        String sentence = "Washington left the Treaty INF in 2019 after years of dispute.";

        TreatyRef treaty = onlyTreaty(sentence);

        assertNotNull(treaty.known());
        assertEquals("inf", treaty.known().id());
        assertEquals("the INF Treaty", treaty.name());
        assertEquals("the Treaty INF", treaties(sentence).get(0).surface());
    }

    @Test
    void findsKnownClimateProtocol() {
        TreatyRef treaty = onlyTreaty("Japan hosted the talks that produced the Kyoto Protocol on emissions.");

        assertEquals("kyoto", treaty.known().id());
        assertEquals("the Kyoto Protocol", treaty.name());
    }

    @Test
    void findsKnownClimateAgreement() {
        TreatyRef treaty = onlyTreaty("Nearly every country has joined the Paris Agreement on climate change.");

        assertEquals("paris-2015", treaty.known().id());
        assertEquals("the Paris Agreement", treaty.name());
    }

    @Test
    void findsUnknownTreatyOfPlaceByItsName() {
        TreatyRef treaty = onlyTreaty("In 1920 the Allies imposed the Treaty of Sèvres on the defeated empire.");

        assertNull(treaty.known());
        assertEquals("the Treaty of Sèvres", treaty.name());
    }

    @Test
    void findsUnknownAccordsByTheirName() {
        TreatyRef treaty = onlyTreaty("Several states signed the Abraham Accords in the autumn of that year.");

        assertNull(treaty.known());
        assertEquals("the Abraham Accords", treaty.name());
    }

    @Test
    void unnamedAgreementGivesNothing() {
        assertEquals(List.of(), treaties("After weeks of talks the agreement was signed by both clubs."));
    }

    @Test
    void capitalisedTreatyAtSentenceStartIsNoName() {
        assertEquals(List.of(), treaties("The Treaty was ratified by the senate a year later."));
    }
}
