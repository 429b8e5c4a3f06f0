package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSet;

/** The promises of {@link StatsStore}, for every implementation. */
public abstract class StatsStoreContract extends StoreContract {

    private StoredSet planets;

    @BeforeEach
    void loadPlanets() {
        planets = load(TestSets.planets());
    }

    /** Answers the session's questions from position 0, right or wrong as given, {@code at} plus a second each. */
    private void answers(QuizSession session, Instant at, boolean... right) {
        for (int position = 0; position < right.length; position++) {
            record(session, position, right[position], at.plusSeconds(position + 1));
        }
    }

    private QuizSession finished(User user, long chatId, Instant at, boolean... right) {
        QuizSession session = start(user, chatId, planets, at);
        answers(session, at, right);
        stores.sessions().end(session.id(), SessionStatus.FINISHED, at.plusSeconds(60));
        return session;
    }

    @Test
    void aNewcomerHasNothing() {
        assertEquals(new StatsStore.Totals(0, 0, 0), stores.stats().totals(ANNA.id()));
        assertEquals(List.of(), stores.stats().recentQuizzes(ANNA.id(), 10));
        assertEquals(List.of(), stores.stats().leaderboard(null, 10));
        assertEquals(List.of(), stores.stats().byKind(ANNA.id()));
    }

    @Test
    void totalsCountFinishedQuizzesAndEveryAnswer() {
        finished(ANNA, CHAT, T0, true, true, false, true, true);
        QuizSession stopped = start(ANNA, CHAT, planets, T0.plusSeconds(100));
        answers(stopped, T0.plusSeconds(100), false, true);
        stores.sessions().end(stopped.id(), SessionStatus.STOPPED, T0.plusSeconds(110));
        QuizSession active = start(ANNA, OTHER_CHAT, planets, T0.plusSeconds(200));
        answers(active, T0.plusSeconds(200), true);
        finished(BORIS, CHAT, T0, true, true, true, true, true);

        assertEquals(new StatsStore.Totals(1, 8, 6), stores.stats().totals(ANNA.id()));
    }

    @Test
    void recentQuizzesAreNewestFirstWithTheTitleOfTheirSetVersion() {
        QuizSession older = finished(ANNA, CHAT, T0, true, false, true, true, true);
        QuestionSet revised = new QuestionSet("planets", "Planets, revised", "en", null, TestSets.planets().questions());
        StoredSet version2 = load(revised);
        QuizSession newer = start(ANNA, CHAT, version2, T0.plusSeconds(300));
        answers(newer, T0.plusSeconds(300), true, false);
        finished(BORIS, CHAT, T0.plusSeconds(400), true);

        List<StatsStore.QuizResult> recent = stores.stats().recentQuizzes(ANNA.id(), 10);

        assertEquals(List.of(
                new StatsStore.QuizResult(newer.id(), "Planets, revised", 1, 2, 5, SessionStatus.ACTIVE, T0.plusSeconds(300)),
                new StatsStore.QuizResult(older.id(), "The planets", 4, 5, 5, SessionStatus.FINISHED, T0)), recent);
        assertEquals(List.of(recent.get(0)), stores.stats().recentQuizzes(ANNA.id(), 1));
    }

    @Test
    void recentQuizzesStartedAtTheSameTimeAreNewestIdFirst() {
        QuizSession first = start(ANNA, CHAT, planets, T0);
        QuizSession second = start(ANNA, OTHER_CHAT, planets, T0);

        assertEquals(List.of(second.id(), first.id()),
                stores.stats().recentQuizzes(ANNA.id(), 10).stream().map(StatsStore.QuizResult::sessionId).toList());
    }

    @Test
    void theLeaderboardRanksByRightAnswersThenFewerAnsweredThenId() {
        finished(CLARA, CHAT, T0, true, true, false);         // 2 of 3
        finished(BORIS, CHAT, T0, true, true, false, false);  // 2 of 4
        finished(ANNA, CHAT, T0, true, true);                 // 2 of 2
        stores.users().save(new User(4, "Dmitri"));
        finished(new User(4, "Dmitri"), CHAT, T0, true, true, true, false, false); // 3 of 5
        finished(new User(5, "Eve"), CHAT, T0, true, true, false);                // 2 of 3, tie with Clara

        assertEquals(List.of(
                new StatsStore.Standing(4, "Dmitri", 3, 5),
                new StatsStore.Standing(ANNA.id(), "Anna", 2, 2),
                new StatsStore.Standing(CLARA.id(), "Clara", 2, 3),
                new StatsStore.Standing(5, "Eve", 2, 3),
                new StatsStore.Standing(BORIS.id(), "Boris", 2, 4)), stores.stats().leaderboard(null, 10));
        assertEquals(2, stores.stats().leaderboard(null, 2).size());
    }

    @Test
    void theLeaderboardOfAChatCountsOnlyAnswersGivenThere() {
        finished(ANNA, CHAT, T0, true, true, true);
        finished(BORIS, CHAT, T0, true);
        finished(BORIS, OTHER_CHAT, T0.plusSeconds(100), true, true, true, true, true);
        finished(CLARA, OTHER_CHAT, T0, false);

        assertEquals(List.of(new StatsStore.Standing(ANNA.id(), "Anna", 3, 3), new StatsStore.Standing(BORIS.id(), "Boris", 1, 1)),
                stores.stats().leaderboard(CHAT, 10));
        assertEquals(List.of(new StatsStore.Standing(BORIS.id(), "Boris", 5, 5), new StatsStore.Standing(CLARA.id(), "Clara", 0, 1)),
                stores.stats().leaderboard(OTHER_CHAT, 10));
        assertEquals(List.of(new StatsStore.Standing(BORIS.id(), "Boris", 6, 6), new StatsStore.Standing(ANNA.id(), "Anna", 3, 3),
                new StatsStore.Standing(CLARA.id(), "Clara", 0, 1)), stores.stats().leaderboard(null, 10));
        assertEquals(List.of(), stores.stats().leaderboard(42L, 10));
    }

    @Test
    void theLeaderboardShowsTheLatestName() {
        finished(ANNA, CHAT, T0, true);

        stores.users().save(new User(ANNA.id(), "Anna K."));

        assertEquals(List.of(new StatsStore.Standing(ANNA.id(), "Anna K.", 1, 1)), stores.stats().leaderboard(null, 10));
    }

    @Test
    void byKindListsTheKindsAnsweredInKindOrder() {
        // planets: p1 PLACE, p2 NUMBER, p3 DATE, p4 PERSON, p5 OTHER
        finished(ANNA, CHAT, T0, true, false, true, false);
        QuizSession again = start(ANNA, CHAT, planets, T0.plusSeconds(100));
        answers(again, T0.plusSeconds(100), true, true, false);
        finished(BORIS, CHAT, T0, true, true, true, true, true);

        assertEquals(List.of(
                new StatsStore.KindShare(Kind.DATE, 1, 2),
                new StatsStore.KindShare(Kind.NUMBER, 1, 2),
                new StatsStore.KindShare(Kind.PERSON, 0, 1),
                new StatsStore.KindShare(Kind.PLACE, 2, 2)), stores.stats().byKind(ANNA.id()));
    }
}
