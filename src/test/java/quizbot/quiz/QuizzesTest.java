package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.questions.Kind;
import quizbot.questions.QuestionType;

/** The quiz rules, against in-memory stores and a clock that moves only when told. */
class QuizzesTest {

    private static final User ANNA = new User(1, "Anna");
    private static final User BORIS = new User(2, "Boris");
    private static final long CHAT = 100;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicLong seeds = new AtomicLong(42);
    private InMemoryStores stores;
    private Quizzes quizzes;

    @BeforeEach
    void loadPlanets() {
        stores = new InMemoryStores();
        stores.saveAll(List.of(TestSets.planets()));
        quizzes = TestCore.over(stores).clock(clock).seeds(seeds::getAndIncrement).quizzes();
    }

    /** Answers the question right (or wrong) by pressing the option as shown. */
    private AnswerResult press(User user, QuestionView view, boolean right) {
        int shown = right ? view.options().indexOf(view.question().correctAnswer())
                : view.options().indexOf(view.options().stream().filter(option -> !option.equals(view.question().correctAnswer())).findFirst().orElseThrow());
        return quizzes.choose(user.id(), CHAT, view.sessionId(), view.position(), shown);
    }

    private AnswerResult answer(User user, QuestionView view, boolean right) {
        if (view.question().type() == QuestionType.TYPED) {
            return quizzes.type(user.id(), CHAT, right ? view.question().accepted().get(0) : "no idea");
        }
        return press(user, view, right);
    }

