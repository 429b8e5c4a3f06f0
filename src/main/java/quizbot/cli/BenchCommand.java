package quizbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizbot.chat.Incoming;
import quizbot.chat.Reply;
import quizbot.generate.QuestionGenerator;
import quizbot.quiz.User;

/**
 * {@code bench}: how fast the generator and the quiz are, measured in one run so the figures compare, each
 * the median of {@code --runs} runs with its spread (lowest to highest), printed as a table. Cold start is a
 * whole {@code generate} process (JVM start, models, the seed article); warm is a call in a JVM that has
 * already generated. Throughput is measured on the sample articles joined and repeated past a word count.
 * The quiz part times button presses end to end on a fresh SQLite file per run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the generator (cold start, words/s) and the quiz (answers/s against the plain JDBC ceiling,"
                + " latency per answer, heap): medians of several runs with their spread.")
final class BenchCommand implements Callable<Integer> {

    /** The command line this runs in (picocli's), whose main command a new JVM runs to time {@code generate}. */
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "Folder of sample articles (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/test/resources/articles")
    Path articles;

    @Option(names = "--seed", description = "The seed article's file name in that folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "moscow-havana.txt")
    String seed;

    @Option(names = "--words", description = "Minimum length of the long article in words (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int words;

    @Option(names = "--runs", description = "Runs per figure (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int runs;

    @Option(names = "--learners", description = "Learners in the quiz benchmark, each with a quiz in progress (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int learners;

    @Option(names = "--answers", description = "Questions per quiz in the quiz benchmark; all but the last are answered"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "21")
    int answers;

    /** The questions per quiz the last quiz run played: {@link #answers}, or the bundled set's size when it is smaller. */
    private int played;

    @Option(names = "--questions", description = "Folder of question sets for the quiz benchmark (default: ${DEFAULT-VALUE}).",
            defaultValue = "questions")
    Path questions;

    /** One figure: its values over the runs, printed as median and spread, with the target it is held to, if any. */
    private record Figure(String name, String format, String unit, double[] values, String target, boolean higherIsBetter,
                          double bound) {

        static Figure of(String name, String format, String unit, List<Double> values) {
            return new Figure(name, format, unit, values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), "", true,
                    Double.NaN);
        }

        /** Held to at least {@code bound}; NaN: no target. */
        Figure atLeast(double bound) {
            return Double.isNaN(bound) ? this : new Figure(name, format, unit, values, "≥ " + String.format(format, bound), true, bound);
        }

        /** Held to at most {@code bound}; NaN: no target. */
        Figure atMost(double bound) {
            return Double.isNaN(bound) ? this : new Figure(name, format, unit, values, "≤ " + String.format(format, bound), false, bound);
        }

        double median() {
            int n = values.length;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }

        String row() {
            String verdict = Double.isNaN(bound) ? "" : (higherIsBetter ? median() >= bound : median() <= bound) ? "met" : "NOT met";
            return String.format("%-58s %12s %-8s %21s  %-11s %s", name, String.format(format, median()), unit,
                    String.format(format, values[0]) + " – " + String.format(format, values[values.length - 1]),
                    target, verdict).stripTrailing();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path seedFile = articles.resolve(seed);
        String seedText = Files.readString(seedFile, StandardCharsets.UTF_8);
        String longText = longArticle();
        int longWords = wordCount(longText);
        // the whole long article, past the word budget a teacher's article is cut to, so words/s stays words read per second
        var options = new QuestionGenerator.Options("bench", null, 1000).withMaxWords(Integer.MAX_VALUE);
        System.out.printf("machine: %d cores, Java %s, max heap %d MB; %d runs per figure%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024), runs);

        var figures = new ArrayList<Figure>();
        var coldStarts = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            coldStarts.add(generateProcess(seedFile));
        }
        figures.add(Figure.of("generate: cold start, whole process (" + wordCount(seedText) + "-word seed article)", "%,.0f",
                "ms", coldStarts));
        var generator = new QuestionGenerator();
        generator.generate(longText, options); // warm-up
        var seedWarm = new ArrayList<Double>();
        var longWarm = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            seedWarm.add(time(() -> generator.generate(seedText, options)));
            longWarm.add(longWords / (time(() -> generator.generate(longText, options)) / 1000));
        }
        figures.add(Figure.of("generate: seed article, warm", "%,.0f", "ms", seedWarm));
        figures.add(Figure.of("generate: throughput, warm (" + String.format("%,d", longWords) + "-word article)", "%,.0f",
                "words/s", longWarm));

        // The targets are set for 10,000 learners; a smaller run is shown without them.
        boolean full = learners >= 10_000;
        var quiz = new ArrayList<QuizRun>();
        for (int run = 0; run < runs; run++) {
            quiz.add(quizRun());
        }
        String size = String.format("%,d x %d", learners, played - 1);
        figures.add(Figure.of("quiz: answers recorded per second (" + size + ")", "%,.0f", "/s",
                quiz.stream().map(QuizRun::answersPerSecond).toList()).atLeast(full ? 10_000 : Double.NaN));
        figures.add(Figure.of("quiz: plain JDBC ceiling, same rows, same file and settings", "%,.0f", "rows/s",
                quiz.stream().map(QuizRun::ceiling).toList()));
        figures.add(Figure.of("quiz: ratio to the ceiling", "%.2f", "",
                quiz.stream().map(run -> run.answersPerSecond() / run.ceiling()).toList()).atLeast(full ? 0.5 : Double.NaN));
        figures.add(Figure.of("quiz: latency per answer, p50", "%.2f", "ms", quiz.stream().map(QuizRun::p50).toList()));
        figures.add(Figure.of("quiz: latency per answer, p99", "%.2f", "ms", quiz.stream().map(QuizRun::p99).toList()).atMost(full ? 5 : Double.NaN));
        figures.add(Figure.of("quiz: heap after GC, " + String.format("%,d", learners) + " quizzes in progress", "%,.0f", "MB",
                quiz.stream().map(QuizRun::heapMb).toList()).atMost(full ? 200 : Double.NaN));

        System.out.printf("%-58s %12s %-8s %21s  %s%n", "figure", "median", "", "spread (min – max)", "target");
        figures.forEach(figure -> System.out.println(figure.row()));
        return 0;
    }

    /** Wall time of one {@code generate} of the seed article in a new JVM on this class path, run by this program's main command. */
    private double generateProcess(Path article) throws IOException, InterruptedException {
        Path out = Files.createTempFile("quizbot-bench", ".json");
        try {
            var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), spec.root().userObject().getClass().getName(), "generate", article.toString(), "--out", out.toString());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            double millis = millis(start);
            if (exit != 0) {
                throw new IllegalStateException("generate " + article + " exited with " + exit);
            }
            return millis;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private record QuizRun(double answersPerSecond, double ceiling, double p50, double p99, double heapMb) {
    }

    /**
     * Learners play quizzes one after another through the conversation (chat layer, quiz rules,
     * SQLite on a fresh temporary file, WAL, synchronous=NORMAL): every answer is timed from event to
     * replies, answers recorded per second are set beside the ceiling of plain JDBC inserts of the
     * same rows into the same file with the same settings, one transaction each as the quiz commits
     * each answer, and the heap is measured with every learner's quiz still in progress.
     */
    private QuizRun quizRun() throws IOException {
        Path folder = Files.createTempDirectory("quizbot-bench");
        Path file = folder.resolve("bench.db");
        var config = new Config(null, null, file, 1, questions, answers, null, java.time.Duration.ofSeconds(30), java.util.Set.of(), null, false);
        var latencies = new ArrayList<Double>();
        double seconds;
        long heapMb;
        try (Wiring wiring = Wiring.open(config, java.time.Clock.systemUTC())) {
            wiring.loadBundledSets(); // silently: a line on standard error would land in the middle of the table
            String setId = wiring.quizzes.sets().get(0).id();
            // a quiz of the set's size at most: every round answers a question of every learner's quiz
            played = Math.min(answers, wiring.quizzes.sets().get(0).content().questions().size());
            var lastQuestion = new java.util.HashMap<Long, Reply>();
            for (long id = 1; id <= learners; id++) {
                var learner = new User(id, "learner " + id);
                List<Reply> replies = wiring.conversation.handle(new Incoming.Text(id, false, learner, "/quiz " + setId + " " + played));
                lastQuestion.put(id, replies.get(replies.size() - 1));
            }
            long start = System.nanoTime();
            for (int round = 0; round < played - 1; round++) { // the last question stays open: every quiz is in progress
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
        try (Stream<Path> files = Files.list(folder)) {
            for (Path leftover : files.toList()) {
                Files.delete(leftover);
            }
        }
        Files.delete(folder);
        latencies.sort(null);
        return new QuizRun(latencies.size() / seconds, ceiling, latencies.get(latencies.size() / 2),
                latencies.get((int) (latencies.size() * 0.99)), heapMb);
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

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
