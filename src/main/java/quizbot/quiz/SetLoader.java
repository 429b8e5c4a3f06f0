package quizbot.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetFileException;
import quizbot.questions.QuestionSetFiles;

/**
 * Loads question-set files into the store, all or nothing: every file is read and checked before
 * anything is stored, so one bad file among many leaves the store as it was. A file whose content
 * is stored already adds no version. Thread-safe when its store is.
 */
public final class SetLoader {

    private final QuestionSetStore sets;

    public SetLoader(QuestionSetStore sets) {
        this.sets = sets;
    }

    /** Files that were not loaded, with every problem found in them: one per bad file, and one per set id two files hold. */
    public static final class Refused extends IllegalArgumentException {
        private final List<String> problems;
        private final int files;

        Refused(List<String> problems, int files) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
            this.files = files;
        }

        public List<String> problems() {
            return problems;
        }

        /** How many files were given. */
        public int files() {
            return files;
        }
    }

    /**
     * Loads the files in one step; what became of each, in the order given. Every file is read and checked first, so
     * one run names every problem.
     *
     * @throws Refused listing each file that is unreadable or breaks its format (JSON, GIFT, Aiken or CSV, by
     *         extension; with the question or line and the field) and each set id that two files hold
     */
    public List<QuestionSetStore.Loaded> load(List<Path> files) {
        var read = new ArrayList<QuestionSet>(files.size());
        var problems = new ArrayList<String>();
        Map<String, Path> fileOfSet = new HashMap<>();
        for (Path file : files) {
            QuestionSet set;
            try {
                set = QuestionSetFiles.read(file);
            } catch (QuestionSetFileException e) {
                problems.add(e.getMessage());
                continue;
            }
            Path other = fileOfSet.putIfAbsent(set.id(), file);
            if (other != null) {
                problems.add(other + " and " + file + " both hold question set \"" + set.id() + "\"; load one of them, or give one another id");
            }
            read.add(set);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems, files.size());
        }
        return read.isEmpty() ? List.of() : sets.saveAll(read);
    }

    /**
     * Loads every question-set file directly in the folder (JSON, GIFT, Aiken, CSV; not {@code .txt},
     * which may be anything), in order of name; a missing folder loads nothing.
     */
    public List<QuestionSetStore.Loaded> loadFolder(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return load(entries.filter(file -> QuestionSetFiles.isQuestionSetFile(file.getFileName().toString())
                            && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list question-set folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
