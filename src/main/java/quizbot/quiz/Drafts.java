package quizbot.quiz;

import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import quizbot.questions.InvalidQuestionException;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/**
 * A teacher's draft: the set generated from their article, numbered for good, kept until they trim
 * and publish it or throw it away. Thread-safe when the stores are.
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

    /**
     * Teachers only: keeps a generated set as the teacher's draft, numbered 1 to N, until they publish or discard it,
     * with the generator's next-best questions ({@code reserve}) held back for {@link #more}.
     */
    public Outcome<DraftSet> keep(User teacher, QuestionSet generated, List<Question> reserve) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        users.save(teacher);
        // millis, as the store keeps it: a button's stamp of this draft must compare equal after a restart
        DraftSet draft = DraftSet.of(generated, reserve, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        drafts.saveDraft(teacher.id(), draft);
        return Outcome.done(draft);
    }

    /** The teacher's draft, or why there is none to work on: they are no teacher, or have none. */
    public Outcome<DraftSet> draft(User teacher) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        return drafts.draft(teacher.id()).map(Outcome::done).orElseGet(() -> Outcome.refused(new Refusal.NoDraft()));
    }

    /** Gives the draft a new title (1 to {@link #MAX_TITLE} characters, stripped), and the id made from it. */
    public Outcome<DraftSet> retitle(User teacher, String title) {
        return draft(teacher).then(draft -> {
            String stripped = title.strip().replaceAll("\\s+", " ");
            if (stripped.isEmpty() || stripped.length() > MAX_TITLE || stripped.codePoints().anyMatch(Character::isISOControl)) {
                return Outcome.refused(new Refusal.BadTitle(stripped.length(), MAX_TITLE));
            }
            return saved(teacher, draft.withSet(titled(draft.set(), stripped)));
        });
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

    /** Drops questions from the draft by their numbers; every question keeps its number, so dropping can be undone. */
    public Outcome<DraftSet> drop(User teacher, Set<Integer> numbers) {
        return draft(teacher).then(draft -> marked(teacher, draft, numbers, true));
    }

    /** Brings dropped questions back, by their numbers. */
    public Outcome<DraftSet> restore(User teacher, Set<Integer> numbers) {
        return draft(teacher).then(draft -> marked(teacher, draft, numbers, false));
    }

    /** Changes question {@code number} of the draft; it keeps its number and, when dropped, stays dropped. */
    public Outcome<DraftSet> edit(User teacher, int number, QuestionEdit edit) {
        return draft(teacher).then(draft -> {
            if (number < 1 || number > draft.size()) {
                return Outcome.refused(new Refusal.NoSuchQuestionNumber(draft.size()));
            }
            try {
                return saved(teacher, draft.replacing(number, edit.apply(draft.question(number))));
            } catch (InvalidQuestionException e) {
                return Outcome.refused(new Refusal.BadEdit(number, e.field(), e.problem()));
            }
        });
    }

    /** Adds up to {@code count} of the held-back questions at the end of the draft, under the next numbers. */
    public Outcome<DraftSet> more(User teacher, int count) {
        return draft(teacher).then(draft -> draft.reserve().isEmpty() ? Outcome.refused(new Refusal.NoReserve())
                : saved(teacher, draft.withMore(Math.min(count, draft.reserve().size()))));
    }

    /**
     * A press on a question's button: drops it ({@code drop}) or brings it back. Refused as stale when the button belongs
     * to another draft than the teacher's ({@code created} is the draft's stamp the button carries).
     */
    public Outcome<DraftSet> mark(User teacher, long created, int number, boolean drop) {
        return current(teacher, created).then(draft -> marked(teacher, draft, Set.of(number), drop));
    }

    /** The teacher's draft when it is the one of that stamp (a button's), else refused as stale. */
    public Outcome<DraftSet> current(User teacher, long created) {
        return draft(teacher).then(draft -> draft.created().toEpochMilli() == created ? Outcome.done(draft)
                : Outcome.refused(new Refusal.StaleDraft()));
    }

    private Outcome<DraftSet> marked(User teacher, DraftSet draft, Set<Integer> numbers, boolean drop) {
        if (numbers.stream().anyMatch(number -> number < 1 || number > draft.size())) {
            return Outcome.refused(new Refusal.NoSuchQuestionNumber(draft.size()));
        }
        var dropped = new TreeSet<>(draft.dropped());
        if (drop) {
            dropped.addAll(numbers);
        } else {
            dropped.removeAll(numbers);
        }
        if (dropped.size() == draft.size()) {
            return Outcome.refused(new Refusal.WouldDropEverything());
        }
        return saved(teacher, draft.withDropped(dropped));
    }

    private Outcome<DraftSet> saved(User teacher, DraftSet draft) {
        drafts.saveDraft(teacher.id(), draft);
        return Outcome.done(draft);
    }

    /**
     * Publishes the draft, under another id when given: a new set, or a new version of the teacher's set of that id.
     * A teacher owns a set id only when they loaded every version of it, retired ones included, and a retired set is
     * never brought back by a teacher (an admin loading it again does that). Admins may publish under any id.
     */
    public Outcome<QuestionSetStore.Loaded> publish(User teacher, String newId) {
        return draft(teacher).then(draft -> published(teacher, draft.toPublish(), newId));
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
        Refusal notTheirs = notTheirs(teacher, set.id());
        if (notTheirs != null) {
            return Outcome.refused(notTheirs);
        }
        QuestionSetStore.Loaded loaded = sets.saveAll(List.of(set), teacher.id()).get(0);
        drafts.deleteDraft(teacher.id());
        return Outcome.done(loaded);
    }

    /** Why the teacher may not publish under that id (retired, or not only theirs), or null when they may. */
    private Refusal notTheirs(User teacher, String setId) {
        if (roles.isAdmin(teacher.id())) {
            return null;
        }
        QuestionSetStore.History history = sets.history(setId);
        if (history.retired()) {
            return new Refusal.SetRetired(setId);
        }
        return history.exists() && !history.onlyLoadedBy(teacher.id()) ? new Refusal.SetNotYours(setId) : null;
    }

    /**
     * Makes the newest version of one of the teacher's published sets their draft again, to edit and publish as its next
     * version. Refused while they have a draft (publish or discard it first), and for a set that is not theirs.
     */
    public Outcome<DraftSet> reopen(User teacher, String setId) {
        if (!roles.canTeach(teacher.id())) {
            return Outcome.refused(new Refusal.TeachersOnly());
        }
        if (drafts.draft(teacher.id()).isPresent()) {
            return Outcome.refused(new Refusal.DraftInTheWay());
        }
        Refusal notTheirs = notTheirs(teacher, setId);
        if (notTheirs != null) {
            return Outcome.refused(notTheirs);
        }
        return sets.latest(setId).map(latest -> keep(teacher, latest.content(), List.of()))
                .orElseGet(() -> Outcome.refused(new Refusal.NoSuchSet(setId)));
    }

    /** Throws the draft away. */
    public Outcome<DraftSet> discard(User teacher) {
        return draft(teacher).then(draft -> {
            drafts.deleteDraft(teacher.id());
            return Outcome.done(draft);
        });
    }
}
