package quizbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Button data: each payload reads back as itself, and whatever else a press sends is Unknown, never an exception. */
class ButtonDataTest {

    @Test
    void everyPayloadReadsBackAsItself() {
        for (ButtonData data : List.of(new ButtonData.Answer(123456789012345678L, 9999, 99), new ButtonData.Answer(0, 0, 0),
                new ButtonData.PickSet("capitals_of-EUROPE-2"), new ButtonData.TakeHomework(42), new ButtonData.DraftPage(1767225600123L, 3),
                new ButtonData.MarkQuestion(1767225600123L, 27, true), new ButtonData.MarkQuestion(1767225600123L, 27, false), new ButtonData.AssignClass(12),
                new ButtonData.AssignChoice(12, ButtonData.key("capitals"), -1, -1), new ButtonData.AssignChoice(12, "0123abcd", 0, -1),
                new ButtonData.AssignChoice(12, "0123abcd", 10, 0), new ButtonData.AssignChoice(12, "0123abcd", 10, 20260302))) {
            assertEquals(data, ButtonData.parse(data.encode()), data.encode());
        }
    }

    @Test
    void theEncodingsAreTheOnesTelegramAlreadyHolds() {
        assertEquals("a:12:3:1", new ButtonData.Answer(12, 3, 1).encode());
        assertEquals("s:planets", new ButtonData.PickSet("planets").encode());
        assertEquals("h:7", new ButtonData.TakeHomework(7).encode());
    }

    @Test
    void forgedStaleOrForeignDataIsUnknown() {
        for (String forged : List.of("", "garbage", "a:1", "a:1:2", "a:1:2:3:4", "a:-1:0:0", "a:1:0:100", "a:1:10000:0",
                "a:1234567890123456789:0:0", "s:", "s:with space", "s:" + "x".repeat(49), "h:", "h:x", "h:-3",
                "A:1:2:3", " s:planets", "s:planets\n", "ä:1", "ac:", "as:1:0123abcd:5", "an:1:0123abcd", "ad:1:0123abcd:5",
                "an:1:0123ABCD:5", "as:1:0123abc", "dp:1", "dx:1:2:3", "ad:1:0123abcd:5:20261399", "ad:1:0123abcd:5:2026")) {
            assertEquals(new ButtonData.Unknown(forged), ButtonData.parse(forged), forged);
        }
    }

    @Test
    void noDataAtAllIsUnknownToo() {
        assertInstanceOf(ButtonData.Unknown.class, ButtonData.parse(null));
    }

    @Test
    void theLongestPayloadsFitTelegramsSixtyFourBytes() {
        new Reply.Button("answer", new ButtonData.Answer(Long.MAX_VALUE, 9999, 99));
        new Reply.Button("set", new ButtonData.PickSet("x".repeat(48)));
        new Reply.Button("homework", new ButtonData.TakeHomework(Long.MAX_VALUE));
        new Reply.Button("page", new ButtonData.DraftPage(Long.MAX_VALUE, 9999));
        new Reply.Button("✕ 9999", new ButtonData.MarkQuestion(Long.MAX_VALUE, 9999, false));
        new Reply.Button("due", new ButtonData.AssignChoice(Long.MAX_VALUE, "0123abcd", 9999, 99991231));
    }

    @Test
    void aButtonWhoseDataIsOverSixtyFourBytesIsRefusedWhenMade() {
        assertEquals("s:" + "é".repeat(31), ButtonData.requireFits("s:" + "é".repeat(31)), "64 bytes fit");
        var refused = assertThrows(IllegalArgumentException.class, () -> new Reply.Button("too long", "s:" + "é".repeat(32)));
        assertEquals("callback data over 64 bytes: s:" + "é".repeat(32), refused.getMessage());
    }
}
