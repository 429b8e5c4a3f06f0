package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import quizbot.chat.ArticleQuestions;
import quizbot.chat.Conversation;
import quizbot.generate.QuestionGenerator;
import quizbot.questions.Kind;
import quizbot.quiz.TestSets;
import quizbot.storage.Database;
import quizbot.storage.SqliteStores;
import quizbot.storage.UpdateLog;
import quizbot.quiz.TestCore;

/**
 * The bot under everything at once, for {@code quizbot.soak.minutes} minutes (not in every build:
 * {@code mvn -B test -Dtest=SoakTest -Dquizbot.soak.minutes=10}): learners playing quizzes, one
 * learner flooding with {@code /quiz} five times a second, a teacher sending long articles, another
 * process taking the database's write lock every 30 s, and Bot API 429s and 5xx mixed in, against
 * a fake that refuses anything over Telegram's limits. It reports the longest wait of any user who
 * is not flooding, the peak queue lengths, heap and threads at start and end, and the updates lost.
 */
@EnabledIfSystemProperty(named = "quizbot.soak.minutes", matches = "\\d+(\\.\\d+)?")
class SoakTest {

    private static final double MINUTES = Double.parseDouble(System.getProperty("quizbot.soak.minutes", "0"));
    private static final int LEARNERS = 12;
    private static final long FLOODER = 666;
    private static final long TEACHER = 9001;
    private static final long SECOND = 1_000_000_000L;
    /** A reply that has not come after this long is counted as lost (and the learner starts again). */
    private static final long LOST_AFTER = 60 * SECOND;

    @TempDir
    Path folder;

    /** What one user waits for: since when, or 0 when nothing is expected. */
    private final Map<Long, Long> waitingSince = new HashMap<>();
    private final Map<Long, Long> idleUntil = new HashMap<>();
    private long longestWait;
    private long longestWaitUser;
    private int lost;
    private int injected429s;
    private long refused429s;
    private int quizzesFinished;
    private int drafts;
    private long longestDraft;
    private long draftSince;
    private int draftsRefusedBusy;

