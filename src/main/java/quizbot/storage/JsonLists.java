package quizbot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of texts kept in one column as a JSON array. Stateless apart from an immutable mapper, so thread-safe. */
final class JsonLists {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private JsonLists() {
    }

    static String write(List<String> texts) {
        try {
            return MAPPER.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of texts could not be written as JSON", e);
        }
    }

    static List<String> read(String json, String where) {
        try {
            return List.copyOf(MAPPER.readValue(json, TEXTS));
        } catch (JsonProcessingException e) {
            throw new StorageException(where + " holds broken JSON: " + e.getOriginalMessage(), e);
        }
    }
}
