package quizbot.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run by hand, not by the test suite (speed is proven by a benchmark, not by timed unit tests):
 * times the generator on synthetic articles of distinct sentences of growing length and on one
 * long run-on sentence, warm, median of three. Time linear in the length shows as a steady
 * words-per-second figure. Arguments: the article sizes in words (default 10000 50000 200000),
 * then optionally {@code runon=<words>}.
 *
 * <pre>{@code
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) quizbot.generate.GenerationScalingBenchmark
 * }</pre>
 */
final class GenerationScalingBenchmark {

    private GenerationScalingBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int runOnWords = 20_000;
        for (String arg : args) {
            if (arg.startsWith("runon=")) {
                runOnWords = Integer.parseInt(arg.substring("runon=".length()));
            } else {
                sizes.add(Integer.parseInt(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 50_000, 200_000);
        }
        var generator = new QuestionGenerator();
        var options = unlimited(new QuestionGenerator.Options("bench", null, 40));
        time(generator, LongTexts.article(3_000, 1), options); // warm-up
        for (int words : sizes) {
            report(words + "-word article of distinct sentences", words, generator, LongTexts.article(words, words), options);
        }
        if (runOnWords > 0) {
            report(runOnWords + "-word run-on sentence with commas", runOnWords, generator, LongTexts.runOn(runOnWords, true), options);
            report(runOnWords + "-word run-on sentence, no punctuation", runOnWords, generator, LongTexts.runOn(runOnWords, false), options);
        }
        report("default budget on a 200000-word article", 200_000, generator, LongTexts.article(200_000, 7),
                new QuestionGenerator.Options("bench", null, 40));
    }

    /** The options with no size budget, so the benchmark measures the generator on the whole text. */
    private static QuestionGenerator.Options unlimited(QuestionGenerator.Options options) {
        return options.withMaxWords(Integer.MAX_VALUE);
    }

    private static void report(String label, int words, QuestionGenerator generator, String text, QuestionGenerator.Options options) {
        double[] millis = new double[Integer.getInteger("runs", 3)];
        String outcome = "";
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            outcome = time(generator, text, options);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-50s median %,9.0f ms  (%,.0f words/s; runs %s) %s%n", label, millis[millis.length / 2],
                words / (millis[millis.length / 2] / 1000), Arrays.toString(Arrays.stream(millis).mapToLong(Math::round).toArray()), outcome);
    }

    private static String time(QuestionGenerator generator, String text, QuestionGenerator.Options options) {
        try {
            QuestionGenerator.Result result = generator.generate(text, options);
            return result.questionSet().questions().size() + " questions, " + result.wordsUsed() + " of " + result.wordsTotal() + " words";
        } catch (UnusableArticleException e) {
            return "unusable: " + e.getMessage();
        }
    }
}
