package quizbot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quizbot.chat.Incoming;
import quizbot.chat.Reply;
import quizbot.generate.QuestionGenerator;
import quizbot.quiz.User;

/**
 * {@code bench}: how fast the generator and the quiz are, measured in one run so the figures
 * compare. Cold is the first call in this JVM (models just loaded, nothing compiled yet); warm is the
 * median of the calls after it. Throughput is measured on the sample articles joined and repeated
 * past a word count. The quiz part times button presses end to end on a temporary SQLite file.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the generator (model loading, seed article, words/s cold and warm) and the quiz"
                + " (answers/s and press latency on SQLite).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Folder of sample articles (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/test/resources/articles")
    Path articles;

    @Option(names = "--seed", description = "The seed article's file name in that folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "moscow-havana.txt")
    String seed;

    @Option(names = "--words", description = "Minimum length of the long article in words (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int words;

    @Option(names = "--runs", description = "Warm runs per measurement (default: ${DEFAULT-VALUE}).", defaultValue = "7")
    int runs;

    @Option(names = "--learners", description = "Learners in the quiz benchmark, each with a quiz in progress (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int learners;

    @Option(names = "--answers", description = "Questions per quiz in the quiz benchmark; all but the last are answered"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "21")
    int answers;

    @Option(names = "--questions", description = "Folder of question sets for the quiz benchmark (default: ${DEFAULT-VALUE}).",
            defaultValue = "questions")
    Path questions;

    @Override
    public Integer call() throws IOException {
        String seedText = Files.readString(articles.resolve(seed), StandardCharsets.UTF_8);
        String longText = longArticle();
        int longWords = wordCount(longText);
        var options = new QuestionGenerator.Options("bench", null, 1000);

        long start = System.nanoTime();
        var generator = new QuestionGenerator();
        double loadMs = millis(start);

        double seedCold = time(() -> generator.generate(seedText, options));
        double seedWarm = median(runs, () -> generator.generate(seedText, options));
        double longCold = time(() -> generator.generate(longText, options));
        double longWarm = median(Math.max(3, runs / 2), () -> generator.generate(longText, options));
        int seedQuestions = generator.generate(seedText, options).questionSet().questions().size();
        int longQuestions = generator.generate(longText, options).questionSet().questions().size();
        long peakHeapMb = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);

        System.out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("load models and gazetteers:   %8.0f ms%n", loadMs);
        System.out.printf("seed article (%d words, %d questions): cold %6.0f ms, warm median %6.1f ms (%d runs)%n",
                wordCount(seedText), seedQuestions, seedCold, seedWarm, runs);
        System.out.printf("long article (%d words, %d questions): cold %6.0f ms, warm median %6.1f ms%n",
                longWords, longQuestions, longCold, longWarm);
        System.out.printf("throughput: cold %,.0f words/s, warm %,.0f words/s (warm/cold %.1fx)%n",
                longWords / (longCold / 1000), longWords / (longWarm / 1000), longCold / longWarm);
        System.out.printf("peak heap (sum of the heap pools' peaks): %d MB%n", peakHeapMb);
        benchQuiz();
        return 0;
    }

    /**
     * Learners play quizzes one after another through the conversation (chat layer, quiz rules,
     * SQLite on a temporary file, WAL, synchronous=NORMAL): every answer is timed from event to
     * replies, answers recorded per second are set beside the ceiling of plain JDBC inserts of the
     * same rows into the same file with the same settings, one transaction each as the quiz commits
     * each answer, and the heap is measured with every learner's quiz still in progress.
     */
    private void benchQuiz() throws IOException {
        Path folder = Files.createTempDirectory("quizbot-bench");
        Path file = folder.resolve("bench.db");
        var config = new Config(null, null, file, 1, questions, answers, null, java.time.Duration.ofSeconds(30), java.util.Set.of(), null);
        var latencies = new ArrayList<Double>();
        double seconds;
        long heapMb;
        try (Wiring wiring = Wiring.open(config, java.time.Clock.systemUTC())) {
            ConsoleCommand.loadBundledSets(wiring, config);
            String setId = wiring.quizzes.sets().get(0).id();
            var lastQuestion = new java.util.HashMap<Long, Reply>();
            for (long id = 1; id <= learners; id++) {
                var learner = new User(id, "learner " + id);
                List<Reply> replies = wiring.conversation.handle(new Incoming.Text(id, false, learner, "/quiz " + setId + " " + answers));
                lastQuestion.put(id, replies.get(replies.size() - 1));
            }
            long start = System.nanoTime();
            for (int round = 0; round < answers - 1; round++) { // the last question stays open: every quiz is in progress
                for (long id = 1; id <= learners; id++) {
                    var learner = new User(id, "learner " + id);
                    Incoming answer = lastQuestion.get(id) instanceof Reply.Buttons buttons
                            ? new Incoming.Press(id, false, learner, buttons.buttons().get(0).data())
                            : new Incoming.Text(id, false, learner, "no idea"); // a typed question
                    long pressed = System.nanoTime();
                    List<Reply> replies = wiring.conversation.handle(answer);
                    latencies.add(millis(pressed));
                    lastQuestion.put(id, replies.get(replies.size() - 1));
                }
            }
            seconds = millis(start) / 1000;
            lastQuestion.clear();
            System.gc();
            heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        }
        double ceiling = jdbcCeiling(file, latencies.size());
        latencies.sort(null);
        double perSecond = latencies.size() / seconds;
        System.out.printf("quiz: %d learners x %d answers, %d recorded in %.1f s: %,.0f answers/s; plain JDBC ceiling %,.0f rows/s;"
                        + " ratio %.2f%n", learners, answers - 1, latencies.size(), seconds, perSecond, ceiling, perSecond / ceiling);
        System.out.printf("quiz: per answer p50 %.2f ms, p99 %.2f ms; heap after GC with %d quizzes in progress: %d MB; database %d KB%n",
                latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.99)), learners, heapMb,
                Files.size(file) / 1024);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path leftover : files.toList()) {
                Files.delete(leftover);
            }
        }
        Files.delete(folder);
    }

    /** Rows per second that plain JDBC inserts into the same file, WAL and synchronous=NORMAL, one transaction per row. */
    private static double jdbcCeiling(Path file, int rows) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("CREATE TABLE ceiling AS SELECT * FROM answers WHERE 0");
            }
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            try (var insert = connection.prepareStatement("INSERT INTO ceiling (session_id, position, user_id, set_id,"
                    + " set_version, question_id, kind, given, correct, expired, answered_at, elapsed_ms)"
                    + " VALUES (?, ?, ?, 'moscow-havana', 1, ?, 'DATE', 'November 1', 1, 0, ?, 1200)")) {
                for (int row = 0; row < rows; row++) {
                    insert.setLong(1, row / 20);
                    insert.setInt(2, row % 20);
                    insert.setLong(3, row / 20);
                    insert.setString(4, "q" + (row % 20));
                    insert.setLong(5, System.currentTimeMillis());
                    insert.executeUpdate();
                }
            }
            return rows / (millis(start) / 1000);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the JDBC ceiling run failed: " + e.getMessage(), e);
        }
    }

    /** The sample articles other than the seed, joined and repeated until the text has enough words. */
    private String longArticle() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt") && !path.toString().endsWith(".facts.txt")
                    && !path.getFileName().toString().equals(seed)).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(articles + " holds no sample articles besides " + seed);
        }
        var joined = new StringBuilder();
        while (wordCount(joined.toString()) < words) {
            texts.forEach(text -> joined.append(text).append("\n\n"));
        }
        return joined.toString();
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return millis(start);
    }

    private static double median(int count, Runnable work) {
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = time(work);
        }
        Arrays.sort(times);
        return count % 2 == 1 ? times[count / 2] : (times[count / 2 - 1] + times[count / 2]) / 2;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
