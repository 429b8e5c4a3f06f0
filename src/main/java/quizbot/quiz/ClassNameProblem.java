package quizbot.quiz;

import java.util.Optional;

/**
 * What is wrong with a class name (its words already joined by single spaces, see
 * {@link Classrooms#plainName}). It must be visible and unambiguous, so it has no control or format characters
 * (zero-width characters, bidi overrides and isolates, BOM). {@code codePoint} and {@code position}
 * (1-based, in characters) say where an unwanted character is; {@code length} is the name's length.
 */
public record ClassNameProblem(Kind kind, int codePoint, int position, int length) {

    public enum Kind {
        EMPTY, INVISIBLE, BROKEN, NO_LETTER_OR_DIGIT, TOO_LONG
    }

    /** What is wrong with a class name (already stripped) of at most {@code longest} characters, or empty when it is fine. */
    static Optional<ClassNameProblem> of(String name, int longest) {
        int length = name.codePointCount(0, name.length());
        if (name.isEmpty()) {
            return problem(Kind.EMPTY, 0, 0, 0);
        }
        boolean letterOrDigit = false;
        for (int offset = 0; offset < name.length(); ) {
            int codePoint = name.codePointAt(offset);
            int type = Character.getType(codePoint);
            int position = name.codePointCount(0, offset) + 1;
            if (type == Character.CONTROL || type == Character.FORMAT) {
                return problem(Kind.INVISIBLE, codePoint, position, length);
            }
            if (type == Character.SURROGATE) {
                return problem(Kind.BROKEN, codePoint, position, length);
            }
            letterOrDigit |= Character.isLetterOrDigit(codePoint);
            offset += Character.charCount(codePoint);
        }
        if (!letterOrDigit) {
            return problem(Kind.NO_LETTER_OR_DIGIT, 0, 0, length);
        }
        return length > longest ? problem(Kind.TOO_LONG, 0, 0, length) : Optional.empty();
    }

    private static Optional<ClassNameProblem> problem(Kind kind, int codePoint, int position, int length) {
        return Optional.of(new ClassNameProblem(kind, codePoint, position, length));
    }
}
