package quizbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizbot.chat.Conversation;
import quizbot.questions.Kind;
import quizbot.quiz.StatsStore;
import quizbot.quiz.TestSets;
import quizbot.storage.Database;
import quizbot.storage.SqliteStores;
import quizbot.storage.UpdateLog;
import quizbot.quiz.TestCore;

/**
 * Many learners play a 10-question quiz at once through the real poller and client, against a fake Bot API
 * server that answers 429 to anything beyond Telegram's limits (30 messages/s overall, 1/s per chat after a
 * small burst). Every answer is recorded, no 429 comes back, no message goes out twice, and the time is close
 * to the bound the global limit sets. 50 learners by default; {@code -Dquizbot.load.learners=1000} for the
 * full run the README reports.
 */
class TelegramLoadTest {

    private static final int LEARNERS = Integer.getInteger("quizbot.load.learners", 50);
    private static final int QUESTIONS = 10;

    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("try") // the bot runs while its try block does; the block never calls it
    void learnersPlayingAtOnceAreAllRecordedWithinTelegramsLimitsAndNothingIsSentTwice() throws InterruptedException {
        try (FakeBotApi telegram = new FakeBotApi(); Database database = Database.open(folder.resolve("quizbot.db"))) {
            telegram.enforceLimits(true);
            SqliteStores stores = new SqliteStores(database, Clock.systemUTC());
            stores.sets().saveAll(List.of(TestSets.set("load", "Load", IntStream.rangeClosed(1, QUESTIONS)
                    .mapToObj(i -> TestSets.choice("q" + i, Kind.PLACE, "Which is number " + i + "?", "right", "wrong", "worse", "worst"))
                    .toArray(quizbot.questions.Question[]::new))));
            var core = TestCore.over(stores);
            var quizzes = core.quizzes();
            var groups = core.groupQuizzes();
            var classes = core.teaching();
            var conversation = new Conversation(quizzes, groups, classes, (text, id) -> {
                throw new IllegalArgumentException("no articles in this test");
            }, stores.stats(), new Conversation.Settings(QUESTIONS, null, Duration.ofSeconds(5), FakeBotApi.BOT_USERNAME));

            long start = System.nanoTime();
            int finished = 0;
            try (TelegramBot bot = TelegramBot.start(FakeBotApi.TOKEN, telegram.url(), conversation,
                    new UpdateLog(database, Clock.systemUTC())::claim, Limits.TELEGRAM)) {
                for (long learner = 1; learner <= LEARNERS; learner++) {
                    telegram.sendText(learner, learner, "Learner " + learner, "/quiz load");
                }
                // Each learner presses "right" under every question as soon as Telegram has delivered it.
                // Each learner gets 2 messages per question (the question, its verdict) and 2 more (greeting, summary),
                // all inside the outbox's global 28/s (button answers are not messages): the deadline allows 20/s and a minute.
                long deadline = start + Duration.ofSeconds(60 + LEARNERS * (2L * QUESTIONS + 2) / 20).toNanos();
                int seen = 0;
                while (finished < LEARNERS) {
                    assertTrue(System.nanoTime() < deadline, finished + " of " + LEARNERS + " learners finished in time");
                    List<FakeBotApi.Call> calls = telegram.calls();
                    for (FakeBotApi.Call call : calls.subList(seen, calls.size())) {
                        if (call.is("sendMessage") && call.delivered() && call.text().contains("Question ")) {
                            telegram.pressButton(call.chatId(), call.chatId(), "Learner " + call.chatId(), call.resultMessageId(),
                                    TelegramBotTest.button(call, "right"));
                        } else if (call.is("sendMessage") && call.delivered() && call.text().startsWith("Quiz finished!")) {
                            finished++;
                        }
                    }
                    seen = calls.size();
                    Thread.sleep(20);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            List<FakeBotApi.Call> calls = telegram.calls();
            List<FakeBotApi.Call> messages = calls.stream()
                    .filter(call -> call.delivered() && (call.is("sendMessage") || call.is("editMessageText"))).toList();
            long refused = calls.stream().filter(call -> call.status() == 429).count();
            System.out.printf("load: %d learners x %d questions, %d messages in %.1f s; bound at 30/s %.1f s (ratio %.2f);"
                            + " busiest second %d; 429s received %d%n", LEARNERS, QUESTIONS, messages.size(), seconds,
                    messages.size() / 30.0, seconds / (messages.size() / 30.0), FakeBotApi.maxInAnyWindow(messages, Duration.ofSeconds(1)),
                    refused);

            assertEquals(0, refused, "no call was refused with 429");
            Map<Long, Set<String>> textsByChat = new HashMap<>();
            for (FakeBotApi.Call message : messages) {
                if (message.is("sendMessage")) {
                    assertTrue(textsByChat.computeIfAbsent(message.chatId(), chat -> new HashSet<>()).add(message.text()),
                            "sent twice to chat " + message.chatId() + ": " + message.text());
                }
            }
            for (long learner = 1; learner <= LEARNERS; learner++) {
                assertEquals(new StatsStore.Totals(1, QUESTIONS, QUESTIONS), stores.stats().totals(learner),
                        "learner " + learner + ": one quiz, every answer recorded and right");
            }
        }
    }
}
