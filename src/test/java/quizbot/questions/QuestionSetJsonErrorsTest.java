package quizbot.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.questions.Questions.question;
import static quizbot.questions.Questions.sampleJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetJsonErrorsTest {

    private static final String FILE = "moscow-havana.json";

    // --- the file itself ---

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.json");

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetJson.read(file));

        assertEquals(file.toString(), e.file());
        assertEquals(file + ": cannot read: file not found", e.getMessage());
    }

    @Test
    void folderInsteadOfFileIsNamed(@TempDir Path dir) {
        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetJson.read(dir));

        assertTrue(e.getMessage().startsWith(dir + ": cannot read: "), e.getMessage());
    }

    @Test
    void notJsonNamesLineAndColumn() {
        var e = rejected("{\"id\": \"s\",\n \"title\" \"no colon\"}");

        assertEquals(FILE + ": line 2, column 10: not valid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting a colon to separate field name and value", e.getMessage());
        assertNames(e, null, null);
    }

    @Test
    void truncatedFileNamesLineAndColumnWithoutJacksonClutter() {
        String json = QuestionSetJson.toJson(Questions.sample());
        String truncated = json.substring(0, json.indexOf("\"kind\""));

        var e = rejected(truncated);

        assertTrue(e.getMessage().matches(FILE + ": line \\d+, column \\d+: not valid JSON: Unexpected end-of-input.*"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Source"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void textAfterTheObjectIsRejected() {
        var e = rejected(sampleJson() + " {}");

        assertTrue(e.getMessage().contains("not valid JSON: unexpected text after the end of the top-level object"),
                e.getMessage());
    }

    @Test
    void duplicateKeyIsRejected() {
        var e = rejected("{\"id\": \"a\", \"id\": \"b\"}");

        assertTrue(e.getMessage().contains("Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void emptyFileIsRejected() {
        var e = rejected("  \n");

        assertEquals(FILE + ": the file is empty; expected a JSON object", e.getMessage());
    }

    @Test
    void topLevelArrayIsRejected() {
        var e = rejected("[]");

        assertEquals(FILE + ": the top level is an array; must be an object", e.getMessage());
    }

    // --- set-level fields ---

    @Test
    void missingTitleNamesField() {
        ObjectNode json = sampleJson();
        json.remove("title");

        var e = rejected(json);

        assertNames(e, null, "title");
        assertEquals(FILE + ": field \"title\": is missing", e.getMessage());
    }

    @Test
    void nullCountsAsMissing() {
        ObjectNode json = sampleJson();
        json.putNull("language");

        assertNames(rejected(json), null, "language");
    }

    @Test
    void unknownSetFieldIsNamed() {
        ObjectNode json = sampleJson();
        json.put("titel", "typo");

        var e = rejected(json);

        assertNames(e, null, "titel");
        assertTrue(e.getMessage().contains("is not a known field"), e.getMessage());
    }

    @Test
    void setIdWithSpacesIsRejected() {
        ObjectNode json = sampleJson();
        json.put("id", "moscow havana");

        assertNames(rejected(json), null, "id");
    }

    @Test
    void numberAsSetTitleIsRejected() {
        ObjectNode json = sampleJson();
        json.put("title", 42);

        var e = rejected(json);

        assertEquals(FILE + ": field \"title\": is the number 42; must be text", e.getMessage());
    }

    @Test
    void sourceThatIsNotAnObjectIsRejected() {
        ObjectNode json = sampleJson();
        json.put("source", "Wikipedia");

        assertNames(rejected(json), null, "source");
    }

    @Test
    void unknownSourceFieldIsNamedWithItsPath() {
        ObjectNode json = sampleJson();
        ((ObjectNode) json.get("source")).put("sha1", "abc");

        assertNames(rejected(json), null, "source.sha1");
    }

    @Test
    void missingQuestionsIsRejected() {
        ObjectNode json = sampleJson();
        json.remove("questions");

        assertNames(rejected(json), null, "questions");
    }

    @Test
    void questionsThatIsNotAnArrayIsRejected() {
        ObjectNode json = sampleJson();
        json.putObject("questions");

        var e = rejected(json);

        assertEquals(FILE + ": field \"questions\": is an object; must be an array of questions", e.getMessage());
    }

    @Test
    void emptyQuestionsIsRejected() {
        ObjectNode json = sampleJson();
        json.putArray("questions");

        var e = rejected(json);

        assertNames(e, null, "questions");
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void duplicateQuestionIdNamesQuestion() {
        ObjectNode json = sampleJson();
        question(json, "q4").put("id", "q3");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"id\": is used by more than one question", e.getMessage());
        assertNames(e, "q3", "id");
    }

    // --- question fields: presence and JSON types ---

    @Test
    void missingPromptNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").remove("prompt");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"prompt\": is missing", e.getMessage());
        assertNames(e, "q3", "prompt");
    }

    @Test
    void questionWithoutIdIsNamedByPosition() {
        ObjectNode json = sampleJson();
        question(json, "q3").remove("id");

        var e = rejected(json);

        assertEquals(FILE + ": question #3, field \"id\": is missing", e.getMessage());
        assertNames(e, null, "id");
    }

    @Test
    void questionThatIsNotAnObjectIsNamedByPosition() {
        ObjectNode json = sampleJson();
        ((ArrayNode) json.get("questions")).insert(1, "q1b");

        var e = rejected(json);

        assertEquals(FILE + ": question #2, is the text \"q1b\"; must be an object", e.getMessage());
    }

    @Test
    void unknownQuestionFieldIsNamed() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("explaination", "typo");

        var e = rejected(json);

        assertNames(e, "q3", "explaination");
        assertTrue(e.getMessage().contains("is not a known field; expected one of id, type, kind"), e.getMessage());
    }

    @Test
    void optionsAsTextNamesField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("options", "abc");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"options\": is the text \"abc\"; must be an array of texts",
                e.getMessage());
    }

    @Test
    void optionThatIsNotTextNamesItsPosition() {
        ObjectNode json = sampleJson();
        question(json, "q3").withArray("options").set(1, question(json, "q3").numberNode(29));

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"options\": item 2 is the number 29; must be text",
                e.getMessage());
    }

    @Test
    void correctAsTextNamesField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("correct", "1");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"correct\": is the text \"1\"; must be a whole number",
                e.getMessage());
    }

    @Test
    void fractionalCorrectIsRejected() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("correct", 1.5);

        assertNames(rejected(json), "q3", "correct");
    }

    @Test
    void numberWhereTextIsExpectedNamesField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("prompt", 1959);

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"prompt\": is the number 1959; must be text", e.getMessage());
    }

    @Test
    void unknownTypeNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("type", "multiple");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"type\": is \"multiple\"; must be one of choice, true_false, typed",
                e.getMessage());
    }

    @Test
    void unknownKindNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("kind", "DATE");

        var e = rejected(json);

        assertNames(e, "q3", "kind");
        assertTrue(e.getMessage().endsWith("must be one of date, number, money, person, organisation, place, treaty, other"),
                e.getMessage());
    }

    // --- question rules (Telegram limits and per-type rules) ---

    @Test
    void promptOver300CharactersNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("prompt", "x".repeat(301));

        var e = rejected(json);

        assertNames(e, "q3", "prompt");
        assertTrue(e.getMessage().contains("is 301 characters; at most 300"), e.getMessage());
    }

    @Test
    void promptOfExactly300CharactersIsAccepted() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("prompt", "x".repeat(300));

        assertEquals(300, QuestionSetJson.parse(FILE, json.toString()).questions().get(2).prompt().length());
    }

    @Test
    void optionOver100CharactersNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").withArray("options").set(2, question(json, "q3").textNode("y".repeat(101)));

        var e = rejected(json);

        assertNames(e, "q3", "options");
        assertTrue(e.getMessage().contains("is 101 characters; at most 100"), e.getMessage());
    }

    @Test
    void explanationOver200CharactersNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").put("explanation", "z".repeat(201));

        var e = rejected(json);

        assertNames(e, "q3", "explanation");
        assertTrue(e.getMessage().contains("is 201 characters; at most 200"), e.getMessage());
    }

    @Test
    void singleOptionNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").putArray("options").add("November 1");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q3\", field \"options\": has 1 option; a choice question needs 2 to 10",
                e.getMessage());
    }

    @Test
    void elevenOptionsNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        ArrayNode options = question(json, "q3").putArray("options");
        for (int i = 1; i <= 11; i++) {
            options.add("option " + i);
        }

        var e = rejected(json);

        assertNames(e, "q3", "options");
        assertTrue(e.getMessage().contains("has 11 options"), e.getMessage());
    }

    @Test
    void duplicateOptionNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q3").putArray("options").add("November 1").add("november 1 ").add("June 2017");

        var e = rejected(json);

        assertNames(e, "q3", "options");
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    @Test
    void correctIndexOutOfRangeNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q4").put("correct", 7);

        var e = rejected(json);

        assertEquals(FILE + ": question \"q4\", field \"correct\": is 7; must be an index from 0 to 3", e.getMessage());
        assertNames(e, "q4", "correct");
    }

    @Test
    void choiceWithoutCorrectNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q4").remove("correct");

        assertNames(rejected(json), "q4", "correct");
    }

    @Test
    void choiceWithAcceptedNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q4").putArray("accepted").add("November 1");

        assertNames(rejected(json), "q4", "accepted");
    }

    @Test
    void trueFalseWithOtherOptionsNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q1").putArray("options").add("Yes").add("No");

        var e = rejected(json);

        assertEquals(FILE + ": question \"q1\", field \"options\": must be [\"True\", \"False\"] for true_false",
                e.getMessage());
    }

    @Test
    void trueFalseWithCorrectTwoNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q1").put("correct", 2);

        assertNames(rejected(json), "q1", "correct");
    }

    @Test
    void typedWithoutAcceptedNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q2").remove("accepted");

        var e = rejected(json);

        assertNames(e, "q2", "accepted");
        assertTrue(e.getMessage().contains("needs at least one accepted answer"), e.getMessage());
    }

    @Test
    void typedWithOptionsNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q2").putArray("options").add("Díaz-Canel").add("Castro");

        assertNames(rejected(json), "q2", "options");
    }

    @Test
    void typedWithCorrectNamesQuestionAndField() {
        ObjectNode json = sampleJson();
        question(json, "q2").put("correct", 0);

        assertNames(rejected(json), "q2", "correct");
    }

    private static QuestionSetFileException rejected(ObjectNode json) {
        return rejected(json.toString());
    }

    private static QuestionSetFileException rejected(String json) {
        return assertThrows(QuestionSetFileException.class, () -> QuestionSetJson.parse(FILE, json));
    }

    /** The accessors, and the message, name the file, the question (when given) and the field. */
    private static void assertNames(QuestionSetFileException e, String questionId, String field) {
        assertEquals(FILE, e.file());
        assertEquals(questionId, e.questionId());
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        if (questionId != null) {
            assertTrue(e.getMessage().contains("question \"" + questionId + "\", "), e.getMessage());
        }
        if (field != null) {
            assertTrue(e.getMessage().contains("field \"" + field + "\": "), e.getMessage());
        } else {
            assertFalse(e.getMessage().contains("field \""), e.getMessage());
        }
        if (questionId == null) {
            assertFalse(e.getMessage().contains("question \""), e.getMessage());
        }
    }
}
