package quizbot.chat;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the bot says back; the adapters turn these into Telegram calls or terminal lines. */
public sealed interface Reply {

    long chatId();

    /** A message. */
    record Text(long chatId, String text) implements Reply {
    }

    /** A message with one button per row under it. */
    record Buttons(long chatId, String text, List<Button> buttons) implements Reply {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    /** A short notice about a button press (Telegram shows it as the press's answer, a toast). */
    record Notice(long chatId, String text) implements Reply {
    }

    /** A button: its label and the callback data it sends back, at most 64 bytes (Telegram's limit). */
    record Button(String label, String data) {
        public Button {
            if (data.getBytes(StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data over 64 bytes: " + data);
            }
        }
    }
}
