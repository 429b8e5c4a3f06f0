package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import quizbot.quiz.InMemoryStores;
import quizbot.quiz.SetLoader;

/**
 * Properties of the question-set readers over generated malformed files (random bytes, mutated valid
 * files of every format, JSON of the wrong shape): each read either gives a set or fails with a
 * {@link QuestionSetFileException} whose message starts with the file name; never another exception,
 * never a hang. Also: a generated valid set survives a JSON file round trip, and loading is all or
 * nothing. Inputs stay at most {@value #MAX_INPUT} bytes so the class runs in seconds.
 */
class QuestionSetReadersPropertiesTest {

    private static final int MAX_INPUT = 4096;
    private static final int TRIES = 1000;

    /** Far beyond the milliseconds a 4 KB file takes; only a hang or runaway backtracking gets here. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /**
     * Runs each parse on a daemon thread of its own, so a hanging reader fails the try instead of the build
     * (and a stuck thread cannot keep the JVM alive); idle threads end by themselves.
     */
    private static final ExecutorService PARSER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "reader-under-test");
        thread.setDaemon(true);
        return thread;
    });

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // ---- valid samples of every format, which the generators then break ----

    private static final String JSON_SAMPLE = """
            {
              "id": "capitals",
              "title": "World capitals",
              "language": "en",
              "source": {
                "title": "Capitals of the world",
                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
              },
              "questions": [
                {
                  "id": "q1",
                  "type": "choice",
                  "kind": "place",
                  "prompt": "What is the capital of France?",
                  "options": [
                    "Paris",
                    "London",
                    "Berlin",
                    "Madrid"
                  ],
                  "correct": 0,
                  "explanation": "Paris has been the capital since 987.",
                  "source": "Paris is the capital of France."
                },
                {
                  "id": "q2",
                  "type": "true_false",
                  "kind": "other",
                  "prompt": "Havana is the capital of Cuba.",
                  "options": ["True", "False"],
                  "correct": 0
                },
                {
                  "id": "q3",
                  "type": "typed",
                  "kind": "person",
                  "prompt": "Who wrote \\"War and Peace\\"? \\u00e9\\ud83d\\ude00",
                  "accepted": [
                    "Tolstoy",
                    "Leo Tolstoy"
                  ]
                }
              ]
            }
            """;

    private static final String GIFT_SAMPLE = """
            // World capitals
            $CATEGORY: $course$/top/World capitals

            ::France:: What is the capital of France? {=Paris#Since 987. ~London ~Berlin ~Madrid}

            ::Moscow visit::[html]When did D&iacute;az-Canel <b>first</b> visit Moscow? {
              =November 1 # the first of November
              ~October 29 # the day he left
              ~%0%June 2017
              =%-50%August 2015
              ####He landed on November 1.
            }

            The Sun rises in the east. {T#It rises in the east.#Right.}

            Who wrote "War and Peace"? {=Tolstoy =Leo Tolstoy#Born at Yasnaya Polyana.}

            Havana is the capital of {~Spain =Cuba ~Mexico} since 1607.

            ::Escapes\\: all:: Is 2 \\= 1 \\+ 1 \\{sic\\}? {
            // a comment inside a question
              =yes \\~ indeed
              ~no \\# never
            }
            """;

    private static final String AIKEN_SAMPLE = """
            What is the capital of France?
            A. Paris
            B. London
            C) Berlin
            ANSWER: A

            Which river flows
            through Cairo?
            A) Nile
            B) Amazon
            answer: a
            The Earth is flat.
            A. True
            B. False
            ANSWER: B
            """;

    private static final String CSV_SAMPLE = """
            prompt,correct,wrong1,wrong2,wrong3,explanation
            What is the capital of France?,Paris,London,Berlin,Madrid,Paris has been the capital since 987.
            "Who said ""Veni, vidi, vici""?",Caesar,Cicero,Nero,,
            "A prompt
            over two lines",yes,no

            The Earth is flat.,False,True,,,
              "Quoted, spaced"  , a , b ,c
            """;

    private static final String CSV_SAMPLE_WITHOUT_HEADER = """
            Capital of Italy?,Rome,Milan,,,
            Capital of Spain?,Madrid,Seville
            """;

    // ---- what every generated file is checked for ----

    /** A file as handed to {@link QuestionSetFiles#parse}; shown escaped, so a shrunk example can be pasted into Java. */
    record Input(String fileName, byte[] content) {
        static Input of(String fileName, String text) {
            return new Input(fileName, capped(text.getBytes(UTF_8)));
        }

        @Override
        public String toString() {
            try {
                String text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                return fileName + " (" + content.length + " bytes): \"" + escaped(text) + "\"";
            } catch (CharacterCodingException e) {
                return fileName + " (" + content.length + " bytes, not UTF-8): " + HexFormat.ofDelimiter(" ").formatHex(content);
            }
        }
    }

    /**
     * Parses the file on another thread and checks the outcome: a set (which the JSON format can then
     * hold), or a {@link QuestionSetFileException} naming the file. Returns which, for the statistics.
     */
    private static String parsesOrFailsNamingTheFile(Input input) {
        Future<QuestionSet> parsing = PARSER.submit(() -> QuestionSetFiles.parse(input.fileName(), input.content()));
        try {
            QuestionSet set = parsing.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(set, QuestionSetJson.parse("check.json", QuestionSetJson.toJson(set)),
                    () -> "the set read from " + input + " does not survive the JSON format");
            return "read a set";
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw new AssertionError("no result after " + PATIENCE.toSeconds() + " s (a hang?) for " + input);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof QuestionSetFileException refused) {
                assertEquals(input.fileName(), refused.file(), () -> "file() of " + refused);
                assertTrue(refused.getMessage().startsWith(input.fileName() + ": "),
                        () -> "the message does not start with the file name: " + refused.getMessage());
                return "refused";
            }
            throw new AssertionError("threw " + failure + " instead of QuestionSetFileException for " + input, failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // ---- the properties ----

    @Property(tries = TRIES)
    void randomBytesInAnyFormatGiveASetOrAnErrorNamingTheFile(@ForAll("randomFiles") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void mutatedJsonGivesASetOrAnErrorNamingTheFile(@ForAll("mutatedJson") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void jsonWithWrongTypesAndUnknownFieldsGivesASetOrAnErrorNamingTheFile(@ForAll("misshapenJson") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void mutatedGiftGivesASetOrAnErrorNamingTheFile(@ForAll("mutatedGift") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void mutatedAikenGivesASetOrAnErrorNamingTheFile(@ForAll("mutatedAiken") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void aikenAnswerNamingManyOptionsGivesASetOrAnErrorNamingTheFile(@ForAll("aikenWithListedAnswers") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void mutatedCsvGivesASetOrAnErrorNamingTheFile(@ForAll("mutatedCsv") Input input) {
        Statistics.label("outcome").collect(parsesOrFailsNamingTheFile(input));
    }

    @Property(tries = TRIES)
    void validSetWrittenAsJsonReadsBackEqual(@ForAll("validSets") QuestionSet set) throws IOException {
        Path folder = Files.createTempDirectory("quizbot-roundtrip");
        try {
            Path file = folder.resolve(set.id() + ".json");
            QuestionSetJson.write(set, file);

            assertEquals(set, QuestionSetFiles.read(file));
            assertEquals(set, QuestionSetJson.read(file));
        } finally {
            deleteTree(folder);
        }
    }

    @Property(tries = TRIES)
    void oneMalformedFileAmongGoodOnesStoresNothing(
            @ForAll("goodFiles") List<GoodFile> goodFiles,
            @ForAll("failingFiles") Input malformed,
            @ForAll @IntRange(min = 0, max = 10) int position) throws IOException {
        Path folder = Files.createTempDirectory("quizbot-load");
        try {
            var good = new ArrayList<Path>();
            for (int i = 0; i < goodFiles.size(); i++) {
                good.add(goodFiles.get(i).writeTo(folder, "good-" + (i + 1)));
            }
            Path bad = folder.resolve("broken" + extension(malformed.fileName()));
            Files.write(bad, malformed.content());
            var files = new ArrayList<>(good);
            files.add(position % (good.size() + 1), bad);

            var store = new InMemoryStores();
            var refused = assertThrows(SetLoader.Refused.class, () -> new SetLoader(store).load(files));
            assertEquals(1, refused.problems().size(), refused::getMessage);
            assertTrue(refused.problems().get(0).startsWith(bad + ": "), refused::getMessage);
            assertEquals(List.of(), store.latestSets(), "nothing stored");

            var control = new InMemoryStores();
            new SetLoader(control).load(good);
            assertEquals(good.size(), control.latestSets().size(), "without the broken file every good one loads");
        } finally {
            deleteTree(folder);
        }
    }

    /** Half a surrogate pair cannot be written as UTF-8, so it would come back changed: such text is refused when read. */
    @Property(tries = 200)
    void giftEntityOfAnUnpairedSurrogateIsRefusedNamingFileLineAndField(
            @ForAll @CharRange(from = '\uD800', to = '\uDFFF') char surrogate) {
        String gift = "[html]Which sign is &#x" + Integer.toHexString(surrogate) + ";? {=this ~that}\n";
        var error = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.parse("signs.gift", gift.getBytes(UTF_8)));
        assertEquals("signs.gift: line 1: field \"prompt\": contains a broken character (half of a UTF-16 surrogate pair)",
                error.getMessage());
    }

    @Example
    void everySampleIsAValidFile() {
        assertEquals(3, QuestionSetFiles.parse("capitals.json", JSON_SAMPLE.getBytes(UTF_8)).questions().size());
        assertEquals(6, QuestionSetFiles.parse("capitals.gift", GIFT_SAMPLE.getBytes(UTF_8)).questions().size());
        assertEquals(3, QuestionSetFiles.parse("capitals.aiken", AIKEN_SAMPLE.getBytes(UTF_8)).questions().size());
        assertEquals(3, QuestionSetFiles.parse("capitals.txt", AIKEN_SAMPLE.getBytes(UTF_8)).questions().size());
        assertEquals(5, QuestionSetFiles.parse("capitals.csv", CSV_SAMPLE.getBytes(UTF_8)).questions().size());
        assertEquals(2, QuestionSetFiles.parse("capitals.csv", CSV_SAMPLE_WITHOUT_HEADER.getBytes(UTF_8)).questions().size());
    }

    // ---- generators: file names ----

    private static Arbitrary<String> fileNames(String... extensions) {
        Arbitrary<String> base = Arbitraries.of("bank", "Planets", "World capitals", "dir/sub/Моя викторина",
                "C:\\quizzes\\week 1", "😀 quiz", "a.b.c", "", " ", "-", "x".repeat(60));
        return Combinators.combine(base, Arbitraries.of(extensions), Arbitraries.of(false, true))
                .as((name, extension, upper) -> name + (upper ? extension.toUpperCase(Locale.ROOT) : extension));
    }

    // ---- generators: random bytes ----

    @Provide
    Arbitrary<Input> randomFiles() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(MAX_INPUT);
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(MAX_INPUT / 4).map(s -> s.getBytes(UTF_8));
        Arbitrary<byte[]> content = Arbitraries.frequencyOf(Tuple.of(3, bytes), Tuple.of(1, text));
        return Combinators.combine(fileNames(".json", ".gift", ".aiken", ".txt", ".csv"), content).as(Input::new);
    }

    // ---- generators: mutations of valid files ----

    /** Characters and format tokens worth inserting: syntax of every format, controls, emoji, right-to-left text. */
    private static final List<String> FRAGMENTS = List.of(
            "{", "}", "[", "]", "\"", "'", "=", "~", "#", "####", ":", "::", ",", ";", ".", ")",
            "\n", "\n\n", "\r", "\r\n", "\t", " ", "   ", "\\", "\\n", "\\{", "%", "%50%", "%100%", "%-100%", "%1e9%",
            "->", "//", "$CATEGORY:", "$CATEGORY: $course$/top/", "[html]", "[markdown]", "<br>", "<b>", "<",
            "&#x0;", "&#xD800;", "&#xDFFF;", "&#1114112;", "&#x10FFFF;", "&amp;", "&nbsp;",
            "\u0000", "\u0001", "\u0008", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\uFEFF",
            "\u200F", "\u202E", "\u200B", "😀", "👍🏽", "🇨🇺", "שלום", "مرحبا", "日本語",
            "A.", "B)", "Z.", "A. ", "ANSWER:", "ANSWER: A", "answer: b", "ANSWER: Z", "ANSWER: A, B", "ANSWER: AB",
            "ANSWER:  A  B  C  D  E  F  G  H  I  J  K  L  M  N  O  P  Q  R  S  T  U  V  W  X  Y  Z !",
            "prompt,correct,wrong1", "\"\"", "\"\"\"", ",,,,,,", " \"a\" b",
            "null", "true", "0", "-1", "1.5", "1e999", "99999999999999999999", "{}", "[]", "\"id\": ", "\"x\": 1, ",
            "\"questions\": [", "\"correct\": 7", "\"type\": \"typed\"",
            "T", "F", "TRUE", "FALSE", "x".repeat(120), "y".repeat(301),
            "[".repeat(1100), "{\"a\": ".repeat(300), "9".repeat(1100));

    private static Arbitrary<String> insertion() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(FRAGMENTS)),
                Tuple.of(2, Arbitraries.of(FRAGMENTS).list().ofMinSize(2).ofMaxSize(6).map(parts -> String.join("", parts))),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8)));
    }

    enum Op { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT, REPEAT, REPLACE, TRUNCATE }

    /**
     * The most one REPEAT edit inserts. Kept well below the length at which an Aiken ANSWER line overflows the
     * stack (see {@link #aikenAnswerNamingManyOptionsGivesASetOrAnErrorNamingTheFile}), so the general properties
     * stay green while that bug is open; the targeted property covers long lines.
     */
    private static final int MAX_REPEATED = 400;

    /** One edit of a file's text; positions are taken modulo the text's size, so every edit applies. */
    record Edit(Op op, int at, int other, String text) {
        String applyTo(String content) {
            var lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
            int line = at % lines.size();
            int otherLine = other % lines.size();
            switch (op) {
                case DELETE_LINE -> lines.remove(line);
                case DUPLICATE_LINE -> lines.add(line, lines.get(line));
                case SWAP_LINES -> Collections.swap(lines, line, otherLine);
                case INSERT -> {
                    int position = at % (content.length() + 1);
                    return content.substring(0, position) + text + content.substring(position);
                }
                case REPEAT -> {
                    int position = at % (content.length() + 1);
                    int times = 1 + other % Math.max(1, MAX_REPEATED / Math.max(1, text.length()));
                    return content.substring(0, position) + text.repeat(times) + content.substring(position);
                }
                case REPLACE -> {
                    int from = at % (content.length() + 1);
                    int to = Math.min(content.length(), from + 1 + other % 8);
                    return content.substring(0, from) + text + content.substring(to);
                }
                case TRUNCATE -> {
                    return content.substring(0, at % (content.length() + 1));
                }
            }
            return String.join("\n", lines);
        }
    }

    enum ByteOp { TRUNCATE, SET, INSERT }

    /** One edit of the encoded bytes, which may break UTF-8 (a cut through an emoji, a stray 0xFF). */
    record ByteEdit(ByteOp op, int at, byte value) {
        byte[] applyTo(byte[] content) {
            int position = at % (content.length + 1);
            return switch (op) {
                case TRUNCATE -> Arrays.copyOf(content, position);
                case SET -> {
                    byte[] changed = content.clone();
                    if (changed.length > 0) {
                        changed[at % changed.length] = value;
                    }
                    yield changed;
                }
                case INSERT -> {
                    byte[] longer = new byte[content.length + 1];
                    System.arraycopy(content, 0, longer, 0, position);
                    longer[position] = value;
                    System.arraycopy(content, position, longer, position + 1, content.length - position);
                    yield longer;
                }
            };
        }
    }

    private static Arbitrary<Edit> edit() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 100_000);
        return Combinators.combine(Arbitraries.of(Op.class), position, position, insertion()).as(Edit::new);
    }

    private static Arbitrary<List<ByteEdit>> byteEdits() {
        Arbitrary<Byte> value = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of((byte) 0x00, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3, (byte) 0xED,
                        (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF8, (byte) 0xFE, (byte) 0xFF, (byte) '\r')),
                Tuple.of(1, Arbitraries.bytes()));
        Arbitrary<ByteEdit> edit = Combinators.combine(Arbitraries.of(ByteOp.class),
                Arbitraries.integers().between(0, 100_000), value).as(ByteEdit::new);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.<ByteEdit>of())),
                Tuple.of(1, edit.list().ofMinSize(1).ofMaxSize(2)));
    }

    /** Valid files broken by one to six text edits and now and then a byte edit, in files of the given names. */
    private static Arbitrary<Input> mutated(Arbitrary<String> fileNames, Arbitrary<String> validFiles) {
        return Combinators.combine(fileNames, validFiles, edit().list().ofMinSize(1).ofMaxSize(6), byteEdits())
                .as((name, text, edits, bytes) -> {
                    String edited = text;
                    for (Edit edit : edits) {
                        edited = edit.applyTo(edited);
                    }
                    byte[] content = edited.getBytes(UTF_8);
                    for (ByteEdit edit : bytes) {
                        content = edit.applyTo(content);
                    }
                    return new Input(name, capped(content));
                });
    }

    /** Files put together from lines typical of a format, in any order, so the parser meets odd sequences. */
    private static Arbitrary<String> assembled(String... typicalLines) {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(typicalLines)),
                Tuple.of(1, insertion()));
        return line.list().ofMinSize(1).ofMaxSize(30).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<Input> mutatedJson() {
        Arbitrary<String> valid = Arbitraries.oneOf(
                Arbitraries.of(JSON_SAMPLE, QuestionSetJson.toJson(Questions.sample())),
                validSets().map(QuestionSetJson::toJson));
        return mutated(fileNames(".json"), valid);
    }

    @Provide
    Arbitrary<Input> mutatedGift() {
        Arbitrary<String> valid = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(GIFT_SAMPLE)),
                Tuple.of(1, assembled("::Title:: Question? {=right ~wrong ~other}", "Question {", "=right # yes",
                        "~wrong # no", "~%0%wrong", "=%100%right", "~%50%half", "}", "{T}", "{FALSE#no#yes}",
                        "Who? {=x =y}", "{#3:1}", "{}", "{=a -> b =c -> d}", "// comment", "$CATEGORY: $course$/top/Cat",
                        "", "", "[html]<p>Q &amp; A &#x1F600;</p> {=1 ~2}", "####general", "\\{ \\} \\~ \\= \\# \\:",
                        "Text {~a =b} more text", "::open title", "::")));
        return mutated(fileNames(".gift"), valid);
    }

    @Provide
    Arbitrary<Input> mutatedAiken() {
        Arbitrary<String> valid = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(AIKEN_SAMPLE)),
                Tuple.of(1, assembled("Question?", "A. one", "B. two", "C) three", "D.", "E. five", "Z. last",
                        "ANSWER: A", "ANSWER: B", "answer: c", "ANSWER:", "ANSWER: AB", "ANSWER: A, B", "ANSWER: 1",
                        "", "A)", "a. lower")));
        return mutated(fileNames(".aiken", ".txt"), valid);
    }

    /** A question whose ANSWER line names several options ("ANSWER: A, B"), a common slip, at any length. */
    @Provide
    Arbitrary<Input> aikenWithListedAnswers() {
        return Combinators.combine(fileNames(".aiken", ".txt"), Arbitraries.of(" ", ", ", ";", "", " and ", ",\t"),
                        Arbitraries.integers().between(1, 2000))
                .as((name, separator, count) -> Input.of(name, "Which options are right?\nA. one\nB. two\nC. three\n"
                        + "ANSWER: A" + (separator + "B").repeat(count) + "\n"));
    }

    @Provide
    Arbitrary<Input> mutatedCsv() {
        Arbitrary<String> valid = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(CSV_SAMPLE, CSV_SAMPLE_WITHOUT_HEADER)),
                Tuple.of(1, assembled("prompt,correct,wrong1,wrong2,wrong3,explanation", "prompt,correct", "Q,a,b",
                        "Q,a,b,c,d,e", "\"Q, with comma\",\"a \"\"quoted\"\"\",b", "\"open", "close\",a,b", ",,,",
                        "Q;a;b", "Q,,b", "Q,a,,,,", "Q,a,b,c,d,e,f", "\"x\" y,a,b", "True?,true,FALSE", "")));
        return mutated(fileNames(".csv"), valid);
    }

    // ---- generators: JSON of the wrong shape ----

    enum TreeOp { REPLACE_VALUE, ADD_UNKNOWN_FIELD, REMOVE, RENAME_FIELD }

    /** One change to a parsed JSON tree at the {@code at}-th place (modulo the number of places). */
    record TreeEdit(TreeOp op, int at, String key, JsonNode value) {
        void applyTo(ObjectNode root) {
            var slots = new ArrayList<Slot>();
            collectSlots(root, slots);
            if (slots.isEmpty()) {
                root.set(key, value.deepCopy());
                return;
            }
            switch (op) {
                case REPLACE_VALUE -> {
                    Slot slot = slots.get(at % slots.size());
                    slot.set(value.deepCopy());
                }
                case REMOVE -> slots.get(at % slots.size()).remove();
                case RENAME_FIELD -> {
                    List<Slot> fields = slots.stream().filter(slot -> slot.field() != null).toList();
                    if (fields.isEmpty()) {
                        return;
                    }
                    Slot slot = fields.get(at % fields.size());
                    JsonNode moved = slot.remove();
                    ((ObjectNode) slot.parent()).set(key, moved);
                }
                case ADD_UNKNOWN_FIELD -> {
                    var objects = new ArrayList<ObjectNode>();
                    objects.add(root);
                    slots.stream().map(Slot::value).filter(JsonNode::isObject).forEach(node -> objects.add((ObjectNode) node));
                    objects.get(at % objects.size()).set(key, value.deepCopy());
                }
            }
        }

        private static void collectSlots(ContainerNode<?> container, List<Slot> slots) {
            if (container instanceof ObjectNode object) {
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    slots.add(new Slot(object, name, -1));
                    if (object.get(name) instanceof ContainerNode<?> inner) {
                        collectSlots(inner, slots);
                    }
                }
            } else if (container instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    slots.add(new Slot(array, null, i));
                    if (array.get(i) instanceof ContainerNode<?> inner) {
                        collectSlots(inner, slots);
                    }
                }
            }
        }
    }

    /** A place in a tree: a field of an object or an element of an array. */
    record Slot(ContainerNode<?> parent, String field, int index) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        JsonNode remove() {
            return field != null ? ((ObjectNode) parent).remove(field) : ((ArrayNode) parent).remove(index);
        }
    }

    private static Arbitrary<JsonNode> flatJsonValue() {
        Arbitrary<JsonNode> texts = Arbitraries.oneOf(
                Arbitraries.of("", " ", "choice", "true_false", "typed", "CHOICE", "place", "Place", "True", "False",
                        "x".repeat(301), "😀", "\u0000", "שלום", "0", "null", "capitals", "q1"),
                Arbitraries.strings().all().ofMaxLength(12)).map(TextNode::valueOf);
        Arbitrary<JsonNode> numbers = Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 12).map(IntNode::valueOf),
                Arbitraries.of(LongNode.valueOf(Integer.MAX_VALUE + 1L), LongNode.valueOf(Long.MIN_VALUE),
                        BigIntegerNode.valueOf(new BigInteger("123456789012345678901234567890")),
                        DoubleNode.valueOf(1.5), DoubleNode.valueOf(1e308), DoubleNode.valueOf(-0.0), DoubleNode.valueOf(0.0),
                        DecimalNode.valueOf(new BigDecimal("1.0")), DecimalNode.valueOf(new BigDecimal("1E+2"))));
        return Arbitraries.oneOf(
                Arbitraries.of(NullNode.getInstance(), BooleanNode.TRUE, BooleanNode.FALSE),
                numbers,
                texts);
    }

    private static Arbitrary<String> fieldNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("id", "title", "language", "source", "questions", "type", "kind", "prompt", "options",
                        "correct", "accepted", "explanation", "sha256", "ids", "Title", "correct_answer", "", "options ",
                        "😀", "__proto__", "type\u0000"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    }

    private static Arbitrary<JsonNode> jsonValue() {
        Arbitrary<JsonNode> flat = flatJsonValue();
        Arbitrary<JsonNode> array = flat.list().ofMaxSize(4).map(items -> {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(fieldNames().list().ofMaxSize(3), flat.list().ofSize(3))
                .as((names, values) -> {
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < names.size(); i++) {
                        node.set(names.get(i), values.get(i));
                    }
                    return node;
                });
        return Arbitraries.frequencyOf(Tuple.of(4, flat), Tuple.of(1, array), Tuple.of(1, object));
    }

    /** A key written a second time into the {@code at}-th object of the text: Jackson's trees cannot hold one. */
    record DuplicateKey(int at, String key, JsonNode value) {
        String applyTo(String json) {
            var braces = new ArrayList<Integer>();
            for (int i = 0; i < json.length(); i++) {
                if (json.charAt(i) == '{') {
                    braces.add(i);
                }
            }
            int brace = braces.get(at % braces.size());
            return json.substring(0, brace + 1) + "\"" + key + "\": " + value + ", " + json.substring(brace + 1);
        }
    }

    @Provide
    Arbitrary<Input> misshapenJson() {
        Arbitrary<ObjectNode> valid = Arbitraries.oneOf(
                Arbitraries.of(JSON_SAMPLE, QuestionSetJson.toJson(Questions.sample())),
                validSets().map(QuestionSetJson::toJson)).map(QuestionSetReadersPropertiesTest::tree);
        Arbitrary<TreeEdit> edit = Combinators.combine(Arbitraries.of(TreeOp.class),
                Arbitraries.integers().between(0, 100_000), fieldNames(), jsonValue()).as(TreeEdit::new);
        Arbitrary<DuplicateKey> duplicate = Combinators.combine(Arbitraries.integers().between(0, 100),
                Arbitraries.of("id", "type", "correct", "options", "questions", "title"), flatJsonValue())
                .as(DuplicateKey::new).injectNull(0.8);
        return Combinators.combine(fileNames(".json"), valid, edit.list().ofMinSize(1).ofMaxSize(4), duplicate)
                .as((name, tree, edits, duplicateKey) -> {
                    ObjectNode root = tree.deepCopy();
                    for (TreeEdit treeEdit : edits) {
                        treeEdit.applyTo(root);
                    }
                    String json = root.toPrettyString();
                    return Input.of(name, duplicateKey == null ? json : duplicateKey.applyTo(json));
                });
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generators: valid sets, through the records ----

    /** Short pieces of awkward but valid text: emoji, right-to-left, quotes, escapes, controls, line breaks. */
    private static final List<String> AWKWARD_TEXT = List.of(
            "😀", "👍🏽", "🇨🇺", "שלום", "مرحبا", "\u202E", "\u200F", "日本語", "Díaz-Canel", "\"", "\\", "\\n", "/", "</script>",
            "\u0000", "\u0001", "\u001f", "\u007f", "\t", "\n", "\r\n", "\u2028", "\u00a0", "\uFEFF", "{", "}", "~", "=", "#", ":");

    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(12)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u00a1', '\ud7ff').ofMinLength(1).ofMaxLength(4)),
                Tuple.of(2, Arbitraries.of(AWKWARD_TEXT)),
                Tuple.of(1, Arbitraries.just("x".repeat(maxLength))));
        return piece.list().ofMinSize(1).ofMaxSize(10)
                .map(pieces -> cut(String.join("", pieces), maxLength))
                .filter(candidate -> !candidate.isBlank());
    }

    /** At most {@code maxLength} chars, never ending in half an emoji. */
    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }

    private static Arbitrary<String> optionalText(int maxLength) {
        return Arbitraries.oneOf(text(maxLength), Arbitraries.of("", " ")).injectNull(0.4);
    }

    private static Arbitrary<Question> question() {
        Arbitrary<String> ids = text(20);
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.class);
        Arbitrary<String> prompts = text(Limits.MAX_PROMPT);
        Arbitrary<String> explanations = optionalText(Limits.MAX_EXPLANATION);
        Arbitrary<String> sources = optionalText(400);
        Arbitrary<List<String>> options = text(Limits.MAX_OPTION).list()
                .ofMinSize(Limits.MIN_OPTIONS).ofMaxSize(Limits.MAX_OPTIONS)
                .uniqueElements(option -> option.strip().toLowerCase(Locale.ROOT));
        Arbitrary<Question> choice = Combinators.combine(ids, kinds, prompts, options,
                        Arbitraries.integers().between(0, Limits.MAX_OPTIONS - 1), explanations, sources)
                .as((id, kind, prompt, choices, correct, explanation, source) -> new Question(id, QuestionType.CHOICE,
                        kind, prompt, choices, correct % choices.size(), null, explanation, source));
        Arbitrary<Question> trueFalse = Combinators.combine(ids, kinds, prompts, Arbitraries.of(0, 1), explanations, sources)
                .as((id, kind, prompt, correct, explanation, source) -> new Question(id, QuestionType.TRUE_FALSE,
                        kind, prompt, Question.TRUE_FALSE_OPTIONS, correct, null, explanation, source));
        Arbitrary<Question> typed = Combinators.combine(ids, kinds, prompts, text(Limits.MAX_OPTION).list().ofMinSize(1).ofMaxSize(5),
                        explanations, sources)
                .as((id, kind, prompt, accepted, explanation, source) -> new Question(id, QuestionType.TYPED,
                        kind, prompt, null, null, accepted, explanation, source));
        return Arbitraries.oneOf(choice, trueFalse, typed);
    }

    @Provide
    Arbitrary<QuestionSet> validSets() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('_', '-').ofMinLength(1).ofMaxLength(48);
        Arbitrary<String> languages = Arbitraries.oneOf(Arbitraries.of("en", "ru", "es", "pt-BR", "he"), text(10));
        Arbitrary<SourceInfo> sources = Combinators.combine(optionalText(120),
                        Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).injectNull(0.3))
                .as(SourceInfo::new).injectNull(0.3);
        Arbitrary<List<Question>> questions = question().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Question::id);
        return Combinators.combine(ids, text(120), languages, sources, questions).as(QuestionSet::new);
    }

    // ---- generators: files for the loader ----

    /** A valid file: a generated set written as JSON, or one of the valid samples of the other formats. */
    record GoodFile(QuestionSet set, String extension, String text) {
        Path writeTo(Path folder, String id) throws IOException {
            Path file = folder.resolve(id + extension);
            if (set != null) {
                QuestionSetJson.write(new QuestionSet(id, set.title(), set.language(), set.source(), set.questions()), file);
            } else {
                Files.writeString(file, text, UTF_8);
            }
            return file;
        }
    }

    @Provide
    Arbitrary<List<GoodFile>> goodFiles() {
        Arbitrary<GoodFile> json = validSets().map(set -> new GoodFile(set, ".json", null));
        Arbitrary<GoodFile> imported = Arbitraries.of(
                new GoodFile(QuestionSetJson.parse("sample.json", JSON_SAMPLE), ".json", null),
                new GoodFile(null, ".gift", GIFT_SAMPLE),
                new GoodFile(null, ".aiken", AIKEN_SAMPLE),
                new GoodFile(null, ".txt", AIKEN_SAMPLE),
                new GoodFile(null, ".csv", CSV_SAMPLE),
                new GoodFile(null, ".csv", CSV_SAMPLE_WITHOUT_HEADER));
        return Arbitraries.oneOf(json, imported).list().ofMinSize(1).ofMaxSize(4);
    }

    /** A mutated file of any format that its reader refuses. */
    @Provide
    Arbitrary<Input> failingFiles() {
        return Arbitraries.oneOf(mutatedJson(), misshapenJson(), mutatedGift(), mutatedAiken(), mutatedCsv(), randomFiles())
                .filter(QuestionSetReadersPropertiesTest::isRefused);
    }

    /** Whether the reader refuses the file; a hang or a crash counts as no (the other properties report those). */
    private static boolean isRefused(Input input) {
        Future<QuestionSet> parsing = PARSER.submit(() -> QuestionSetFiles.parse(input.fileName(), input.content()));
        try {
            parsing.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof QuestionSetFileException;
        } catch (TimeoutException e) {
            parsing.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // ---- helpers ----

    private static byte[] capped(byte[] content) {
        return content.length <= MAX_INPUT ? content : Arrays.copyOf(content, MAX_INPUT);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Java string-literal escapes, non-ASCII as {@code \\uXXXX}, so a reported example pastes into a test. */
    private static String escaped(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
