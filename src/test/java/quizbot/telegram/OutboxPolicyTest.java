package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The outbox's small decisions, without a server: which queued call a full chat queue drops, and what a 429 means. */
class OutboxPolicyTest {

    private static final OutboxQueueCap CAP_OF_THREE = new OutboxQueueCap(3);
    private static final OutboxFloodPolicy FIVE_MINUTES_TEN_WAITS = new OutboxFloodPolicy(10, Duration.ofMinutes(5));

    @Test
    void queueIsFullAtItsCap() {
        assertFalse(CAP_OF_THREE.isFull(2));
        assertTrue(CAP_OF_THREE.isFull(3));
    }

    @Test
    void fullQueueSupersedesItsOldestPlainMessageNotInFlight() {
        Outgoing<?> inFlight = call("sendMessage");
        Outgoing<?> edit = call("editMessageText");
        Outgoing<?> poll = call("sendpoll");
        Outgoing<?> photo = call("sendPhoto");
        List<Outgoing<?>> queued = List.of(inFlight, edit, poll, photo, call("sendMessage"));

        assertSame(photo, CAP_OF_THREE.superseded(queued, true, Function.identity()), "a poll moves a group quiz on: never superseded");
        assertSame(inFlight, CAP_OF_THREE.superseded(queued, false, Function.identity()), "not in flight yet");
    }

    @Test
    void fullQueueOfEditsAndCommandsSupersedesNothing() {
        List<Outgoing<?>> queued = List.of(call("editMessageText"), call("editMessageReplyMarkup"),
                call("setMyCommands"), call("answerCallbackQuery"));

        assertNull(CAP_OF_THREE.superseded(queued, false, Function.identity()));
    }

    @Test
    void plainMessagesAreSupersedableAndNothingElse() {
        for (String method : List.of("sendMessage", "sendPhoto", "sendDocument", "sendmessage")) {
            assertTrue(call(method).supersedable(), method);
        }
        for (String method : List.of("sendPoll", "editMessageText", "answerCallbackQuery", "setMyCommands", "sendChatAction")) {
            assertFalse(call(method).supersedable(), method);
        }
    }

    @Test
    void floodWaitUpToTheLongestWorthWaitingIsWaited() {
        assertEquals(OutboxFloodPolicy.Verdict.WAIT, FIVE_MINUTES_TEN_WAITS.judge(1, 0));
        assertEquals(OutboxFloodPolicy.Verdict.WAIT, FIVE_MINUTES_TEN_WAITS.judge(300, 9));
    }

    @Test
    void floodWaitLongerThanWorthWaitingMutesTheChat() {
        assertEquals(OutboxFloodPolicy.Verdict.MUTE_CHAT, FIVE_MINUTES_TEN_WAITS.judge(301, 0));
        assertEquals(OutboxFloodPolicy.Verdict.MUTE_CHAT, FIVE_MINUTES_TEN_WAITS.judge(86_400, 0));
    }

    @Test
    void callStillFloodLimitedAfterItsLastWaitIsGivenUp() {
        assertEquals(OutboxFloodPolicy.Verdict.GIVE_UP, FIVE_MINUTES_TEN_WAITS.judge(1, 10));
    }

    private static Outgoing<Boolean> call(String method) {
        return new Outgoing<>(1L, method, client -> true, null);
    }
}