    @Test
    void nothingOneUserOrOneFaultDoesStopsTheBotForTheOthers() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); Database database = Database.open(folder.resolve("quizbot.db"))) {
            telegram.enforceLimits(true);
            SqliteStores stores = new SqliteStores(database, Clock.systemUTC());
            stores.sets().saveAll(List.of(TestSets.set("soak", "Soak", IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> TestSets.choice("q" + i, Kind.PLACE, "Which is number " + i + "?", "right", "wrong", "worse", "worst"))
                    .toArray(quizbot.questions.Question[]::new))));
            var core = TestCore.over(stores).admins(TEACHER);
            var quizzes = core.quizzes();
            var groups = core.groupQuizzes();
            var classes = core.teaching();
            var generators = ThreadLocal.withInitial(QuestionGenerator::new); // one per slow worker, as the bot has
            var conversation = new Conversation(quizzes, groups, classes,
                    (source, id) -> {
                        var result = generators.get().generate(((ArticleQuestions.Source.Text) source).text(), new QuestionGenerator.Options(id, null, 30).withTimeLimit(Duration.ofSeconds(20)));
                        return new ArticleQuestions.Draft(result.questionSet(), result.wordsUsed(), result.wordsTotal());
                    },
                    stores.stats(), new Conversation.Settings(5, null, Duration.ofSeconds(5), FakeBotApi.BOT_USERNAME));
            byte[] article = longArticle();

            try (TelegramBot bot = TelegramBot.start(FakeBotApi.TOKEN, telegram.url(), conversation,
                    new UpdateLog(database, Clock.systemUTC())::claim, Limits.TELEGRAM);
                 Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("quizbot.db"));
                 Statement locker = otherProcess.createStatement()) {
                Vitals atStart = null;
                long start = System.nanoTime();
                long warmedUp = start + Math.max(30 * SECOND, (long) (MINUTES * 60 * SECOND / 5));
                long end = start + (long) (MINUTES * 60 * SECOND);
                long nextFlood = start;
                long nextArticle = start;
                long nextLock = start + 30 * SECOND;
                long lockUntil = 0;
                long nextFault = start + 10 * SECOND;
                int peakLanes = 0;
                int peakSlow = 0;
                int peakCalls = 0;
                Outbox.Stats stats = null;
                for (long learner = 1; learner <= LEARNERS; learner++) {
                    idleUntil.put(learner, start + learner * SECOND / 4);
                }
                while (System.nanoTime() < end || !waitingSince.isEmpty()) {
                    long now = System.nanoTime();
                    boolean running = now < end;
                    if (running) {
                        for (long learner = 1; learner <= LEARNERS; learner++) {
                            Long idle = idleUntil.get(learner);
                            if (idle != null && now >= idle) {
                                idleUntil.remove(learner);
                                expect(learner, now);
                                telegram.sendText(learner, learner, "Learner " + learner, "/quiz soak");
                            }
                        }
                        if (now >= nextFlood) {
                            telegram.sendText(FLOODER, FLOODER, "Flooder", "/quiz soak");
                            nextFlood += SECOND / 5;
                        }
                        if (now >= nextArticle) {
                            expect(TEACHER, now);
                            telegram.sendDocument(TEACHER, TEACHER, "Teacher", "long-article.txt", article);
                            nextArticle = now + 20 * SECOND;
                        }
                        if (now >= nextLock) {
                            locker.execute("BEGIN IMMEDIATE"); // a `load` in another process, for 3 s
                            lockUntil = now + 3 * SECOND;
                            nextLock += 30 * SECOND;
                        }
                        if (now >= nextFault) {
                            telegram.tooManyRequests("sendMessage", 2, 2);
                            injected429s += 2;
                            telegram.serverError("sendMessage", 2);
                            nextFault += 15 * SECOND;
                        }
                    }
                    if (lockUntil != 0 && now >= lockUntil) {
                        locker.execute("ROLLBACK");
                        lockUntil = 0;
                    }
                    for (FakeBotApi.Call call : telegram.drainCalls()) { // the fake forgets them: its memory is not the bot's
                        react(telegram, call, running);
                    }
                    for (Map.Entry<Long, Long> waiting : List.copyOf(waitingSince.entrySet())) {
                        if (now - waiting.getValue() > LOST_AFTER) {
                            lost++;
                            System.out.printf("soak: user %d got no reply within %d s%n", waiting.getKey(), LOST_AFTER / SECOND);
                            waitingSince.remove(waiting.getKey());
                            if (waiting.getKey() != TEACHER) {
                                idleUntil.put(waiting.getKey(), now);
                            }
                        }
                    }
                    if (atStart == null && now >= warmedUp) {
                        atStart = Vitals.now(); // every pool has its threads by now: what follows must not grow
                    }
                    TelegramBot.Load load = bot.load();
                    peakLanes = Math.max(peakLanes, load.updatesOnLanes());
                    peakSlow = Math.max(peakSlow, load.slowJobs());
                    peakCalls = Math.max(peakCalls, load.outbox().pending());
                    stats = load.outbox();
                    Thread.sleep(20);
                }
                Vitals atEnd = Vitals.now();
                System.out.println("soak: threads at the end by name: " + threadsByName());
                System.out.printf("soak: %.1f min, %d learners, 1 flooder, 1 teacher; %d quizzes finished, %d drafts (longest %.1f s, %d refused busy);"
                                + " longest wait of a user not flooding %.2f s (user %d); peak queues: %d updates on lanes, %d slow jobs,"
                                + " %d calls in the outbox (one chat's queue at most %d; %d replies superseded); after warm-up to the end: heap after GC %d MB -> %d MB, threads %d -> %d; updates unconfirmed %d;"
                                + " replies lost %d; watchdog restarts %d; 429 answers %d (%d of them injected)%n",
                        MINUTES, LEARNERS, quizzesFinished, drafts, longestDraft / 1e9, draftsRefusedBusy, longestWait / 1e9, longestWaitUser,
                        peakLanes, peakSlow, peakCalls, stats.peakChatQueue(), stats.superseded(), atStart.heapMb(), atEnd.heapMb(), atStart.threads(), atEnd.threads(),
                        telegram.queuedUpdates(), lost, bot.pollingRestarts(), refused429s, injected429s);
                assertEquals(0, lost, "every user who is not flooding got every reply");
                assertEquals(0, telegram.queuedUpdates(), "every update was taken");
                assertTrue(atEnd.threads() <= atStart.threads() + 4, "threads do not grow: " + atStart.threads() + " -> " + atEnd.threads());
            }
        }
    }

    private void expect(long user, long now) {
        waitingSince.put(user, now);
    }

    /** A reply reached a user: their wait ends; learners press "right" under each question. */
    private void react(FakeBotApi telegram, FakeBotApi.Call call, boolean running) {
        long user = call.chatId();
        if (call.status() == 429) {
            refused429s++;
        }
        if (user == FLOODER || !call.delivered() || !(call.is("sendMessage") || call.is("sendDocument"))) {
            return;
        }
        Long since = waitingSince.remove(user);
        if (since != null) {
            long wait = call.receivedNanos() - since;
            if (wait > longestWait) {
                longestWait = wait;
                longestWaitUser = user;
            }
        }
        String text = call.text();
        if (user == TEACHER) {
            if (text.contains("Reading your article")) {
                draftSince = call.receivedNanos(); // now for the draft itself, timed apart
            } else if (text.contains("Draft: ")) {
                drafts++;
                longestDraft = Math.max(longestDraft, call.receivedNanos() - draftSince);
            } else if (text.equals(Conversation.BUSY) || text.equals(Conversation.STILL_WORKING)) {
                draftsRefusedBusy++;
            }
            return;
        }
        if (text.contains("Question ")) {
            waitingSince.put(user, System.nanoTime());
            telegram.pressButton(user, user, "Learner " + user, call.resultMessageId(), TelegramBotTest.button(call, "right"));
        } else if (text.startsWith("Quiz finished!")) {
            quizzesFinished++;
            if (running) {
                idleUntil.put(user, System.nanoTime() + SECOND);
            }
        } else if (text.contains("wait a few seconds") && running) {
            idleUntil.put(user, System.nanoTime() + 10 * SECOND);
        } else if (!text.startsWith("Quiz: ") && running) {
            idleUntil.put(user, System.nanoTime() + SECOND); // an apology or "cannot record": start again
        } else if (text.startsWith("Quiz: ")) {
            waitingSince.put(user, since == null ? System.nanoTime() : since); // the question follows
        }
    }

    /** The test articles joined, about 12,000 words: a long article as a teacher might send. */
    private static byte[] longArticle() throws Exception {
        var text = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt") && !path.toString().endsWith(".facts.txt")).sorted().toList()) {
                text.append(Files.readString(file)).append("\n\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Long> threadsByName() {
        return Thread.getAllStackTraces().keySet().stream().collect(java.util.stream.Collectors.groupingBy(
                thread -> thread.getName().replaceAll("[-\\s]?\\d+$", "").replaceAll("\\d+", "#"), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    private record Vitals(long heapMb, int threads) {
        static Vitals now() {
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            return new Vitals(heap, ManagementFactory.getThreadMXBean().getThreadCount());
        }
    }
}
