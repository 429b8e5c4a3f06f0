package quizbot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSetJson;
import quizbot.questions.QuestionType;
import quizbot.quiz.Answer;
import quizbot.quiz.AnswerResult;
import quizbot.quiz.MutableClock;
import quizbot.quiz.QuestionView;
import quizbot.quiz.QuizSession;
import quizbot.quiz.Quizzes;
import quizbot.quiz.SetLoader;
import quizbot.quiz.ReviewCard;
import quizbot.quiz.SessionStatus;
import quizbot.quiz.StatsStore;
import quizbot.quiz.Summary;
import quizbot.quiz.TestSets;
import quizbot.quiz.User;
import quizbot.quiz.TestCore;

/**
 * The quiz rules on a real database file: a restart in the middle of a quiz, answers racing each other, and
 * answers meeting another process's write lock (SQLite's busy timeout, 5 s).
 */
class QuizzesOnSqliteTest {

    private static final User ANNA = new User(1, "Anna");
    private static final long CHAT = 100;

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicLong seeds = new AtomicLong(42);
    private final List<Database> opened = new ArrayList<>();

    /** What the program holds once started. */
    private record Running(Database database, SqliteStores stores, Quizzes quizzes) {
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Database::close);
    }

    /** Opens the one database file and builds stores and quizzes on it, as the program does when it starts. */
    private Running boot() {
        Database database = Database.open(folder.resolve("quizbot.db"));
        opened.add(database);
        SqliteStores stores = new SqliteStores(database, clock);
        return new Running(database, stores, TestCore.over(stores).clock(clock).seeds(seeds::getAndIncrement).quizzes());
    }

    private static AnswerResult answerRight(Quizzes quizzes, QuestionView view) {
        String right = view.question().correctAnswer();
        if (view.question().type() == QuestionType.TYPED) {
            return quizzes.type(ANNA.id(), CHAT, right);
        }
        return quizzes.choose(ANNA.id(), CHAT, view.sessionId(), view.position(), view.options().indexOf(right));
    }

    @Test
    void aQuizInProgressSurvivesARestart() {
        Running before = boot();
        Path file = folder.resolve("planets.json");
        QuestionSetJson.write(TestSets.planets(), file);
        new SetLoader(before.stores().sets()).load(List.of(file));
        QuestionView first = before.quizzes().start(ANNA, CHAT, "planets", 5, Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(10));
        QuestionView second = assertInstanceOf(AnswerResult.Correct.class, answerRight(before.quizzes(), first)).feedback().next();
        before.database().close();

        Running after = boot();
        clock.advance(Duration.ofMinutes(5));
        QuestionView resumed = after.quizzes().resume(ANNA.id(), CHAT).orElseThrow();

        assertEquals(second, resumed, "the same session, position, question and option order");
        QuestionView view = resumed;
        Summary summary = null;
        while (summary == null) {
            clock.advance(Duration.ofSeconds(5));
            AnswerResult.Feedback feedback = assertInstanceOf(AnswerResult.Correct.class, answerRight(after.quizzes(), view),
                    "the time limit restarted when the question was shown again").feedback();
            view = feedback.next();
            summary = feedback.summary();
        }
        assertEquals(5, summary.correct());
        assertEquals(5, summary.bestStreak(), "the streak counts the answer given before the restart");
        assertTrue(after.quizzes().current(ANNA.id(), CHAT).isEmpty(), "the quiz is over");
        assertEquals(new StatsStore.Totals(1, 5, 5), after.stores().stats().totals(ANNA.id()));
    }

    @Test
    void twoThreadsAnsweringTheSameQuestionRecordOneAnswer() throws Exception {
        Running running = boot();
        running.stores().sets().saveAll(List.of(TestSets.set("capitals", "Capitals",
                TestSets.choice("c1", Kind.PLACE, "Capital of France?", "Paris", "Lyon", "Nice"),
                TestSets.choice("c2", Kind.PLACE, "Capital of Cuba?", "Havana", "Santiago", "Holguín"))));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 100; i++) {
                int round = i;
                QuestionView view = running.quizzes().start(ANNA, CHAT, "capitals", 2, null);
                CountDownLatch go = new CountDownLatch(1);
                Callable<AnswerResult> tap = () -> {
                    go.await();
                    return running.quizzes().choose(ANNA.id(), CHAT, view.sessionId(), view.position(), round % 3);
                };
                Future<AnswerResult> one = threads.submit(tap);
                Future<AnswerResult> other = threads.submit(tap);
                go.countDown();
                List<AnswerResult> results = List.of(one.get(10, TimeUnit.SECONDS), other.get(10, TimeUnit.SECONDS));

                assertEquals(1, results.stream().filter(AnswerResult.Judged.class::isInstance).count(), results::toString);
                assertEquals(1, results.stream().filter(AnswerResult.AlreadyAnswered.class::isInstance).count(), results::toString);
                assertEquals(1, running.stores().answers().ofSession(view.sessionId()).size());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoProcessesRecordingTheSameAnswerRecordItOnce() throws Exception {
        SqliteStores first = boot().stores();
        SqliteStores second = boot().stores();
        first.sets().saveAll(List.of(TestSets.planets()));
        first.users().save(ANNA);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long sessionId = first.sessions().start(new QuizSession(0, ANNA.id(), CHAT, "planets", 1, List.of("p1"), round, false,
                        SessionStatus.ACTIVE, clock.instant(), null, null)).id();
                var answer = new Answer(sessionId, 0, ANNA.id(), "planets", 1, "p1", Kind.PLACE, "Mercury", true, false,
                        clock.instant(), Duration.ofSeconds(1));
                var card = new ReviewCard(ANNA.id(), "planets", "p1", 2, clock.instant());
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> one = threads.submit(() -> {
                    go.await();
                    return first.answers().record(answer, card);
                });
                Future<Boolean> other = threads.submit(() -> {
                    go.await();
                    return second.answers().record(answer, card);
                });
                go.countDown();

                assertTrue(one.get(10, TimeUnit.SECONDS) ^ other.get(10, TimeUnit.SECONDS), "exactly one records it");
                assertEquals(List.of(answer), second.answers().ofSession(sessionId));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anAnswerWaitsWhileAnotherProcessWritesAndIsRecordedOnceItIsDone() throws Exception {
        Running running = boot();
        running.stores().sets().saveAll(List.of(TestSets.planets()));
        QuestionView view = running.quizzes().start(ANNA, CHAT, "planets", 2, null);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("quizbot.db"));
             Statement statement = otherProcess.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");  // holds the write lock, as a long `load` would
            Future<AnswerResult> answering = thread.submit(() -> answerRight(running.quizzes(), view));
            Thread.sleep(1_000);
            assertFalse(answering.isDone(), "the answer waits for the lock instead of failing with SQLITE_BUSY");
            statement.execute("COMMIT");

            assertInstanceOf(AnswerResult.Correct.class, answering.get(10, TimeUnit.SECONDS));
            assertEquals(1, running.stores().answers().ofSession(view.sessionId()).size());
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void anAnswerBlockedLongerThanTheBusyTimeoutFailsClearlyAndRecordsNothing() throws Exception {
        Running running = boot();
        running.stores().sets().saveAll(List.of(TestSets.planets()));
        QuestionView view = running.quizzes().start(ANNA, CHAT, "planets", 2, null);
        try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("quizbot.db"));
             Statement statement = otherProcess.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            StorageException failure = assertThrows(StorageException.class, () -> answerRight(running.quizzes(), view));
            assertTrue(failure.getMessage().contains("locked") || failure.getMessage().contains("busy"), failure.getMessage());
            statement.execute("ROLLBACK");
        }
        assertTrue(running.stores().answers().ofSession(view.sessionId()).isEmpty(), "nothing half-recorded");
        assertEquals(view, running.quizzes().current(ANNA.id(), CHAT).orElseThrow(), "the same question is still open");
    }
}
