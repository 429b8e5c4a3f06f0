package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionType;
import quizbot.questions.SourceInfo;

/** The promises of {@link QuestionSetStore}, for every implementation. */
public abstract class QuestionSetStoreContract extends StoreContract {

    private static QuestionSet planetsTitled(String title) {
        QuestionSet planets = TestSets.planets();
        return new QuestionSet(planets.id(), title, planets.language(), planets.source(), planets.questions());
    }

    @Test
    void aNewSetIsAddedAsVersionOne() {
        List<QuestionSetStore.Loaded> loaded = stores.sets().saveAll(List.of(TestSets.planets()));

        assertEquals(List.of(new QuestionSetStore.Loaded(new StoredSet(TestSets.planets(), 1), true)), loaded);
        assertEquals(Optional.of(new StoredSet(TestSets.planets(), 1)), stores.sets().latest("planets"));
    }

    @Test
    void theSameContentAgainAddsNoVersion() {
        stores.sets().saveAll(List.of(TestSets.planets()));

        List<QuestionSetStore.Loaded> again = stores.sets().saveAll(List.of(TestSets.planets()));

        assertEquals(List.of(new QuestionSetStore.Loaded(new StoredSet(TestSets.planets(), 1), false)), again);
        assertEquals(1, stores.sets().latest("planets").orElseThrow().version());
        assertEquals(Optional.empty(), stores.sets().version("planets", 2));
    }

    @Test
    void changedContentAddsTheNextVersionAndKeepsTheOldOne() {
        stores.sets().saveAll(List.of(TestSets.planets()));

        QuestionSetStore.Loaded changed = stores.sets().saveAll(List.of(planetsTitled("The planets, revised"))).get(0);

        assertTrue(changed.added());
        assertEquals(2, changed.set().version());
        assertEquals("The planets, revised", stores.sets().latest("planets").orElseThrow().content().title());
        assertEquals(TestSets.planets(), stores.sets().version("planets", 1).orElseThrow().content(), "answers keep their version");
    }

    @Test
    void contentMatchingOnlyAnOlderVersionAddsAVersion() {
        stores.sets().saveAll(List.of(TestSets.planets()));
        stores.sets().saveAll(List.of(planetsTitled("The planets, revised")));

        QuestionSetStore.Loaded back = stores.sets().saveAll(List.of(TestSets.planets())).get(0);

        assertTrue(back.added(), "only the latest version is compared");
        assertEquals(new StoredSet(TestSets.planets(), 3), back.set());
    }

    @Test
    void aStoredSetComesBackExactlyAsLoaded() {
        QuestionSet rich = new QuestionSet("rich_set-1", "Ünïcödé \"quotes\" & <tags>", "de",
                new SourceInfo("Article: Moscow–Havana", "ab".repeat(32)),
                List.of(new Question("q1", QuestionType.CHOICE, Kind.MONEY, "How much — in €?", List.of("€5", "€50", "€500"), 2,
                                List.of(), null, "paragraph 3"),
                        TestSets.typed("q2", Kind.TREATY, "Which treaty?", "Treaty of Rome", "Rome"),
                        TestSets.trueFalse("q3", Kind.ORGANISATION, "True or false? 😀 works.", false)));
        QuestionSet noSource = TestSets.set("plain", "Plain", TestSets.typed("only", Kind.OTHER, "Typed?", "yes"));
        QuestionSet nullSource = new QuestionSet("bare", "Bare", "en", null, noSource.questions());

        stores.sets().saveAll(List.of(rich, noSource, nullSource));

        assertEquals(rich, stores.sets().latest("rich_set-1").orElseThrow().content());
        assertEquals(noSource, stores.sets().version("plain", 1).orElseThrow().content());
        assertEquals(nullSource, stores.sets().latest("bare").orElseThrow().content());
    }

