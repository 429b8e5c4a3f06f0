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

    /**
     * Loads the files in one step; what became of each, in the order given.
     *
     * @throws QuestionSetFileException naming the file, question (or line) and field, if a file is unreadable or
     *         breaks its format (JSON, GIFT, Aiken or CSV, by extension)
     * @throws IllegalArgumentException if two files hold the same set id
     */
    public List<QuestionSetStore.Loaded> load(List<Path> files) {
        var read = new ArrayList<QuestionSet>(files.size());
        Map<String, Path> fileOfSet = new HashMap<>();
        for (Path file : files) {
            QuestionSet set = QuestionSetFiles.read(file);
            Path other = fileOfSet.putIfAbsent(set.id(), file);
            if (other != null) {
                throw new IllegalArgumentException(other + " and " + file + " both hold question set \"" + set.id()
                        + "\"; load one of them, or give one another id");
            }
            read.add(set);
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
