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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

    private static final List<String> SET_FIELDS = List.of("id", "title", "language", "source", "questions");
    private static final List<String> SOURCE_FIELDS = List.of("title", "sha256");
    private static final List<String> QUESTION_FIELDS = List.of(
            "id", "type", "kind", "prompt", "options", "correct", "accepted", "explanation", "source");

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
        return new SetReader(fileName).set(root);
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

    /** Turns one parsed JSON tree into a set, naming the file in every error. Used by one thread at a time. */
    private static final class SetReader {
        private final String file;

        SetReader(String file) {
            this.file = file;
        }

        /** Where in the set a value sits: the set itself (both null) or one question. */
        private record At(String question, String questionId) {
            static final At SET = new At(null, null);
        }

        QuestionSet set(JsonNode root) {
            if (root == null || root.isMissingNode()) {
                throw fail(At.SET, null, "the file is empty; expected a JSON object");
            }
            if (!root.isObject()) {
                throw fail(At.SET, null, "the top level is " + describe(root) + "; must be an object");
            }
            rejectUnknownFields(At.SET, root, "", SET_FIELDS);
            String id = text(At.SET, root, "id", true);
            String title = text(At.SET, root, "title", true);
            String language = text(At.SET, root, "language", true);
            SourceInfo source = source(root.get("source"));
            List<Question> questions = questions(root.get("questions"));
            try {
                return new QuestionSet(id, title, language, source, questions);
            } catch (InvalidQuestionException e) {
                At at = e.questionId() == null ? At.SET : new At(quoted(e.questionId()), e.questionId());
                throw fail(at, e.field(), e.problem(), e);
            }
        }

        private SourceInfo source(JsonNode node) {
            if (absent(node)) {
                return null;
            }
            if (!node.isObject()) {
                throw fail(At.SET, "source", "is " + describe(node) + "; must be an object with title and sha256");
            }
            rejectUnknownFields(At.SET, node, "source.", SOURCE_FIELDS);
            return new SourceInfo(text(At.SET, node, "title", "source.title", false),
                    text(At.SET, node, "sha256", "source.sha256", false));
        }

        private List<Question> questions(JsonNode node) {
            if (absent(node)) {
                throw fail(At.SET, "questions", "is missing");
            }
            if (!node.isArray()) {
                throw fail(At.SET, "questions", "is " + describe(node) + "; must be an array of questions");
            }
            var questions = new ArrayList<Question>(node.size());
            for (int i = 0; i < node.size(); i++) {
                questions.add(question(node.get(i), i + 1));
            }
            return questions;
        }

        private Question question(JsonNode node, int number) {
            JsonNode idNode = node.get("id");
            boolean hasId = idNode != null && idNode.isTextual() && !idNode.textValue().isBlank();
            At at = hasId ? new At(quoted(idNode.textValue()), idNode.textValue()) : new At("question #" + number, null);
            if (!node.isObject()) {
                throw fail(at, null, "is " + describe(node) + "; must be an object");
            }
            rejectUnknownFields(at, node, "", QUESTION_FIELDS);
            String id = text(at, node, "id", true);
            QuestionType type = type(at, text(at, node, "type", true));
            Kind kind = kind(at, text(at, node, "kind", true));
            String prompt = text(at, node, "prompt", true);
            List<String> options = texts(at, node, "options");
            Integer correct = index(at, node, "correct");
            List<String> accepted = texts(at, node, "accepted");
            String explanation = text(at, node, "explanation", false);
            String source = text(at, node, "source", false);
            try {
                return new Question(id, type, kind, prompt, options, correct, accepted, explanation, source);
            } catch (InvalidQuestionException e) {
                throw fail(at, e.field(), e.problem(), e);
            }
        }

        private QuestionType type(At at, String name) {
            return Arrays.stream(QuestionType.values())
                    .filter(type -> type.jsonName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> fail(at, "type", "is \"" + name + "\"; must be one of choice, true_false, typed"));
        }

        private Kind kind(At at, String name) {
            return Arrays.stream(Kind.values())
                    .filter(kind -> kind.jsonName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> fail(at, "kind",
                            "is \"" + name + "\"; must be one of " + String.join(", ", Kind.jsonNames())));
        }

        private void rejectUnknownFields(At at, JsonNode node, String prefix, List<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw fail(at, prefix + name, "is not a known field; expected one of " + String.join(", ", known));
                }
            }
        }

        private String text(At at, JsonNode object, String field, boolean required) {
            return text(at, object, field, field, required);
        }

        private String text(At at, JsonNode object, String field, String fieldName, boolean required) {
            JsonNode node = object.get(field);
            if (absent(node)) {
                if (required) {
                    throw fail(at, fieldName, "is missing");
                }
                return null;
            }
            if (!node.isTextual()) {
                throw fail(at, fieldName, "is " + describe(node) + "; must be text");
            }
            return node.textValue();
        }

        private List<String> texts(At at, JsonNode object, String field) {
            JsonNode node = object.get(field);
            if (absent(node)) {
                return null;
            }
            if (!node.isArray()) {
                throw fail(at, field, "is " + describe(node) + "; must be an array of texts");
            }
            var texts = new ArrayList<String>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (!item.isTextual()) {
                    throw fail(at, field, "item " + (i + 1) + " is " + describe(item) + "; must be text");
                }
                texts.add(item.textValue());
            }
            return texts;
        }

        private Integer index(At at, JsonNode object, String field) {
            JsonNode node = object.get(field);
            if (absent(node)) {
                return null;
            }
            if (!node.isIntegralNumber()) {
                throw fail(at, field, "is " + describe(node) + "; must be a whole number");
            }
            if (!node.canConvertToInt()) {
                throw fail(at, field, "is " + node.asText() + ", far too large");
            }
            return node.intValue();
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isNull();
        }

        private static String quoted(String questionId) {
            return "question \"" + questionId + "\"";
        }

        private static String describe(JsonNode node) {
            return switch (node.getNodeType()) {
                case STRING -> "the text \"" + shortened(node.textValue()) + "\"";
                case NUMBER -> "the number " + node.asText();
                case BOOLEAN -> node.asText();
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case NULL -> "null";
                default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }

        private QuestionSetFileException fail(At at, String field, String problem) {
            return fail(at, field, problem, null);
        }

        private QuestionSetFileException fail(At at, String field, String problem, Throwable cause) {
            return new QuestionSetFileException(file, at.question(), at.questionId(), field, problem, cause);
        }
    }
}
