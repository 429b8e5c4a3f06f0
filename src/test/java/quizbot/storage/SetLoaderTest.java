package quizbot.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.SetLoader;
import quizbot.quiz.StoredSet;
import quizbot.quiz.TestSets;

/** Loading question-set files: all checked before any is stored. */
class SetLoaderTest {

    private static final QuestionSet MOONS = TestSets.set("moons", "Moons", TestSets.typed("m1", Kind.PLACE, "Moon of Earth?", "the Moon"));

    @TempDir
    Path folder;
    private Database database;
    private QuestionSetStore sets;
    private SetLoader loader;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("db/quizbot.db"));
        sets = new SqliteStores(database, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)).sets();
        loader = new SetLoader(sets);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path write(String name, QuestionSet set) {
        Path file = folder.resolve(name);
        QuestionSetJson.write(set, file);
        return file;
    }

    private Path writeText(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, UTF_8);
    }

    @Test
    void loadsEveryFileGivenInThatOrder() {
        List<QuestionSetStore.Loaded> loaded = loader.load(List.of(write("planets.json", TestSets.planets()), write("moons.json", MOONS)));

        assertEquals(List.of(new QuestionSetStore.Loaded(new StoredSet(TestSets.planets(), 1), true),
                new QuestionSetStore.Loaded(new StoredSet(MOONS, 1), true)), loaded);
        assertEquals(List.of("moons", "planets"), sets.latestSets().stream().map(StoredSet::id).toList());
    }

    @Test
    void aBadFileAmongGoodOnesLoadsNothingAndIsNamed() throws IOException {
        Path good = write("planets.json", TestSets.planets());
        Path bad = writeText("broken.json", QuestionSetJson.toJson(MOONS).replace("\"typed\"", "\"typo\""));
        Path alsoGood = write("other.json", TestSets.set("other", "Other", TestSets.typed("o1", Kind.OTHER, "Yes?", "yes")));

        SetLoader.Refused failure = assertThrows(SetLoader.Refused.class, () -> loader.load(List.of(good, bad, alsoGood)));

        assertTrue(failure.getMessage().startsWith(bad.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("question \"m1\", field \"type\""), failure.getMessage());
        assertEquals(List.of(), sets.latestSets());
    }

    @Test
    void everyBadFileIsNamedInOneRun_andNothingIsLoaded() throws IOException {
        Path good = write("planets.json", TestSets.planets());
        Path badType = writeText("broken.json", QuestionSetJson.toJson(MOONS).replace("\"typed\"", "\"typo\""));
        Path badCorrect = writeText("wrong.json", QuestionSetJson.toJson(TestSets.set("wrong", "Wrong",
                TestSets.typed("w1", Kind.OTHER, "Yes?", "yes"))).replace("\"typed\"", "\"choice\""));
        Path missing = folder.resolve("nowhere.json");

        SetLoader.Refused failure = assertThrows(SetLoader.Refused.class, () -> loader.load(List.of(badType, good, badCorrect, missing)));

        assertEquals(3, failure.problems().size(), failure.getMessage());
        assertTrue(failure.problems().get(0).startsWith(badType.toString()), failure.getMessage());
        assertTrue(failure.problems().get(1).startsWith(badCorrect.toString()), failure.getMessage());
        assertTrue(failure.problems().get(2).contains("nowhere.json"), failure.getMessage());
        assertEquals(4, failure.files());
        assertEquals(List.of(), sets.latestSets());
    }

    @Test
    void aMissingFileLoadsNothing() {
        Path good = write("planets.json", TestSets.planets());

        SetLoader.Refused failure = assertThrows(SetLoader.Refused.class, () -> loader.load(List.of(good, folder.resolve("nowhere.json"))));

        assertTrue(failure.getMessage().contains("nowhere.json"), failure.getMessage());
        assertEquals(List.of(), sets.latestSets());
    }

    @Test
    void twoFilesWithTheSameSetIdLoadNothingAndAreBothNamed() {
        Path one = write("planets.json", TestSets.planets());
        Path other = write("planets-copy.json", TestSets.set("planets", "Planets again", TestSets.typed("x", Kind.OTHER, "X?", "x")));

        SetLoader.Refused failure = assertThrows(SetLoader.Refused.class, () -> loader.load(List.of(one, other)));

        assertTrue(failure.getMessage().contains(one.toString()) && failure.getMessage().contains(other.toString()),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("\"planets\""), failure.getMessage());
        assertEquals(List.of(), sets.latestSets());
    }

    @Test
    void loadingTheSameFileAgainAddsNoVersion() {
        Path file = write("planets.json", TestSets.planets());
        loader.load(List.of(file));

        List<QuestionSetStore.Loaded> again = loader.load(List.of(file));

        assertEquals(List.of(new QuestionSetStore.Loaded(new StoredSet(TestSets.planets(), 1), false)), again);
    }

    @Test
    void anEditedFileAddsAVersion() {
        Path file = write("planets.json", TestSets.planets());
        loader.load(List.of(file));
        QuestionSet planets = TestSets.planets();
        write("planets.json", new QuestionSet(planets.id(), "Planets, edited", planets.language(), planets.source(), planets.questions()));

        QuestionSetStore.Loaded edited = loader.load(List.of(file)).get(0);

        assertTrue(edited.added());
        assertEquals(2, edited.set().version());
    }

    @Test
    void loadFolderLoadsTheJsonFilesDirectlyInItInOrderOfName() throws IOException {
        write("b-planets.json", TestSets.planets());
        write("a-moons.json", MOONS);
        writeText("notes.txt", "not a question set");
        writeText("planets.json.bak", "{ broken");
        Files.createDirectories(folder.resolve("nested"));
        write("nested/deeper.json", TestSets.set("deeper", "Deeper", TestSets.typed("d", Kind.OTHER, "D?", "d")));

        List<QuestionSetStore.Loaded> loaded = loader.loadFolder(folder);

        assertEquals(List.of("moons", "planets"), loaded.stream().map(one -> one.set().id()).toList());
        assertTrue(sets.latest("deeper").isEmpty(), "only files directly in the folder");
    }

    @Test
    void aMissingFolderLoadsNothing() {
        assertEquals(List.of(), loader.loadFolder(folder.resolve("no-such-folder")));
        assertFalse(Files.exists(folder.resolve("no-such-folder")));
    }

    @Test
    void aFileOverTheQuestionCapLoadsNothingAndTheMessageNamesTheCap() throws IOException {
        Path good = write("planets.json", TestSets.planets());
        var gift = new StringBuilder();
        for (int i = 0; i <= quizbot.questions.Limits.MAX_QUESTIONS_PER_SET; i++) {
            gift.append("Question ").append(i).append("? {=right ~wrong}\n\n");
        }
        Path big = writeText("big.gift", gift.toString());

        SetLoader.Refused failure = assertThrows(SetLoader.Refused.class, () -> loader.load(List.of(good, big)));

        assertTrue(failure.getMessage().startsWith(big.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("at most " + quizbot.questions.Limits.MAX_QUESTIONS_PER_SET), failure.getMessage());
        assertEquals(List.of(), sets.latestSets());
    }
}
