package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    private static final String FILE = "bank.csv";

    @Test
    void readsRowsWithHeaderAndRightAnswerFirst() {
        QuestionSet set = parse("""
                prompt,correct,wrong1,wrong2,wrong3,explanation
                Capital of France?,Paris,Lyon,Marseille,Nice,Paris has been the capital since 508.
                Capital of Italy?,Rome,Milan,,,
                """);

        assertEquals("bank", set.id());
        assertEquals("bank", set.title());
        assertEquals(2, set.questions().size());
        Question first = set.questions().get(0);
        assertEquals("q1", first.id());
        assertEquals(QuestionType.CHOICE, first.type());
        assertEquals(Kind.OTHER, first.kind());
        assertEquals("Capital of France?", first.prompt());
        assertEquals(List.of("Paris", "Lyon", "Marseille", "Nice"), first.options());
        assertEquals(0, first.correct());
        assertEquals("Paris has been the capital since 508.", first.explanation());
        Question second = set.questions().get(1);
        assertEquals(List.of("Rome", "Milan"), second.options());
        assertNull(second.explanation());
    }

    @Test
    void headerIsOptionalAndShortRowsAreFine() {
        QuestionSet set = parse("Capital of Spain?,Madrid,Seville\n");

        assertEquals(List.of("Madrid", "Seville"), set.questions().get(0).options());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        QuestionSet set = parse("""
                "Who said ""I came, I saw""?","Caesar, Julius",Brutus , "Cicero"
                "A prompt
                over two lines",a,b
                """);

        Question first = set.questions().get(0);
        assertEquals("Who said \"I came, I saw\"?", first.prompt());
        assertEquals(List.of("Caesar, Julius", "Brutus", "Cicero"), first.options());
        assertEquals("A prompt\nover two lines", set.questions().get(1).prompt());
    }

    @Test
    void excelFileWithByteOrderMarkAndCrlfIsRead() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("prompt,correct,wrong1\r\nÉtat?,Été,Hiver\r\n,,,,,\r\n".getBytes(UTF_8));

        QuestionSet set = QuestionSetFiles.parse(FILE, bytes.toByteArray());

        assertEquals(1, set.questions().size());
        assertEquals("État?", set.questions().get(0).prompt());
    }

    @Test
    void trueFalseAnswersMakeATrueFalseQuestion() {
        Question question = parse("The Earth is flat.,false,true\n").questions().get(0);

        assertEquals(QuestionType.TRUE_FALSE, question.type());
        assertEquals(Question.TRUE_FALSE_OPTIONS, question.options());
        assertEquals(1, question.correct());
    }

    @Test
    void optionTooLongNamesLineWhereTheRowStartsAndField() {
        String longOption = "o".repeat(130);

        var e = rejected("prompt,correct,wrong1\n\"Two\nlines\",a,b\nQ?,a,b\nQ?,a,b\nQ?,a,b\nQ?,a," + longOption + "\n");

        assertEquals(FILE + ": line 7: field \"options\": option \"" + longOption + "\" is 130 characters;"
                + " at most 100 fit a Telegram poll", e.getMessage());
        assertEquals(7, e.line());
        assertEquals("q5", e.questionId());
    }

    @Test
    void rowWithoutWrongAnswerIsRefused() {
        var e = rejected("Q1?,a,b\nQ2?,a,,,,Because.\n");

        assertEquals(FILE + ": line 2: field \"wrong1\": is empty; a row needs at least one wrong answer", e.getMessage());
    }

    @Test
    void rowWithoutRightAnswerIsRefused() {
        var e = rejected("Q1?,,b\n");

        assertEquals(FILE + ": line 1: field \"correct\": is empty; a row needs the right answer", e.getMessage());
    }

    @Test
    void tooManyColumnsAreRefused() {
        var e = rejected("Q1?,a,b,c,d,why,extra\n");

        assertEquals(FILE + ": line 1: has 7 columns; expected at most 6: prompt,correct,wrong1,wrong2,wrong3,explanation",
                e.getMessage());
    }

    @Test
    void semicolonSeparatedFileGetsAHint() {
        var e = rejected("Q1?;a;b\n");

        assertEquals(FILE + ": line 1: has 1 column; a row needs at least prompt, correct and wrong1"
                + " (the row has semicolons: save the file with commas between the columns)", e.getMessage());
    }

    @Test
    void unclosedQuoteNamesTheLineItOpensOn() {
        var e = rejected("Q1?,a,b\nQ2?,\"a,b\nQ3?,c,d\n");

        assertEquals(FILE + ": line 2: the quoted field opened on this line is not closed by a quote (\")", e.getMessage());
    }

    @Test
    void textAfterClosingQuoteIsRefused() {
        var e = rejected("Q1?,\"a\"b,c\n");

        assertEquals(FILE + ": line 1: text after the closing quote of a field; a quote inside a quoted field is"
                + " written twice (\"\")", e.getMessage());
    }

    @Test
    void wrongHeaderIsRefused() {
        var e = rejected("prompt,answer,wrong\nQ?,a,b\n");

        assertEquals(FILE + ": line 1: the header is \"prompt,answer,wrong\"; expected"
                + " prompt,correct,wrong1,wrong2,wrong3,explanation", e.getMessage());
    }

    @Test
    void windows1252FileIsRefusedNamingTheLineAndTheFix() {
        byte[] latin1 = "Q1?,a,b\nQ2?,caf\u00e9,b\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetFiles.parse(FILE, latin1));

        assertEquals(FILE + ": line 2: is not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\")", e.getMessage());
    }

    @Test
    void headerOnlyHasNoQuestions() {
        var e = rejected("prompt,correct,wrong1,wrong2,wrong3,explanation\n");

        assertEquals(FILE + ": contains no questions", e.getMessage());
    }

    @Test
    void parserKeepsRecordStartLinesAndEmptyCells() {
        List<CsvFormat.Row> rows = CsvFormat.rows(FILE, "a,\"b\nc\",\n\nd");

        assertEquals(List.of(new CsvFormat.Row(1, List.of("a", "b\nc", "")), new CsvFormat.Row(3, List.of("")),
                new CsvFormat.Row(4, List.of("d"))), rows);
    }

    private static QuestionSet parse(String csv) {
        return QuestionSetFiles.parse(FILE, csv.getBytes(UTF_8));
    }

    private static QuestionSetFileException rejected(String csv) {
        return assertThrows(QuestionSetFileException.class, () -> parse(csv));
    }
}
