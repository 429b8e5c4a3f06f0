package quizbot.questions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Turns one parsed JSON tree into a set for {@link QuestionSetJson}, naming the file, question and field in every
 * error. Used by one thread at a time.
 */
final class QuestionSetJsonReader {

    private static final List<String> SET_FIELDS = List.of("id", "title", "language", "source", "questions");
    private static final List<String> SOURCE_FIELDS = List.of("title", "sha256");
    private static final List<String> QUESTION_FIELDS = List.of(
        "id", "type", "kind", "prompt", "options", "correct", "accepted", "explanation", "source");

    private final String file;

    QuestionSetJsonReader(String file) {
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
