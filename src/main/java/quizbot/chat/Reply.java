package quizbot.chat;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import quizbot.report.ClassReport;

/** What the bot says back; the adapters turn these into Telegram calls or terminal lines. */
public sealed interface Reply {

    long chatId();

    /** A message. */
    record Text(long chatId, String text) implements Reply {
    }

    /**
     * A message with rows of buttons under it. {@code replacesPressed}: it answers a press on another
     * message's buttons and takes that message's place (Telegram edits it; the console prints it anew).
     */
    record Buttons(long chatId, String text, List<List<Button>> rows, boolean replacesPressed) implements Reply {
        public Buttons {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A new message with one button per row. */
        public Buttons(long chatId, String text, List<Button> buttons) {
            this(chatId, text, buttons.stream().map(List::of).toList(), false);
        }

        /** Every button, row by row. */
        public List<Button> buttons() {
            return rows.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * The verdict on an answered question. Telegram edits the question's message to show both (its
     * buttons gone); the console prints the verdict.
     */
    record Verdict(long chatId, String question, String verdict) implements Reply {
    }

    /**
     * A native quiz poll for a group: non-anonymous, the right option marked, open for
     * {@code openSeconds}. The adapter reports the poll's id back ({@link Conversation#pollOpened})
     * and, when the period ends, sends {@link Incoming.PollClosed}.
     */
    record Poll(long chatId, long runId, int position, String question, List<String> options, int correctOption,
                String explanation, int openSeconds) implements Reply {
        public Poll {
            options = List.copyOf(options);
        }
    }

    /**
     * A class report's files: its chart as a picture and its table as a CSV file, each under its file
     * name with a caption. The adapter draws them (the chart as PNG, the CSV with a BOM for
     * spreadsheets), so the conversation stays free of drawing.
     */
    record ReportFiles(long chatId, ClassReport report, String chartFile, String chartCaption, String csvFile,
                       String csvCaption) implements Reply {
        public ReportFiles {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Slow work (a draft from an article, a class report) that must not hold the chat's other
     * messages up: the adapter runs {@code work} away from the chats' lanes, one job per
     * {@code ownerId} at a time, sends {@code started} (if not null) at once and the work's replies
     * when they are ready; when it cannot take the job now it sends {@link Conversation#BUSY} or
     * {@link Conversation#STILL_WORKING} instead. The console runs it at once.
     */
    record Slow(long chatId, long ownerId, String started, Supplier<List<Reply>> work) implements Reply {
        public Slow {
            Objects.requireNonNull(work, "work");
        }
    }

    /** A short notice about a button press (Telegram shows it as the press's answer, a toast). */
    record Notice(long chatId, String text) implements Reply {
    }

    /** A button: its label and the callback data it sends back, at most 64 bytes (Telegram's limit). */
    record Button(String label, String data) {
        public Button {
            ButtonData.requireFits(data);
        }

        /** A button that sends the payload back. */
        public Button(String label, ButtonData data) {
            this(label, data.encode());
        }
    }
}