    @Test
    void drawsTheRequestedNumberOfQuestionsFromTheSet() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 3, null);
        assertEquals(0, first.position());
        assertEquals(3, first.total());
        assertEquals(5, quizzes.start(ANNA, CHAT, "planets", 50, null).total(), "never more than the set has");
    }

    @Test
    void aQuizNeverAsksTwoQuestionsWhereOnesAnswerStandsInTheOthersPrompt() {
        stores.saveAll(List.of(TestSets.siblings()));
        for (int i = 0; i < 10; i++) {
            QuestionView first = quizzes.start(ANNA, CHAT, "siblings", 4, null);
            assertEquals(2, first.total(), "one of s1, s2, s3 and s4: the railway's sentence is asked once");
        }
    }

    @Test
    void shufflesQuestionOrderAndOptionsPerSession() {
        var firstQuestions = new HashSet<String>();
        for (int i = 0; i < 12; i++) {
            firstQuestions.add(quizzes.start(ANNA, CHAT, "planets", 5, null).question().id());
        }
        assertTrue(firstQuestions.size() > 1, "the first question differs between quizzes");
        var mercury = TestSets.planets().questions().get(0);
        var orders = new HashSet<List<String>>();
        for (long seed = 0; seed < 12; seed++) {
            List<String> shown = Quizzes.shownOptions(mercury, seed, 0);
            assertEquals(mercury.options().stream().sorted().toList(), shown.stream().sorted().toList());
            orders.add(shown);
        }
        assertTrue(orders.size() > 1, "options are shuffled per session");
        assertEquals(Quizzes.shownOptions(mercury, 7, 0), Quizzes.shownOptions(mercury, 7, 0), "the same seed shows the same order");
        assertEquals(List.of("True", "False"), Quizzes.shownOptions(TestSets.planets().questions().get(4), 7, 0));
    }

    @Test
    void aRightAnswerIsCorrectWithTheExplanationAndTheNextQuestion() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        var result = assertInstanceOf(AnswerResult.Correct.class, answer(ANNA, first, true));
        assertEquals(first.question().correctAnswer(), result.feedback().rightAnswer());
        assertEquals(first.question().explanation(), result.feedback().explanation());
        assertEquals(1, result.feedback().next().position());
        assertEquals(1, result.feedback().streak());
    }

    @Test
    void aWrongAnswerShowsTheRightOneAndBreaksTheStreak() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        QuestionView second = ((AnswerResult.Judged) answer(ANNA, first, true)).feedback().next();
        var wrong = assertInstanceOf(AnswerResult.Wrong.class, answer(ANNA, second, false));
        assertEquals(second.question().correctAnswer(), wrong.feedback().rightAnswer());
        assertEquals(0, wrong.feedback().streak());
    }

    @Test
    void aDoubleTapCountsOnce() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        assertInstanceOf(AnswerResult.Correct.class, press(ANNA, first, true));
        assertEquals(new AnswerResult.AlreadyAnswered(0), press(ANNA, first, true));
        assertEquals(new AnswerResult.AlreadyAnswered(0), press(ANNA, first, false), "a second, different press changes nothing");
        assertEquals(1, stores.ofSession(first.sessionId()).size());
        assertTrue(stores.ofSession(first.sessionId()).get(0).correct());
    }

    @Test
    void aPressOnSomeoneElsesQuizOrAFinishedOneOrAForgedOptionChangesNothing() {
        QuestionView annas = quizzes.start(ANNA, CHAT, "planets", 5, null);
        assertEquals(new AnswerResult.NotCurrent(), quizzes.choose(BORIS.id(), CHAT, annas.sessionId(), 0, 0));
        assertEquals(new AnswerResult.NotCurrent(), quizzes.choose(ANNA.id(), CHAT + 1, annas.sessionId(), 0, 0), "another chat");
        assertEquals(new AnswerResult.NotCurrent(), quizzes.choose(ANNA.id(), CHAT, annas.sessionId(), 0, 17), "no option 17");
        assertEquals(new AnswerResult.NotCurrent(), quizzes.choose(ANNA.id(), CHAT, annas.sessionId(), 3, 0), "not yet asked");
        assertEquals(new AnswerResult.NotCurrent(), quizzes.choose(ANNA.id(), CHAT, 999, 0, 0), "no such quiz");
        quizzes.stop(ANNA.id(), CHAT);
        assertEquals(new AnswerResult.NotCurrent(), quizzes.choose(ANNA.id(), CHAT, annas.sessionId(), 0, 0), "stopped");
        assertEquals(List.of(), stores.ofSession(annas.sessionId()));
    }

    @Test
    void oneActiveQuizPerLearnerAndChat() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        QuestionView second = quizzes.start(ANNA, CHAT, "planets", 5, null);
        assertEquals(SessionStatus.STOPPED, stores.session(first.sessionId()).orElseThrow().status());
        assertEquals(second.sessionId(), stores.active(ANNA.id(), CHAT).orElseThrow().id());
        QuestionView elsewhere = quizzes.start(ANNA, CHAT + 1, "planets", 5, null);
        assertEquals(SessionStatus.ACTIVE, stores.session(second.sessionId()).orElseThrow().status(), "another chat keeps its own");
        assertNotEquals(second.sessionId(), elsewhere.sessionId());
    }

    @Test
    void typedAnswersMatchIgnoringCaseAccentsPunctuationAndThe() {
        var question = TestSets.typed("t", Kind.PLACE, "Capital of Colombia?", "Bogotá");
        assertTrue(Quizzes.isRight(question, "bogota"));
        assertTrue(Quizzes.isRight(question, "  BOGOTÁ! "));
        assertTrue(Quizzes.isRight(TestSets.typed("u", Kind.ORGANISATION, "Who?", "the United Nations"), "United Nations"));
        assertTrue(!Quizzes.isRight(question, "Lima"));
    }

    @Test
    void anAnswerAfterTheTimeLimitIsExpiredAndCountsAsWrong() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        var expired = assertInstanceOf(AnswerResult.Expired.class, press(ANNA, first, true));
        assertEquals(1, expired.feedback().next().position(), "the quiz moves on");
        assertTrue(stores.ofSession(first.sessionId()).get(0).expired());
        assertTrue(!stores.ofSession(first.sessionId()).get(0).correct());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(answer(ANNA, expired.feedback().next(), true) instanceof AnswerResult.Correct, "each question has its own limit");
    }

    @Test
    void theLastAnswerFinishesTheQuizWithScoreStreakTimeAndKinds() {
        QuestionView view = quizzes.start(ANNA, CHAT, "planets", 5, null);
        AnswerResult result = null;
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            result = answer(ANNA, view, i != 1);
            view = ((AnswerResult.Judged) result).feedback().next();
        }
        Summary summary = ((AnswerResult.Judged) result).feedback().summary();
        assertNull(view);
        assertEquals(4, summary.correct());
        assertEquals(5, summary.answered());
        assertEquals(3, summary.bestStreak());
        assertEquals(Duration.ofSeconds(50), summary.time());
        assertEquals(5, summary.byKind().values().stream().mapToInt(Summary.KindScore::answered).sum());
        assertEquals(SessionStatus.FINISHED, stores.session(summary.session().id()).orElseThrow().status());
    }

    @Test
    void stopEndsTheQuizWithTheSummarySoFar() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        answer(ANNA, first, true);
        Summary summary = quizzes.stop(ANNA.id(), CHAT).orElseThrow();
        assertEquals(1, summary.correct());
        assertEquals(1, summary.answered());
        assertTrue(quizzes.stop(ANNA.id(), CHAT).isEmpty(), "nothing left to stop");
    }

    @Test
    void aQuizResumesAtItsCurrentQuestion() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        QuestionView second = ((AnswerResult.Judged) answer(ANNA, first, true)).feedback().next();
        var resumed = TestCore.over(stores).clock(clock).seeds(seeds::getAndIncrement).quizzes().current(ANNA.id(), CHAT).orElseThrow();
        assertEquals(second, resumed);
    }

    @Test
    void everyAnswerMovesItsQuestionInTheLeitnerBoxes() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        answer(ANNA, first, true);
        ReviewCard card = stores.card(ANNA.id(), "planets", first.question().id()).orElseThrow();
        assertEquals(2, card.box());
        assertEquals(clock.instant().plus(Duration.ofDays(1)), card.due());

        clock.advance(Duration.ofDays(2));
        QuestionView again = quizzes.startReview(ANNA, CHAT, 10, null).orElseThrow();
        assertEquals(first.question().id(), again.question().id());
        answer(ANNA, again, true);
        assertEquals(3, stores.card(ANNA.id(), "planets", first.question().id()).orElseThrow().box());

        QuestionView third = quizzes.start(ANNA, CHAT, "planets", 5, null);
        while (!third.question().id().equals(first.question().id())) {
            third = ((AnswerResult.Judged) answer(ANNA, third, true)).feedback().next();
        }
        answer(ANNA, third, false);
        ReviewCard backToOne = stores.card(ANNA.id(), "planets", first.question().id()).orElseThrow();
        assertEquals(1, backToOne.box());
        assertEquals(clock.instant(), backToOne.due(), "a missed question is due at once");
    }

    @Test
    void reviewServesTheMissedQuestionsAndNothingWhenNoneIsDue() {
        assertTrue(quizzes.startReview(ANNA, CHAT, 10, null).isEmpty());
        QuestionView view = quizzes.start(ANNA, CHAT, "planets", 5, null);
        var missed = new HashSet<String>();
        for (int i = 0; view != null; i++) {
            if (i % 2 == 0) {
                missed.add(view.question().id());
            }
            view = ((AnswerResult.Judged) answer(ANNA, view, i % 2 != 0)).feedback().next();
        }
        QuestionView review = quizzes.startReview(ANNA, CHAT, 10, null).orElseThrow();
        assertEquals(missed.size(), review.total());
        var served = new HashSet<String>();
        while (review != null) {
            served.add(review.question().id());
            review = ((AnswerResult.Judged) answer(ANNA, review, true)).feedback().next();
        }
        assertEquals(missed, served);
        assertTrue(quizzes.startReview(ANNA, CHAT, 10, null).isEmpty(), "all reviewed, nothing due until tomorrow");
    }

    @Test
    void aNewVersionOfASetLeavesRunningQuizzesOnTheirVersion() {
        QuestionView first = quizzes.start(ANNA, CHAT, "planets", 5, null);
        stores.saveAll(List.of(TestSets.set("planets", "The planets, revised",
                TestSets.choice("n1", Kind.PLACE, "Which planet has the Great Red Spot?", "Jupiter", "Saturn", "Mars", "Venus"))));
        assertEquals(2, quizzes.set("planets").orElseThrow().version());
        var result = (AnswerResult.Judged) answer(ANNA, first, true);
        assertEquals(1, stores.ofSession(first.sessionId()).get(0).setVersion());
        assertEquals("The planets", result.feedback().next().setTitle());
    }

    @Test
    void aRequestedCountIsClippedToTheSetAndTheCapAndIsAtLeastOne() {
        var questions = new java.util.ArrayList<quizbot.questions.Question>();
        for (int i = 1; i <= Quizzes.MAX_QUESTIONS_PER_QUIZ + 20; i++) {
            questions.add(TestSets.typed("b" + i, Kind.NUMBER, "What is " + i + " + 0?", String.valueOf(i)));
        }
        stores.saveAll(List.of(TestSets.set("bank", "Bank", questions.toArray(quizbot.questions.Question[]::new))));

        assertEquals(Quizzes.MAX_QUESTIONS_PER_QUIZ, quizzes.start(ANNA, CHAT, "bank", Integer.MAX_VALUE, null).total());
        assertEquals(1, quizzes.start(ANNA, CHAT, "bank", 0, null).total());
        assertEquals(1, quizzes.start(ANNA, CHAT, "bank", Integer.MIN_VALUE, null).total());
        assertEquals(5, quizzes.start(ANNA, CHAT, "planets", 1_000, null).total());
    }

    @Test
    void aReviewAsksAtLeastOneAndAtMostTheCap() {
        QuestionView view = quizzes.start(ANNA, CHAT, "planets", 5, null);
        while (view != null) {
            view = ((AnswerResult.Judged) answer(ANNA, view, false)).feedback().next();
        }
        assertEquals(1, quizzes.startReview(ANNA, CHAT, -3, null).orElseThrow().total(), "a negative count asks one");
        assertEquals(5, quizzes.startReview(ANNA, CHAT, Integer.MAX_VALUE, null).orElseThrow().total());
    }

    private QuestionView startTimed(quizbot.questions.Question only) {
        stores.saveAll(List.of(TestSets.set("one", "One question", only)));
        return quizzes.start(ANNA, CHAT, "one", 1, Duration.ofSeconds(30));
    }

    @Test
    void aTypedAnswerAfterTheTimeLimitIsExpiredLikeALatePress() {
        startTimed(TestSets.typed("t1", Kind.PERSON, "Who discovered Uranus?", "Herschel"));
        clock.advance(Duration.ofSeconds(31));
        QuestionView open = quizzes.current(ANNA.id(), CHAT).orElseThrow(); // what the chat layer asks before a typed reply

        var expired = assertInstanceOf(AnswerResult.Expired.class, quizzes.type(ANNA.id(), CHAT, "Herschel"));

        assertEquals(open, expired.feedback().answered());
        var recorded = stores.ofSession(open.sessionId()).get(0);
        assertTrue(recorded.expired() && !recorded.correct());
        assertEquals(Duration.ofSeconds(31), recorded.elapsed());
    }

    @Test
    void anOptionTypedAsTextAfterTheTimeLimitIsExpiredLikeALatePress() {
        startTimed(TestSets.choice("c1", Kind.PLACE, "Closest to the Sun?", "Mercury", "Venus"));
        clock.advance(Duration.ofSeconds(31));
        QuestionView open = quizzes.current(ANNA.id(), CHAT).orElseThrow();

        AnswerResult result = quizzes.choose(ANNA.id(), CHAT, open.sessionId(), open.position(), open.options().indexOf("Mercury"));

        assertInstanceOf(AnswerResult.Expired.class, result);
        assertTrue(stores.ofSession(open.sessionId()).get(0).expired());
    }

    @Test
    void aTypedAnswerWithinTheTimeLimitCounts() {
        startTimed(TestSets.typed("t1", Kind.PERSON, "Who discovered Uranus?", "Herschel"));
        clock.advance(Duration.ofSeconds(29));
        quizzes.current(ANNA.id(), CHAT);
        assertInstanceOf(AnswerResult.Correct.class, quizzes.type(ANNA.id(), CHAT, "herschel"));
    }

    @Test
    void resumingAQuizShowsTheQuestionAnewAndRestartsItsTimeLimit() {
        startTimed(TestSets.typed("t1", Kind.PERSON, "Who discovered Uranus?", "Herschel"));
        clock.advance(Duration.ofMinutes(5));
        quizzes.resume(ANNA.id(), CHAT).orElseThrow();
        clock.advance(Duration.ofSeconds(10));
        assertInstanceOf(AnswerResult.Correct.class, quizzes.type(ANNA.id(), CHAT, "Herschel"));
    }
}
