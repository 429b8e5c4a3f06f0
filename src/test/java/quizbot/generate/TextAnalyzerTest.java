package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sentences of bounded length, however long the run-on text. */
class TextAnalyzerTest {

    private static final int MAX = TextAnalyzer.MAX_SENTENCE_TOKENS;

    @Test
    void leavesAnOrdinarySentenceWhole() {
        Sentence sentence = TestText.sentence("On November 1, the delegation arrived in Havana, where it was met by officials.");

        assertEquals("On November 1, the delegation arrived in Havana, where it was met by officials.", sentence.text());
    }

    @Test
    void aSentenceGoesOnAfterAnAbbreviationThatNeverEndsOne() {
        List<Sentence> sentences = TestText.sentences("On 18 May 1980, Mount St. Helens erupted in Washington. The ruling in Kesavananda"
                + " Bharati v. State of Kerala came in 1973. It was a long day.");

        assertEquals(List.of("On 18 May 1980, Mount St. Helens erupted in Washington.",
                "The ruling in Kesavananda Bharati v. State of Kerala came in 1973.", "It was a long day."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void aSentenceGoesOnAfterANamesInitialButNotWhenAnAcronymOrAFunctionWordFollows() {
        List<Sentence> sentences = TestText.sentences("She married J. R. Whitfield, a geochemist, in 1961. The crew will fly on Artemis V."
                + " NASA expects the rover to be ready by then. The last stage was built by Henry K. The tests ended in May.");

        assertEquals(List.of("She married J. R. Whitfield, a geochemist, in 1961.", "The crew will fly on Artemis V.",
                "NASA expects the rover to be ready by then.", "The last stage was built by Henry K.", "The tests ended in May."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void aMiddleInitialIGoesOnButARomanOneAfterWarEndsTheSentence() {
        List<Sentence> sentences = TestText.sentences("The delay was first identified by Irwin I. Shapiro in 1964. He served in World War I."
                + " Tilak returned to Pune.");

        assertEquals(List.of("The delay was first identified by Irwin I. Shapiro in 1964.", "He served in World War I.",
                "Tilak returned to Pune."), sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void aPastFormTaggedAsANounIsAVerbAndAVerbAfterADeterminerDescribes() {
        Sentence sentence = TestText.sentences("The signing took place at the estimated cost of one dollar.").get(0);

        assertEquals(List.of(PosTag.NOUN, PosTag.VERB, PosTag.ADJ), sentence.tokens().stream()
                .filter(token -> Set.of("signing", "took", "estimated").contains(token.text())).map(Token::tag).toList());
    }

    @Test
    void taggerSlipsAroundNamesAreMended() {
        Sentence transferred = TestText.sentence("In 2011, Eich transferred the ownership of the code to Dave Mandelin.");
        assertEquals(List.of(PosTag.PROPN, PosTag.VERB), transferred.tokens().stream()
                .filter(token -> Set.of("Eich", "transferred").contains(token.text())).map(Token::tag).toList());
        Sentence lies = TestText.sentence("Geologically, India lies on the Indian Plate and measures 3,214 km from north to south.");
        assertEquals(List.of(PosTag.ADV, PosTag.VERB), lies.tokens().stream()
                .filter(token -> Set.of("Geologically", "lies").contains(token.text())).map(Token::tag).toList(),
                "an opening adverb is no place of India, and a name's verb of the present is no noun");
        Sentence accords = TestText.sentence("The Accords reinforce and implement key obligations in the Outer Space Treaty.");
        assertEquals(List.of(PosTag.VERB, PosTag.VERB), accords.tokens().stream()
                .filter(token -> Set.of("reinforce", "implement").contains(token.text())).map(Token::tag).toList());
    }

    @Test
    void splitsARunOnSentenceAtCommasIntoPiecesOfAtMostTheMaximum() {
        String runOn = LongTexts.runOn(2_000, true);

        List<Sentence> sentences = TestText.sentences(runOn.strip());

        assertTrue(sentences.size() > 2_000 / MAX, "pieces: " + sentences.size());
        for (Sentence piece : sentences) {
            assertTrue(piece.tokens().size() <= MAX, piece.tokens().size() + " tokens: " + piece.text());
            assertTrue(runOn.contains(piece.text()), "a piece is a stretch of the text: " + piece.text());
            assertTrue(!piece.text().startsWith(",") && !piece.text().endsWith(","), "the comma it was split at is dropped: " + piece.text());
        }
    }

    @Test
    void cutsARunOnSentenceWithoutPunctuationIntoChunksKeepingEveryWord() {
        String runOn = LongTexts.runOn(1_000, false).strip();

        List<Sentence> sentences = TestText.sentences(runOn);

        var words = new ArrayList<String>();
        for (Sentence piece : sentences) {
            assertTrue(piece.tokens().size() <= MAX, piece.tokens().size() + " tokens");
            piece.tokens().forEach(token -> {
                assertEquals(token.text(), piece.text().substring(token.start(), token.end()), "token spans point into the piece");
                words.add(token.text());
            });
        }
        assertEquals(String.join(" ", words).replace(" .", "."), runOn);
    }

    @Test
    void piecesEndAtTheLastClauseMarkInTheSecondHalfOfTheirWindow() {
        var words = new String[300];
        java.util.Arrays.fill(words, "word");
        words[50] = ",";
        words[100] = ";";
        words[110] = ",";

        List<int[]> pieces = TextAnalyzer.pieces(words);

        assertEquals(List.of("0-100", "101-221", "221-300"), pieces.stream().map(piece -> piece[0] + "-" + piece[1]).toList());
    }
}
