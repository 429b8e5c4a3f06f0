package quizbot.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test data: valid questions and sets with sensible defaults, changed only where a test cares. Not thread-safe. */
final class Questions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Questions() {
    }

    static QuestionBuilder choice(String id) {
        return new QuestionBuilder(id, QuestionType.CHOICE)
                .options("November 1", "October 29", "June 2017", "August 2015")
                .correct(0);
    }

    static QuestionBuilder trueFalse(String id) {
        return new QuestionBuilder(id, QuestionType.TRUE_FALSE)
                .prompt("Cuba's president first visited Moscow in November.")
                .options(Question.TRUE_FALSE_OPTIONS.toArray(String[]::new))
                .correct(0);
    }

    static QuestionBuilder typed(String id) {
        return new QuestionBuilder(id, QuestionType.TYPED)
                .kind(Kind.PERSON)
                .prompt("Who is Cuba's president?")
                .accepted("Díaz-Canel", "Miguel Díaz-Canel");
    }

    static SetBuilder set(String id) {
        return new SetBuilder(id);
    }

    /** A valid set: q1 true_false, q2 typed, q3 and q4 choice with four options each. */
    static QuestionSet sample() {
        return set("moscow-havana")
                .with(trueFalse("q1").build())
                .with(typed("q2").build())
                .with(choice("q3").build())
                .with(choice("q4").prompt("Which date?").build())
                .build();
    }

    /** The sample set as a JSON tree that a test can break before parsing it. */
    static ObjectNode sampleJson() {
        return json(sample());
    }

    static ObjectNode json(QuestionSet set) {
        try {
            return (ObjectNode) MAPPER.readTree(QuestionSetJson.toJson(set));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question object with that id inside a set's JSON tree. */
    static ObjectNode question(ObjectNode set, String id) {
        for (JsonNode question : set.withArray("questions")) {
            if (id.equals(question.path("id").asText())) {
                return (ObjectNode) question;
            }
        }
        throw new IllegalArgumentException("no question " + id);
    }

    static final class QuestionBuilder {
        private final String id;
        private final QuestionType type;
        private Kind kind = Kind.DATE;
        private String prompt = "When did Díaz-Canel make his first visit to Moscow?";
        private List<String> options = List.of();
        private Integer correct;
        private List<String> accepted = List.of();
        private String explanation = "On November 1, Cuban leader Díaz-Canel made his first visit to Moscow.";
        private String source = "On November 1, Cuban leader Miguel Díaz-Canel made his first visit to Moscow.";

        private QuestionBuilder(String id, QuestionType type) {
            this.id = id;
            this.type = type;
        }

        QuestionBuilder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        QuestionBuilder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        QuestionBuilder options(String... options) {
            this.options = List.of(options);
            return this;
        }

        QuestionBuilder correct(Integer correct) {
            this.correct = correct;
            return this;
        }

        QuestionBuilder accepted(String... accepted) {
            this.accepted = List.of(accepted);
            return this;
        }

        QuestionBuilder explanation(String explanation) {
            this.explanation = explanation;
            return this;
        }

        QuestionBuilder source(String source) {
            this.source = source;
            return this;
        }

        Question build() {
            return new Question(id, type, kind, prompt, options, correct, accepted, explanation, source);
        }
    }

    static final class SetBuilder {
        private final String id;
        private String title = "Díaz-Canel in Moscow";
        private String language = "en";
        private SourceInfo source = new SourceInfo("Cuban president visits Moscow",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        private final List<Question> questions = new ArrayList<>();

        private SetBuilder(String id) {
            this.id = id;
        }

        SetBuilder title(String title) {
            this.title = title;
            return this;
        }

        SetBuilder source(SourceInfo source) {
            this.source = source;
            return this;
        }

        SetBuilder with(Question question) {
            questions.add(question);
            return this;
        }

        QuestionSet build() {
            return new QuestionSet(id, title, language, source, questions);
        }
    }
}