    @Test
    void anUnknownSetOrVersionIsEmpty() {
        stores.sets().saveAll(List.of(TestSets.planets()));

        assertEquals(Optional.empty(), stores.sets().latest("moons"));
        assertEquals(Optional.empty(), stores.sets().version("moons", 1));
        assertEquals(Optional.empty(), stores.sets().version("planets", 0));
        assertEquals(Optional.empty(), stores.sets().version("planets", 2));
    }

    @Test
    void latestSetsAreTheLatestVersionOfEachSetOrderedById() {
        assertEquals(List.of(), stores.sets().latestSets());
        QuestionSet zebra = TestSets.set("zebra", "Zebras", TestSets.typed("z1", Kind.OTHER, "Stripes?", "yes"));
        QuestionSet alpha = TestSets.set("Alpha", "Alpha", TestSets.typed("a1", Kind.OTHER, "First?", "yes"));
        stores.sets().saveAll(List.of(zebra, TestSets.planets(), alpha));
        stores.sets().saveAll(List.of(planetsTitled("Planets v2")));

        List<StoredSet> latest = stores.sets().latestSets();

        assertEquals(List.of("Alpha", "planets", "zebra"), latest.stream().map(StoredSet::id).toList());
        assertEquals(List.of(1, 2, 1), latest.stream().map(StoredSet::version).toList());
        assertEquals("Planets v2", latest.get(1).content().title());
    }

    @Test
    void saveAllReportsEachSetInTheOrderGiven() {
        QuestionSet moons = TestSets.set("moons", "Moons", TestSets.typed("m1", Kind.PLACE, "Moon of Earth?", "the Moon"));
        stores.sets().saveAll(List.of(TestSets.planets()));

        List<QuestionSetStore.Loaded> loaded = stores.sets().saveAll(List.of(moons, TestSets.planets()));

        assertEquals(List.of(new QuestionSetStore.Loaded(new StoredSet(moons, 1), true),
                new QuestionSetStore.Loaded(new StoredSet(TestSets.planets(), 1), false)), loaded);
        assertFalse(loaded.get(1).added());
    }

    @Test
    void aRetiredSetIsHiddenFromNewQuizzesButItsVersionsStayAndALoadBringsItBack() {
        StoredSet planets = stores.sets().saveAll(List.of(TestSets.planets()), 77L).get(0).set();
        assertEquals(Long.valueOf(77), planets.loadedBy());
        assertTrue(stores.sets().retire("planets", 1));
        assertFalse(stores.sets().retire("planets", 1), "retired already");
        assertFalse(stores.sets().retire("unknown", 1));
        assertEquals(Optional.empty(), stores.sets().latest("planets"));
        assertEquals(List.of(), stores.sets().latestSets());
        assertEquals(Optional.of(planets), stores.sets().version("planets", 1), "past results keep their version");

        var revised = TestSets.set("planets", "The planets, revised", TestSets.planets().questions().get(0));
        assertEquals(2, stores.sets().saveAll(List.of(revised), 78L).get(0).set().version());
        assertEquals(Long.valueOf(78), stores.sets().latest("planets").orElseThrow().loadedBy());
    }

    @Test
    void historyCountsEveryVersionAndItsLoadersRetiredOnesIncluded() {
        assertEquals(QuestionSetStore.History.none(), stores.sets().history("planets"));
        stores.sets().saveAll(List.of(TestSets.planets()), 77L);
        assertTrue(stores.sets().history("planets").onlyLoadedBy(77));
        stores.sets().saveAll(List.of(planetsTitled("By someone else")), 78L);
        stores.sets().retire("planets", 1);
        stores.sets().saveAll(List.of(planetsTitled("At start-up")), null);
        stores.sets().retire("planets", 1);

        QuestionSetStore.History history = stores.sets().history("planets");

        assertEquals(new QuestionSetStore.History(3, java.util.Set.of(77L, 78L), true, true), history);
        assertFalse(history.onlyLoadedBy(77));
        assertFalse(history.onlyLoadedBy(78));
    }
}
