package quizbot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of texts (or numbers) kept in one column as a JSON array. Stateless apart from an immutable mapper, so thread-safe. */
final class JsonLists {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private static final TypeReference<List<Integer>> NUMBERS = new TypeReference<>() {
    };

    private JsonLists() {
    }

    static String write(List<?> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list could not be written as JSON", e);
        }
    }

    static List<String> read(String json, String where) {
        return read(json, TEXTS, where);
    }

    static List<Integer> readNumbers(String json, String where) {
        return read(json, NUMBERS, where);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type, String where) {
        try {
            return List.copyOf(MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new StorageException(where + " holds broken JSON: " + e.getOriginalMessage(), e);
        }
    }
}
