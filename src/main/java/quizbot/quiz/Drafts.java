package quizbot.quiz;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/**
 * A teacher's draft: the set generated from their article, kept until they trim and publish it or
 * throw it away. Thread-safe when the stores are.
 */
public final class Drafts {

    private final Roles roles;
    private final DraftStore drafts;
    private final QuestionSetStore sets;
    private final UserStore users;
    private final Clock clock;

    public Drafts(Roles roles, DraftStore drafts, QuestionSetStore sets, UserStore users, Clock clock) {
        this.roles = roles;
        this.drafts = drafts;
        this.sets = sets;
        this.users = users;
        this.clock = clock;
    }

    /** The longest title a draft may be given (a headline fits; it shows in /sets, homework and reports). */
    public static final int MAX_TITLE = 150;

    /** Teachers only: keeps a generated set as the teacher's draft until they publish or discard it. */
    public Outcome<QuestionSet> keep(User teacher, QuestionSet generated) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        users.save(teacher);
        drafts.saveDraft(teacher.id(), generated, clock.instant());
        return Outcome.done(generated);
    }

    /** Gives the draft a new title (1 to {@link #MAX_TITLE} characters, stripped), and the id made from it. */
    public Outcome<QuestionSet> retitle(User teacher, String title) {
        return draftOf(teacher).then(draft -> retitled(teacher, draft, title));
    }

    private Outcome<QuestionSet> retitled(User teacher, QuestionSet draft, String title) {
        String stripped = title.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE || stripped.codePoints().anyMatch(Character::isISOControl)) {
            return Outcome.refused(new Refusal.BadTitle(stripped.length(), MAX_TITLE));
        }
        QuestionSet renamed = titled(draft, stripped);
        drafts.saveDraft(teacher.id(), renamed, clock.instant());
        return Outcome.done(renamed);
    }

    /** The set under that title, its id made from it ({@link #idFor}). */
    public static QuestionSet titled(QuestionSet set, String title) {
        return new QuestionSet(idFor(title), title, set.language(), set.source(), set.questions());
    }

    /**
     * A set id made from a title: its letters and digits in lower case, accents dropped, words joined by "-", cut at a
     * word within 48 characters ("Gravity – Newton's law" → "gravity-newton-s-law"); "article" when none is left.
     */
    public static String idFor(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 48) {
            int cut = plain.lastIndexOf('-', 48);
            plain = plain.substring(0, cut > 0 ? cut : 48);
        }
        return plain.isEmpty() ? "article" : plain;
    }

    /** Drops questions from the draft by their 1-based numbers; the rest keep their order and ids. */
    public Outcome<QuestionSet> drop(User teacher, Set<Integer> numbers) {
        return draftOf(teacher).then(draft -> dropped(teacher, draft, numbers));
    }

    private Outcome<QuestionSet> dropped(User teacher, QuestionSet set, Set<Integer> numbers) {
        List<Question> questions = set.questions();
        if (numbers.stream().anyMatch(number -> number < 1 || number > questions.size())) {
            return Outcome.refused(new Refusal.NoSuchQuestionNumber(questions.size()));
        }
        var kept = new ArrayList<Question>();
        for (int i = 0; i < questions.size(); i++) {
            if (!numbers.contains(i + 1)) {
                kept.add(questions.get(i));
            }
        }
        if (kept.isEmpty()) {
            return Outcome.refused(new Refusal.WouldDropEverything());
        }
        var smaller = new QuestionSet(set.id(), set.title(), set.language(), set.source(), kept);
        drafts.saveDraft(teacher.id(), smaller, clock.instant());
        return Outcome.done(smaller);
    }

    /**
     * Publishes the draft, under another id when given: a new set, or a new version of the teacher's set of that id.
     * A teacher owns a set id only when they loaded every version of it, retired ones included, and a retired set is
     * never brought back by a teacher (an admin loading it again does that). Admins may publish under any id.
     */
    public Outcome<QuestionSetStore.Loaded> publish(User teacher, String newId) {
        return draftOf(teacher).then(draft -> published(teacher, draft, newId));
    }

    private Outcome<QuestionSetStore.Loaded> published(User teacher, QuestionSet draft, String newId) {
        var set = draft;
        if (newId != null) {
            try {
                set = new QuestionSet(newId, set.title(), set.language(), set.source(), set.questions());
            } catch (IllegalArgumentException e) {
                return Outcome.refused(new Refusal.BadSetId(newId));
            }
        }
        if (!roles.isAdmin(teacher.id())) {
            QuestionSetStore.History history = sets.history(set.id());
            if (history.retired()) {
                return Outcome.refused(new Refusal.SetRetired(set.id()));
            }
            if (history.exists() && !history.onlyLoadedBy(teacher.id())) {
                return Outcome.refused(new Refusal.SetNotYours(set.id()));
            }
        }
        QuestionSetStore.Loaded loaded = sets.saveAll(List.of(set), teacher.id()).get(0);
        drafts.deleteDraft(teacher.id());
        return Outcome.done(loaded);
    }

    /** Throws the draft away. */
    public Outcome<QuestionSet> discard(User teacher) {
        return draftOf(teacher).then(draft -> {
            drafts.deleteDraft(teacher.id());
            return Outcome.done(draft);
        });
    }

    /** The teacher's draft, or why there is none to work on: they are no teacher, or have none. */
    private Outcome<QuestionSet> draftOf(User teacher) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        return drafts.draft(teacher.id()).map(Outcome::done).orElseGet(() -> Outcome.refused(new Refusal.NoDraft()));
    }
}
