package quizbot.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button sends back when pressed: a closed set of payloads, each with its encoding in
 * Telegram's callback data ({@code a:<session>:<position>:<option>}, {@code s:<set>},
 * {@code n:<set>:<count>}, {@code g}, {@code h:<assignment>}, {@code dp:<draft>:<page>},
 * {@code dx:<draft>:<number>} and {@code dr:<draft>:<number>}, {@code md:<text key>}, and the steps of /assign's walk {@code ac:<class>}, {@code as:<class>:<set key>},
 * {@code an:<class>:<set key>:<count>}, {@code ad:<class>:<set key>:<count>:<date>}). Data may be forged or replayed: parsing never throws, and whatever is
 * not a payload is {@link Unknown}. Each payload carries what a press must be checked against, so
 * the press changes nothing that its sender may not change. Immutable.
 */
public sealed interface ButtonData {

    /** Telegram's limit for callback data, in bytes. */
    int MAX_BYTES = 64;

    /** The callback data of this payload. */
    String encode();

    /** An answer: option {@code option} of the question at {@code position} of session {@code sessionId}. */
    record Answer(long sessionId, int position, int option) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("a:(\\d{1,18}):(\\d{1,4}):(\\d{1,2})");

        @Override
        public String encode() {
            return "a:" + sessionId + ":" + position + ":" + option;
        }
    }

    /** A question set to play, by id. */
    record PickSet(String setId) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("s:([A-Za-z0-9_-]{1,48})");

        @Override
        public String encode() {
            return "s:" + setId;
        }
    }

    /** A quiz of a set to start in place of the one in progress, with its number of questions (the press on "start the new one"). */
    record StartAnew(String setId, int count) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("n:([A-Za-z0-9_-]{1,48}):(\\d{1,3})");

        @Override
        public String encode() {
            return "n:" + setId + ":" + count;
        }
    }

    /** Go on with the quiz in progress: its question is shown again. */
    record GoOn() implements ButtonData {
        @Override
        public String encode() {
            return "g";
        }
    }

    /** An assignment (homework) to take, by id. */
    record TakeHomework(long assignmentId) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("h:(\\d{1,18})");

        @Override
        public String encode() {
            return "h:" + assignmentId;
        }
    }

    /** A page of the teacher's draft; {@code created} is the draft's stamp, so an older draft's buttons are refused. */
    record DraftPage(long created, int page) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("dp:(\\d{1,18}):(\\d{1,4})");

        @Override
        public String encode() {
            return "dp:" + created + ":" + page;
        }
    }

    /**
     * Drop question {@code number} of the draft stamped {@code created} ({@code drop}), or bring it back: what the
     * button's label says, so a double tap or an old page's button never does the opposite.
     */
    record MarkQuestion(long created, int number, boolean drop) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("d([xr]):(\\d{1,18}):(\\d{1,4})");

        @Override
        public String encode() {
            return (drop ? "dx:" : "dr:") + created + ":" + number;
        }
    }

    /** Make a draft of the article the teacher sent during a quiz; {@code textKey} tells that text from a later one. */
    record MakeDraft(String textKey) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("md:([0-9a-f]{8})");

        @Override
        public String encode() {
            return "md:" + textKey;
        }
    }

    /** /assign's walk, step 1 done: the class is chosen; next, the set. */
    record AssignClass(long classId) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("ac:(\\d{1,18})");

        @Override
        public String encode() {
            return "ac:" + classId;
        }
    }

    /**
     * /assign's walk: the class, the set (by {@link #key}, since a set id may be too long for the data), how many
     * questions ({@code count}, 0: all; -1: not chosen yet) and the deadline ({@code due} as yyyymmdd, 0: none; -1: not
     * chosen yet). Each press adds one choice; the last one assigns.
     */
    record AssignChoice(long classId, String setKey, int count, int due) implements ButtonData {
        private static final Pattern FORMAT = Pattern.compile("a([snd]):(\\d{1,18}):([0-9a-f]{8})(?::(\\d{1,4}))?(?::(\\d{1,8}))?");

        @Override
        public String encode() {
            return count < 0 ? "as:" + classId + ":" + setKey : due < 0 ? "an:" + classId + ":" + setKey + ":" + count
                    : "ad:" + classId + ":" + setKey + ":" + count + ":" + due;
        }
    }

    /** A short, stable key of a set id or a text, for button data: the first 8 hex digits of its SHA-256. */
    static String key(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Data that is none of the payloads: stale, forged, or from another bot. */
    record Unknown(String data) implements ButtonData {
        @Override
        public String encode() {
            return data;
        }
    }

    /** The payload the data encodes, or {@link Unknown}; never throws, also not for null. */
    static ButtonData parse(String data) {
        if (data == null) {
            return new Unknown("");
        }
        Matcher answer = Answer.FORMAT.matcher(data);
        if (answer.matches()) {
            return new Answer(Long.parseLong(answer.group(1)), Integer.parseInt(answer.group(2)), Integer.parseInt(answer.group(3)));
        }
        Matcher set = PickSet.FORMAT.matcher(data);
        if (set.matches()) {
            return new PickSet(set.group(1));
        }
        Matcher anew = StartAnew.FORMAT.matcher(data);
        if (anew.matches()) {
            return new StartAnew(anew.group(1), Integer.parseInt(anew.group(2)));
        }
        if (data.equals("g")) {
            return new GoOn();
        }
        Matcher homework = TakeHomework.FORMAT.matcher(data);
        if (homework.matches()) {
            return new TakeHomework(Long.parseLong(homework.group(1)));
        }
        Matcher make = MakeDraft.FORMAT.matcher(data);
        if (make.matches()) {
            return new MakeDraft(make.group(1));
        }
        Matcher assignClass = AssignClass.FORMAT.matcher(data);
        if (assignClass.matches()) {
            return new AssignClass(Long.parseLong(assignClass.group(1)));
        }
        Matcher choice = AssignChoice.FORMAT.matcher(data);
        if (choice.matches() && (choice.group(4) == null) == choice.group(1).equals("s")
                && (choice.group(5) == null) == !choice.group(1).equals("d") && (choice.group(5) == null || isDate(choice.group(5)))) {
            return new AssignChoice(Long.parseLong(choice.group(2)), choice.group(3),
                    choice.group(4) == null ? -1 : Integer.parseInt(choice.group(4)), choice.group(5) == null ? -1 : Integer.parseInt(choice.group(5)));
        }
        Matcher page = DraftPage.FORMAT.matcher(data);
        if (page.matches()) {
            return new DraftPage(Long.parseLong(page.group(1)), Integer.parseInt(page.group(2)));
        }
        Matcher mark = MarkQuestion.FORMAT.matcher(data);
        if (mark.matches()) {
            return new MarkQuestion(Long.parseLong(mark.group(2)), Integer.parseInt(mark.group(3)), mark.group(1).equals("x"));
        }
        return new Unknown(data);
    }

    /** Whether the digits are a day as yyyymmdd, or 0 (none). */
    private static boolean isDate(String digits) {
        try {
            return digits.equals("0") || LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The data itself when it fits Telegram's limit; the one place the limit is checked. */
    static String requireFits(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }
}
