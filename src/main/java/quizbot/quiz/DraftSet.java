package quizbot.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/**
 * A teacher's draft as they work on it. Every question it was given keeps its number (1, 2, … in
 * {@code set}) for good: dropping only marks a number, restoring unmarks it, an edit replaces the
 * question in place, and {@code /more} adds the generator's next-best questions ({@code reserve})
 * at the end. {@code created} tells this draft from the teacher's earlier ones, so the buttons of
 * an older draft can be refused. Immutable.
 */
public record DraftSet(QuestionSet set, SortedSet<Integer> dropped, List<Question> reserve, Instant created) {

    public DraftSet {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(created, "created");
        dropped = Collections.unmodifiableSortedSet(new TreeSet<>(dropped));
        reserve = List.copyOf(reserve);
        int size = set.questions().size();
        if (!dropped.isEmpty() && (dropped.first() < 1 || dropped.last() > size)) {
            throw new IllegalArgumentException("dropped numbers " + dropped + " outside 1 to " + size);
        }
        if (dropped.size() == size) {
            throw new IllegalArgumentException("a draft keeps at least one question");
        }
        var ids = new HashSet<String>();
        set.questions().forEach(question -> ids.add(question.id()));
        for (Question spare : reserve) {
            if (!ids.add(spare.id())) {
                throw new IllegalArgumentException("the reserve's question id " + spare.id() + " is used twice");
            }
        }
    }

    /** A new draft of the whole set, nothing dropped. */
    public static DraftSet of(QuestionSet set, List<Question> reserve, Instant created) {
        return new DraftSet(set, new TreeSet<>(), reserve, created);
    }

    /** How many numbers the draft has, dropped ones included. */
    public int size() {
        return set.questions().size();
    }

    /** The question of that number (1-based). */
    public Question question(int number) {
        return set.questions().get(number - 1);
    }

    public boolean isDropped(int number) {
        return dropped.contains(number);
    }

    /** How many questions will be published. */
    public int kept() {
        return size() - dropped.size();
    }

    /** The set as it will be published: the questions not dropped, in their order. */
    public QuestionSet toPublish() {
        var kept = new ArrayList<Question>();
        for (int number = 1; number <= size(); number++) {
            if (!isDropped(number)) {
                kept.add(question(number));
            }
        }
        return set.withQuestions(kept);
    }

    DraftSet withSet(QuestionSet newSet) {
        return new DraftSet(newSet, dropped, reserve, created);
    }

    DraftSet withDropped(Set<Integer> newDropped) {
        return new DraftSet(set, new TreeSet<>(newDropped), reserve, created);
    }

    /** Question {@code number} replaced by {@code edited}. */
    DraftSet replacing(int number, Question edited) {
        var questions = new ArrayList<>(set.questions());
        questions.set(number - 1, edited);
        return withSet(set.withQuestions(questions));
    }

    /** The first {@code count} questions of the reserve added at the end, with the next numbers. */
    DraftSet withMore(int count) {
        var questions = new ArrayList<>(set.questions());
        questions.addAll(reserve.subList(0, count));
        return new DraftSet(set.withQuestions(questions), dropped, reserve.subList(count, reserve.size()), created);
    }
}
