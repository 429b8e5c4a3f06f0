package quizbot.questions;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes question sets as JSON files (the format is described in {@code questions/README.md}).
 * Reading is strict: unknown fields, duplicate keys and values of the wrong JSON type are errors, so a
 * typo never passes silently, and every error is a {@link QuestionSetFileException} naming the file,
 * question and field. Stateless apart from one immutable, shared Jackson mapper, so thread-safe.
 */
public final class QuestionSetJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());


    private QuestionSetJson() {
    }

    /** Reads a set file; a missing or unreadable file is a {@link QuestionSetFileException} too. */
    public static QuestionSet read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    /** Reads a set from {@code in} (UTF-8), which the caller closes; {@code fileName} is only for messages. */
    public static QuestionSet read(String fileName, InputStream in) {
        return fromTree(fileName, () -> MAPPER.readTree(in));
    }

    /** Parses a set from JSON text; {@code fileName} is only for messages. */
    public static QuestionSet parse(String fileName, String json) {
        return fromTree(fileName, () -> MAPPER.readTree(json));
    }

    /**
     * Writes the set pretty-printed in UTF-8. The text goes to a temporary file in the same folder,
     * is flushed to disk, and is then renamed over {@code file} in one atomic step, so a crash leaves
     * either the old file or the new one, never half a file.
     */
    public static void write(QuestionSet set, Path file) {
        byte[] bytes = (toJson(set) + "\n").getBytes(UTF_8);
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp, e);
            String reason = e instanceof NoSuchFileException ? "folder not found" : reason(e);
            throw new QuestionSetFileException(file.toString(), null, null, null, "cannot write: " + reason, e);
        }
    }

    /** The set as pretty-printed JSON, fields in the documented order, without a trailing newline. */
    public static String toJson(QuestionSet set) {
        try {
            return WRITER.writeValueAsString(tree(set));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be printed", e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        var indenter = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static ObjectNode tree(QuestionSet set) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", set.id());
        root.put("title", set.title());
        root.put("language", set.language());
        if (set.source() != null) {
            ObjectNode source = root.putObject("source");
            putIfPresent(source, "title", set.source().title());
            putIfPresent(source, "sha256", set.source().sha256());
        }
        ArrayNode questions = root.putArray("questions");
        for (Question question : set.questions()) {
            questions.add(tree(question));
        }
        return root;
    }

    private static ObjectNode tree(Question question) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", question.id());
        node.put("type", question.type().jsonName());
        node.put("kind", question.kind().jsonName());
        node.put("prompt", question.prompt());
        if (!question.options().isEmpty()) {
            question.options().forEach(node.putArray("options")::add);
        }
        if (question.correct() != null) {
            node.put("correct", question.correct());
        }
        if (!question.accepted().isEmpty()) {
            question.accepted().forEach(node.putArray("accepted")::add);
        }
        putIfPresent(node, "explanation", question.explanation());
        putIfPresent(node, "source", question.source());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static QuestionSet fromTree(String fileName, TreeSource source) {
        JsonNode root;
        try {
            root = source.read();
        } catch (JsonProcessingException e) {
            throw notJson(fileName, e);
        } catch (IOException e) {
            throw cannotRead(fileName, e);
        }
        return new QuestionSetJsonReader(fileName).set(root);
    }

    private static final Pattern START_MARKER =
            Pattern.compile("\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)]\\)");

    /** Jackson's own wording, minus its stack trace and its "[Source: ...]" clutter. */
    private static QuestionSetFileException notJson(String fileName, JsonProcessingException e) {
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        detail = detail.lines().findFirst().orElse("").strip();
        if (e instanceof MismatchedInputException && detail.startsWith("Trailing token")) {
            detail = "unexpected text after the end of the top-level object";
        }
        Matcher marker = START_MARKER.matcher(detail);
        detail = marker.replaceAll(" (opened at line $1, column $2)");
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
        return new QuestionSetFileException(fileName, null, null, null, where + "not valid JSON: " + detail, e);
    }

    private static QuestionSetFileException cannotRead(String fileName, IOException e) {
        String reason = e instanceof NoSuchFileException ? "file not found" : reason(e);
        return new QuestionSetFileException(fileName, null, null, null, "cannot read: " + reason, e);
    }

    /** The OS's reason without the path, which the message names already. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp, IOException failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
