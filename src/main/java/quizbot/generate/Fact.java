package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quizbot.questions.Kind;

/**
 * One fact found in a sentence: its kind, where it stands in the sentence text ({@code start} to
 * {@code end}, the span a blank replaces), the answer as shown to learners, and its typed value.
 */
record Fact(Kind kind, Sentence sentence, int start, int end, String answer, FactValue value) {

    String surface() {
        return sentence.text().substring(start, end);
    }

    String key() {
        return value.key();
    }

    boolean overlaps(Fact other) {
        return sentence.index() == other.sentence.index() && start < other.end && other.start < end;
    }

    /**
     * Keeps the earlier of two facts that cover the same text (callers list them by priority); sorted by position.
     * Facts overlap only within a sentence, so each is compared with the kept facts of its own sentence only.
     */
    static List<Fact> withoutOverlaps(List<Fact> byPriority) {
        var kept = new ArrayList<Fact>();
        Map<Integer, List<Fact>> keptBySentence = new HashMap<>();
        for (Fact fact : byPriority) {
            List<Fact> inSentence = keptBySentence.computeIfAbsent(fact.sentence().index(), index -> new ArrayList<>());
            if (inSentence.stream().noneMatch(fact::overlaps)) {
                inSentence.add(fact);
                kept.add(fact);
            }
        }
        kept.sort(Comparator.comparingInt((Fact fact) -> fact.sentence().index()).thenComparingInt(Fact::start));
        return kept;
    }
}
