package quizbot.questions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a question set from a file in any format Quizbot understands, chosen by the file's extension:
 * {@code .json} (our own format), {@code .gift} (Moodle GIFT), {@code .aiken} and {@code .txt} (Aiken)
 * and {@code .csv}. The formats are described in {@code questions/README.md}. Every problem is a
 * {@link QuestionSetFileException} naming the file, and for the line-based formats the line, and the
 * field. A file is taken whole or not at all. Stateless, so thread-safe.
 */
public final class QuestionSetFiles {

    /**
     * The largest question-set file read, by {@code load} and in chat alike: 1 MiB (1,048,576 bytes), far more
     * than a question set needs. Word a refusal with {@link #tooLargeMessage}.
     */
    public static final int MAX_BYTES = 1 << 20;

    private static final long MEBIBYTE = 1 << 20;

    /** The extensions read, lower case, in the order messages list them. */
    public static final List<String> EXTENSIONS = List.of(".json", ".gift", ".aiken", ".txt", ".csv");

    private static final String SUPPORTED =
            "question sets are read from .json, .gift (Moodle GIFT), .aiken or .txt (Aiken) and .csv files";

    private QuestionSetFiles() {
    }

    /** Reads a set file of any supported format; a missing, unreadable or too large file is an error too. */
    public static QuestionSet read(Path file) {
        String name = file.toString();
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuestionSetFileException(name, null, null, null, "cannot read: " + reason(e), e);
        }
        return parse(name, content);
    }

    /**
     * Parses the content of a set file, choosing the format by the extension of {@code fileName}, which
     * also gives the set its id and, where the format has no title, its title.
     */
    public static QuestionSet parse(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("a file name is needed to choose the format");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName, content.length);
        }
        switch (extension(fileName)) {
            case ".json":
                return QuestionSetJson.read(fileName, new ByteArrayInputStream(content));
            case ".gift":
                return GiftFormat.parse(fileName, text(fileName, content));
            case ".aiken":
                return AikenFormat.parse(fileName, text(fileName, content));
            case ".txt": {
                String text = text(fileName, content);
                if (!AikenFormat.looksLikeAiken(text)) {
                    throw new QuestionSetFileException(fileName, null, null, null,
                            "is not in Aiken format (options like \"A. text\" and a line \"ANSWER: A\");"
                                    + " a .txt file is read as Aiken; " + SUPPORTED, null);
                }
                return AikenFormat.parse(fileName, text);
            }
            case ".csv":
                return CsvFormat.parse(fileName, text(fileName, content));
            default:
                throw new QuestionSetFileException(fileName, null, null, null,
                        "is not a question-set file; " + SUPPORTED, null);
        }
    }

    /**
     * Whether the file is meant as a question bank, so that a failure of {@link #parse} is an error to show
     * rather than a sign of something else: true for the extensions that hold nothing but question sets
     * ({@code .json}, {@code .gift}, {@code .aiken}, {@code .csv}) and for a {@code .txt} file with Aiken's
     * shape, even a broken one: an option line ({@code A. text} or {@code A) text}, the letter in any case) and
     * an ANSWER line ({@code ANSWER:} followed by anything, or {@code Answer:} / {@code answer:} followed by one
     * letter). A {@code .txt} file without that shape, or of another encoding than UTF-8, is prose (an article).
     * Says nothing of validity: {@link #parse} tells that.
     */
    public static boolean looksLikeQuestionBank(String fileName, byte[] content) {
        if (!isQuestionSetFile(fileName)) {
            return false;
        }
        if (!extension(fileName).equals(".txt")) {
            return true;
        }
        String text;
        try {
            text = text(fileName, content);
        } catch (QuestionSetFileException notUtf8) {
            return false;
        }
        return AikenFormat.looksLikeAiken(text);
    }

    /** Whether the name has an extension this class reads (ignoring case); says nothing of the content. */
    public static boolean isQuestionSetFile(String fileName) {
        return fileName != null && EXTENSIONS.contains(extension(fileName));
    }

    /**
     * A set id from a file name: the name without folder and extension, lower-cased, every run of
     * characters other than {@code a-z 0-9 _ -} replaced by one '-', '-' trimmed from both ends, at most
     * 48 characters; {@code "article"} if nothing is left. {@code "Cuba & Russia.csv"} gives {@code "cuba-russia"}.
     */
    public static String idFromFileName(String fileName) {
        String name = baseName(fileName).replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String id = name.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "article" : id.substring(0, Math.min(48, id.length()));
    }

    /** A set title from a file name: the name without folder and extension, or the id if that is blank. */
    static String titleFromFileName(String fileName) {
        String title = baseName(fileName).replaceFirst("\\.[^.]*$", "").strip();
        return title.isEmpty() ? idFromFileName(fileName) : title;
    }

    /**
     * The content as text: strict UTF-8 (a byte that is not names its line), without a byte order mark,
     * with every line break turned into {@code \n}.
     */
    static String text(String fileName, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ImportedQuestions.syntaxError(fileName, lineAt(content, in.position()),
                    "is not UTF-8 text; save the file as UTF-8"
                            + (extension(fileName).equals(".csv") ? " (in Excel: \"CSV UTF-8\")" : ""));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String extension(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    /**
     * The refusal of a file over {@link #MAX_BYTES}: {@code "x.gift" is 1.3 MiB; the limit is 1 MiB}. A size that
     * would round to the limit itself is given in bytes: {@code "x.gift" is 1,048,577 bytes; the limit is 1 MiB
     * (1,048,576 bytes)}.
     */
    public static String tooLargeMessage(String fileName, long size) {
        return "\"" + fileName + "\" is " + sizeAgainstTheLimit(size);
    }

    private static QuestionSetFileException tooLarge(String fileName, long size) {
        return new QuestionSetFileException(fileName, null, null, null, "is " + sizeAgainstTheLimit(size), null);
    }

    /** "1.3 MiB; the limit is 1 MiB", in bytes where one decimal would hide the difference. */
    private static String sizeAgainstTheLimit(long size) {
        BigDecimal mebibytes = BigDecimal.valueOf(size).divide(BigDecimal.valueOf(MEBIBYTE), 1, RoundingMode.HALF_UP);
        BigDecimal limit = BigDecimal.valueOf(MAX_BYTES).divide(BigDecimal.valueOf(MEBIBYTE));
        String limitText = limit.stripTrailingZeros().toPlainString() + " MiB";
        if (mebibytes.compareTo(limit) > 0) {
            return mebibytes.toPlainString() + " MiB; the limit is " + limitText;
        }
        return String.format(Locale.ROOT, "%,d bytes; the limit is %s (%,d bytes)", size, limitText, MAX_BYTES);
    }

    /** The OS's reason without the path, which the message names already. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
