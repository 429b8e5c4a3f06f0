package quizbot;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the benchmark lands. */
@Command(name = "bench", description = "Benchmark the generator.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
