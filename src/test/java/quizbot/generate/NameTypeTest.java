package quizbot.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;

/** The closed sets of the generator: name types (as the gazetteers write them) and part-of-speech tags. */
class NameTypeTest {

    @Test
    void eachNameTypeIsAskedAsItsKind() {
        assertEquals(Kind.PERSON, NameType.PERSON.kind());
        for (NameType place : new NameType[] {NameType.CITY, NameType.COUNTRY, NameType.REGION, NameType.SITE, NameType.PLACE}) {
            assertEquals(Kind.PLACE, place.kind(), place::word);
        }
        for (NameType organisation : new NameType[] {NameType.COMPANY, NameType.ORGANISATION, NameType.CLUB}) {
            assertEquals(Kind.ORGANISATION, organisation.kind(), organisation::word);
        }
        for (NameType other : new NameType[] {NameType.EVENT, NameType.TERM, NameType.NAME}) {
            assertEquals(Kind.OTHER, other.kind(), other::word);
        }
    }

    @Test
    void aGazetteerWritesTheTypeInLowerCaseAndAnUnknownOneIsRefused() {
        for (NameType type : NameType.values()) {
            assertEquals(type, NameType.of(type.word()));
        }
        var refused = assertThrows(IllegalArgumentException.class, () -> NameType.of("planet"));
        assertTrue(refused.getMessage().contains("planet"), refused.getMessage());
    }

    @Test
    void aTagTheModelShouldNotWriteIsOther() {
        assertEquals(PosTag.PROPN, PosTag.of("PROPN"));
        assertEquals(PosTag.X, PosTag.of("NNP"));
    }
}
