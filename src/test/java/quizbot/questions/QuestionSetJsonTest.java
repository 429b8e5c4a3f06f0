package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetJsonTest {

    @TempDir
    Path dir;

    @Test
    void writeThenReadGivesEqualSetForAllThreeTypes() {
        QuestionSet set = Questions.set("moscow-havana")
                .with(Questions.choice("q1").kind(Kind.MONEY).prompt("How much did Russia lend Cuba?")
                        .options("€1.2 billion", "€300 million", "$2 billion").correct(2).build())
                .with(Questions.trueFalse("q2").correct(1).build())
                .with(Questions.typed("q3").build())
                .build();
        Path file = dir.resolve("moscow-havana.json");

        QuestionSetJson.write(set, file);

        assertEquals(set, QuestionSetJson.read(file));
    }

    @Test
    void optionalFieldsLeftOutSurviveTheRoundTrip() {
        QuestionSet set = Questions.set("bare").source(null)
                .with(Questions.choice("q1").explanation(null).source(null).build())
                .build();
        Path file = dir.resolve("bare.json");

        QuestionSetJson.write(set, file);

        assertEquals(set, QuestionSetJson.read(file));
    }

    @Test
    void fileIsUtf8WithFieldsInDocumentedOrder() throws IOException {
        Path file = dir.resolve("moscow-havana.json");

        QuestionSetJson.write(Questions.set("moscow-havana").with(Questions.choice("q1").build()).build(), file);

        String text = Files.readString(file, UTF_8);
        assertTrue(text.contains("\"title\": \"Díaz-Canel in Moscow\""), text);
        assertInOrder(text, "\"id\"", "\"title\"", "\"language\"", "\"source\"", "\"questions\"");
        String question = text.substring(text.indexOf("\"questions\""));
        assertInOrder(question, "\"id\"", "\"type\"", "\"kind\"", "\"prompt\"", "\"options\"", "\"correct\"",
                "\"explanation\"", "\"source\"");
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void typedQuestionIsWrittenWithoutOptionsOrCorrect() {
        String json = QuestionSetJson.toJson(Questions.set("s").with(Questions.typed("q1").build()).build());

        assertFalse(json.contains("\"options\""), json);
        assertFalse(json.contains("\"correct\""), json);
        assertTrue(json.contains("\"accepted\""), json);
    }

    @Test
    void choiceQuestionIsWrittenWithoutAccepted() {
        String json = QuestionSetJson.toJson(Questions.set("s").with(Questions.choice("q1").build()).build());

        assertFalse(json.contains("\"accepted\""), json);
    }

    @Test
    void documentedExampleIsRead() {
        String json = """
                {"id": "moscow-havana", "title": "Díaz-Canel in Moscow", "language": "en",
                 "source": {"title": "Cuban president visits Moscow", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
                 "questions": [
                   {"id": "q1", "type": "choice", "kind": "date",
                    "prompt": "When did Díaz-Canel make his first visit to Moscow?",
                    "options": ["November 1", "October 29", "June 2017", "August 2015"], "correct": 0,
                    "explanation": "On November 1, Cuban leader Díaz-Canel made his first visit to Moscow.",
                    "source": "On November 1, Cuban leader Miguel Díaz-Canel made his first visit to Moscow."},
                   {"id": "q2", "type": "true_false", "kind": "place",
                    "prompt": "Díaz-Canel's first visit abroad as president was to Moscow.",
                    "options": ["True", "False"], "correct": 1},
                   {"id": "q3", "type": "typed", "kind": "person",
                    "prompt": "Who is Cuba's president?", "accepted": ["Díaz-Canel", "Miguel Díaz-Canel"]}]}
                """;

        QuestionSet set = QuestionSetJson.parse("moscow-havana.json", json);

        assertEquals(List.of(QuestionType.CHOICE, QuestionType.TRUE_FALSE, QuestionType.TYPED),
                set.questions().stream().map(Question::type).toList());
        assertEquals("November 1", set.questions().get(0).correctAnswer());
        assertEquals(new SourceInfo("Cuban president visits Moscow",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), set.source());
    }

    @Test
    void readsFromStreamInUtf8() {
        byte[] bytes = QuestionSetJson.toJson(Questions.sample()).getBytes(UTF_8);

        QuestionSet set = QuestionSetJson.read("moscow-havana.json", new ByteArrayInputStream(bytes));

        assertEquals(Questions.sample(), set);
    }

    @Test
    void writeLeavesNoTempFileBehind() throws IOException {
        Path file = dir.resolve("moscow-havana.json");

        QuestionSetJson.write(Questions.sample(), file);

        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void writeReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve("moscow-havana.json");
        Files.writeString(file, "old content that is not a question set");
        QuestionSet set = Questions.sample();

        QuestionSetJson.write(set, file);

        assertEquals(set, QuestionSetJson.read(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void failedWriteNamesFileAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("taken.json");
        Files.createDirectories(file.resolve("child"));

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetJson.write(Questions.sample(), file));

        assertTrue(e.getMessage().startsWith(file + ": cannot write"), e.getMessage());
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void writeIntoMissingFolderNamesFile() {
        Path file = dir.resolve("missing").resolve("set.json");

        var e = assertThrows(QuestionSetFileException.class, () -> QuestionSetJson.write(Questions.sample(), file));

        assertEquals(file.toString(), e.file());
        assertEquals(file + ": cannot write: folder not found", e.getMessage());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, part + " missing or out of order in " + text);
            from = at + part.length();
        }
    }
}
