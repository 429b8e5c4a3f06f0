package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetFilesTest {

    private static final String GIFT = "Capital of France? {=Paris ~Lyon}\n\nThe Sun is a star. {T}\n\nWho wrote Hamlet? {=Shakespeare}\n";
    private static final String AIKEN = "Capital of France?\nA. Lyon\nB. Paris\nANSWER: B\n";
    private static final String CSV = "prompt,correct,wrong1\nCapital of France?,Paris,Lyon\n";

    @TempDir
    Path dir;

    @Test
    void extensionChoosesTheFormatIgnoringCase() {
        assertEquals("Capital of France?", parse("a.gift", GIFT).questions().get(0).prompt());
        assertEquals(List.of("Lyon", "Paris"), parse("b.AIKEN", AIKEN).questions().get(0).options());
        assertEquals(List.of("Paris", "Lyon"), parse("c.Csv", CSV).questions().get(0).options());
        assertEquals(Questions.sample(), parse("moscow-havana.JSON", QuestionSetJson.toJson(Questions.sample())));
    }

    @Test
    void textFileInAikenShapeIsReadAsAiken() {
        assertEquals(1, parse("planets.txt", AIKEN).questions().size());
    }

    @Test
    void textFileInAnotherShapeIsRefusedNamingTheFormatsRead() {
        var e = assertThrows(QuestionSetFileException.class, () -> parse("notes.txt", GIFT));

        assertEquals("notes.txt: is not in Aiken format (options like \"A. text\" and a line \"ANSWER: A\");"
                + " a .txt file is read as Aiken; question sets are read from .json, .gift (Moodle GIFT),"
                + " .aiken or .txt (Aiken) and .csv files", e.getMessage());
    }

    @Test
    void textFileWithAnAnswerLineInAnyCaseIsReadAsAiken() {
        for (String answer : List.of("Answer: B", "answer: b", "Answer : B")) {
            QuestionSet set = parse("planets.txt", AIKEN.replace("ANSWER: B", answer));

            assertEquals(1, set.questions().get(0).correct(), answer);
        }
    }

    @Test
    void brokenAikenTextFileGetsTheAikenErrorNotTheFormatRefusal() {
        assertEquals("planets.txt: line 4: field \"correct\": ANSWER is D; the question has options A to B",
                assertThrows(QuestionSetFileException.class,
                        () -> parse("planets.txt", "Q?\nA. a\nB. b\nanswer: D\n")).getMessage());
        assertEquals("planets.txt: line 4: field \"correct\": ANSWER is \"AB\"; must be the letter of one option",
                assertThrows(QuestionSetFileException.class,
                        () -> parse("planets.txt", "Q?\nA. a\nB. b\nANSWER: AB\n")).getMessage());
        assertEquals("planets.txt: line 4: ANSWER line before any option; options look like \"A. text\" or \"A) text\"",
                assertThrows(QuestionSetFileException.class,
                        () -> parse("planets.txt", "Q?\na) a\nb) b\nANSWER: A\n")).getMessage());
    }

    @Test
    void aBrokenAikenBankLooksLikeAQuestionBank() {
        for (String bank : List.of(AIKEN, "Q?\nA. a\nB. b\nanswer: D\n", "Q?\nA. a\nB. b\nANSWER: AB\n",
                "Q?\nA. a\nB. b\nANSWER: 2\n", "Q?\nA. a\nB. b\nANSWER:\n", "Q?\na) a\nb) b\nANSWER: A\n",
                "Q?\r\n  A) a\r\n  C) c\r\n  Answer: c.\r\n", "Q?\nA. a\nB. b\n\nQ2?\nA. a\nANSWER: A\n")) {
            assertTrue(QuestionSetFiles.looksLikeQuestionBank("bank.txt", bank.getBytes(UTF_8)), bank);
        }
    }

    @Test
    void anArticleDoesNotLookLikeAQuestionBank() {
        String interview = "Lincoln and the press\n\nA. Lincoln wrote to the editor in 1862.\n"
                + "Question: Did he answer the letter?\nAnswer: I think he did, in August.\nAnswer: Yes.\n";
        String list = "Three steps:\na) plan\nb) build\nc) test\nThe answer: a team that ships.\n";
        String latin1 = "Caf\u00e9 prices rose.\nA. Smith said so.\n";
        for (byte[] article : List.of(interview.getBytes(UTF_8), list.getBytes(UTF_8),
                latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), GIFT.getBytes(UTF_8), new byte[0])) {
            assertFalse(QuestionSetFiles.looksLikeQuestionBank("article.txt", article), new String(article, UTF_8));
        }
    }

    @Test
    void everyOtherSetFormatIsAQuestionBankByItsExtension() {
        for (String name : List.of("a.json", "a.GIFT", "a.aiken", "a.csv")) {
            assertTrue(QuestionSetFiles.looksLikeQuestionBank(name, "anything".getBytes(UTF_8)), name);
        }
        for (String name : List.of("a.docx", "README", "")) {
            assertFalse(QuestionSetFiles.looksLikeQuestionBank(name, AIKEN.getBytes(UTF_8)), name);
        }
        assertFalse(QuestionSetFiles.looksLikeQuestionBank(null, AIKEN.getBytes(UTF_8)));
    }

    @Test
    void unknownExtensionIsRefusedListingTheSupportedOnes() {
        var e = assertThrows(QuestionSetFileException.class, () -> parse("bank.xlsx", CSV));

        assertEquals("bank.xlsx: is not a question-set file; question sets are read from .json, .gift (Moodle GIFT),"
                + " .aiken or .txt (Aiken) and .csv files", e.getMessage());
        assertEquals("bank.xlsx", e.file());
    }

    @Test
    void fileWithoutExtensionIsRefused() {
        assertThrows(QuestionSetFileException.class, () -> parse("README", AIKEN));
    }

    @Test
    void theLimitIsOneMebibyte() {
        assertEquals(1_048_576, QuestionSetFiles.MAX_BYTES);
    }

    @Test
    void contentOverTheLimitIsRefusedWithItsSizeAndTheLimit() {
        byte[] content = new byte[QuestionSetFiles.MAX_BYTES + 1];
        Arrays.fill(content, (byte) 'x');

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.parse("big.csv", content));

        assertEquals("big.csv: is 1,048,577 bytes; the limit is 1 MiB (1,048,576 bytes)", e.getMessage());
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReadingIt() throws IOException {
        Path file = dir.resolve("big.gift");
        Files.write(file, new byte[1_363_149]);

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.read(file));

        assertEquals(file + ": is 1.3 MiB; the limit is 1 MiB", e.getMessage());
    }

    @Test
    void fileOfExactlyTheLimitIsRead() throws IOException {
        String json = QuestionSetJson.toJson(Questions.sample());
        Path file = dir.resolve("moscow-havana.json");
        Files.writeString(file, json + " ".repeat(QuestionSetFiles.MAX_BYTES - json.getBytes(UTF_8).length), UTF_8);

        assertEquals(QuestionSetFiles.MAX_BYTES, Files.size(file));
        assertEquals(Questions.sample(), QuestionSetFiles.read(file));
    }

    @Test
    void tooLargeMessageNamesTheFileItsSizeAndTheLimit() {
        assertEquals("\"x.gift\" is 1.3 MiB; the limit is 1 MiB", QuestionSetFiles.tooLargeMessage("x.gift", 1_363_149));
        assertEquals("\"x.gift\" is 20.0 MiB; the limit is 1 MiB", QuestionSetFiles.tooLargeMessage("x.gift", 20L << 20));
        assertEquals("\"x.gift\" is 1,048,577 bytes; the limit is 1 MiB (1,048,576 bytes)",
                QuestionSetFiles.tooLargeMessage("x.gift", QuestionSetFiles.MAX_BYTES + 1),
                "just over the limit, a rounded size would read as the limit itself");
        assertEquals("\"x.gift\" is 1,099,999 bytes; the limit is 1 MiB (1,048,576 bytes)",
                QuestionSetFiles.tooLargeMessage("x.gift", 1_099_999));
    }

    @Test
    void readNamesTheFileAsGivenAndTakesIdAndTitleFromItsName() throws IOException {
        Path file = dir.resolve("World Capitals (2024).csv");
        Files.writeString(file, CSV, UTF_8);

        QuestionSet set = QuestionSetFiles.read(file);

        assertEquals("world-capitals-2024", set.id());
        assertEquals("World Capitals (2024)", set.title());

        Files.writeString(file, "Q?,a\n", UTF_8);
        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ": line 1: "), e.getMessage());
    }

    @Test
    void readOfMissingFileSaysSo() {
        Path file = dir.resolve("nowhere.gift");

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.read(file));

        assertEquals(file + ": cannot read: file not found", e.getMessage());
    }

    @Test
    void jsonErrorsStillNameQuestionAndField() {
        String json = QuestionSetJson.toJson(Questions.sample()).replace("\"correct\": 0", "\"correct\": 7");

        var e = assertThrows(QuestionSetFileException.class, () -> parse("moscow-havana.json", json));

        assertTrue(e.getMessage().startsWith("moscow-havana.json: question \"q1\", field \"correct\": is 7"), e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void jsonWithByteOrderMarkIsRead() {
        assertEquals(Questions.sample(), parse("moscow-havana.json", "\uFEFF" + QuestionSetJson.toJson(Questions.sample())));
    }

    @Test
    void importedSetSurvivesAJsonRoundTrip() {
        for (QuestionSet imported : List.of(parse("capitals.gift", GIFT), parse("capitals.aiken", AIKEN),
                parse("capitals.csv", CSV))) {
            Path file = dir.resolve(imported.id() + ".json");

            QuestionSetJson.write(imported, file);

            assertEquals(imported, QuestionSetJson.read(file));
            assertEquals(imported, QuestionSetFiles.read(file));
        }
    }

    @Test
    void questionSetFilesAreRecognisedByExtension() {
        for (String name : List.of("a.json", "a.gift", "a.aiken", "a.txt", "a.csv", "A.GIFT", "dir.d/a.csv")) {
            assertTrue(QuestionSetFiles.isQuestionSetFile(name), name);
        }
        for (String name : List.of("a.xlsx", "a", "a.json.bak", "csv", ".gift.d/a", "")) {
            assertFalse(QuestionSetFiles.isQuestionSetFile(name), name);
        }
        assertFalse(QuestionSetFiles.isQuestionSetFile(null));
    }

    @Test
    void idFromFileNameFollowsTheSetIdRule() {
        assertEquals("moscow-havana", QuestionSetFiles.idFromFileName("Moscow Havana.txt"));
        assertEquals("cuba-russia", QuestionSetFiles.idFromFileName("/tmp/in/Cuba & Russia!.csv"));
        assertEquals("week_3-quiz", QuestionSetFiles.idFromFileName("C:\\quizzes\\Week_3 quiz.gift"));
        assertEquals("d-az-canel", QuestionSetFiles.idFromFileName("Díaz-Canel.json"));
        assertEquals("article", QuestionSetFiles.idFromFileName("¿¿¿.csv"));
        assertEquals("x".repeat(48), QuestionSetFiles.idFromFileName("x".repeat(60) + ".csv"));
        assertEquals("archive-tar", QuestionSetFiles.idFromFileName("archive.tar.gz"));
    }

    private static QuestionSet parse(String name, String content) {
        return QuestionSetFiles.parse(name, content.getBytes(UTF_8));
    }
}
