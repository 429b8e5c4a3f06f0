package quizbot.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything found in one article, for the questions to look across: the other facts of a kind
 * (distractors come from them first), every written form of an entity (aliases), and which
 * alternatives the article makes true (a date inside a range that holds the answer). Immutable.
 */
final class ArticleFacts {
    private final List<Fact> facts;
    private final List<Sentence> sentences;
    private final Map<String, Set<String>> formsByEntity = new LinkedHashMap<>();
    private final Map<String, List<Fact>> factsByAnswerKey = new LinkedHashMap<>();

    ArticleFacts(List<Fact> facts, List<Sentence> sentences) {
        this.facts = List.copyOf(facts);
        this.sentences = List.copyOf(sentences);
        for (Fact fact : facts) {
            factsByAnswerKey.computeIfAbsent(Gazetteer.key(fact.answer()), key -> new ArrayList<>()).add(fact);
            if (fact.value() instanceof Name name) {
                formsByEntity.computeIfAbsent(name.entity(), entity -> new LinkedHashSet<>()).add(fact.answer());
            }
        }
    }

    /** The sentence before this one in the article, if any. */
    Optional<Sentence> before(Sentence sentence) {
        int index = sentence.index() - 1;
        return index >= 0 && index < sentences.size() ? Optional.of(sentences.get(index)) : Optional.empty();
    }

    List<Fact> all() {
        return facts;
    }

    /** Every form the article uses for this entity ("Putin", "Vladimir Putin"), first seen first. */
    Set<String> forms(Name name) {
        return formsByEntity.getOrDefault(name.entity(), Set.of());
    }

    /** The forms of the answer that a prompt must not contain: its own text, and the other names of its entity. */
    List<String> answerForms(Fact fact) {
        var forms = new ArrayList<String>();
        forms.add(fact.answer());
        if (fact.value() instanceof Name name) {
            forms.addAll(forms(name));
        }
        if (fact.value() instanceof TreatyRef treaty && treaty.known() != null) {
            forms.add(fact.surface());
            if (!treaty.known().acronym().isEmpty()) {
                forms.add(treaty.known().acronym());
            }
        }
        return forms;
    }

    /** The date ranges stated in the article. */
    List<DateRange> ranges() {
        return facts.stream().filter(fact -> fact.value() instanceof DateRange).map(fact -> (DateRange) fact.value()).toList();
    }

    /** The same question for an option as written: a date is read back, a name looked up among the article's names. */
    boolean couldAlsoBeTrue(Fact answer, String option) {
        FactValue date = DateExtractor.parse(option);
        if (date != null) {
            return couldAlsoBeTrue(answer, date);
        }
        return factsByAnswerKey.getOrDefault(Gazetteer.key(option), List.of()).stream()
                .anyMatch(fact -> couldAlsoBeTrue(answer, fact.value()));
    }

    /**
     * Whether the article could make this alternative true as well: a date inside a range that also
     * holds the answer, or a name tied to the answer (an alias, a capital for its country).
     */
    boolean couldAlsoBeTrue(Fact answer, FactValue alternative) {
        if (answer.value() instanceof DateValue date && alternative instanceof DateValue other && date.hasDay() && other.hasDay()) {
            return ranges().stream().anyMatch(range -> range.contains(date) && range.contains(other));
        }
        if (answer.value() instanceof DateRange range && alternative instanceof DateRange other) {
            return range.overlaps(other);
        }
        if (answer.value() instanceof Name name && alternative instanceof Name other) {
            return name.isTiedTo(other);
        }
        return answer.key().equals(alternative.key());
    }
}
