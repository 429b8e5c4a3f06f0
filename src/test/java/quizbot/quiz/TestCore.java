package quizbot.quiz;

import java.time.Clock;
import java.util.Set;
import java.util.function.LongSupplier;
import quizbot.storage.SqliteStores;

/**
 * The core wired for a test, one way for every test: quizzes, group quizzes and the teaching
 * services over one set of stores (in memory or SQLite), with the clock, random seeds and admins the
 * test names (by default the system clock, {@link System#nanoTime} seeds and no admins). Each part is
 * built once, on first use, so they share their stores and settings as in the bot. Not thread-safe.
 */
public final class TestCore {

    private final QuestionSetStore sets;
    private final UserStore users;
    private final SessionStore sessions;
    private final AnswerStore answers;
    private final ReviewStore reviews;
    private final GroupRunStore groupRuns;
    private final ClassStore classes;
    private final DraftStore drafts;
    private Clock clock = Clock.systemUTC();
    private LongSupplier seeds = System::nanoTime;
    private Set<Long> admins = Set.of();
    private Quizzes quizzes;
    private GroupQuizzes groupQuizzes;
    private Teaching teaching;

    private TestCore(QuestionSetStore sets, UserStore users, SessionStore sessions, AnswerStore answers, ReviewStore reviews,
                     GroupRunStore groupRuns, ClassStore classes, DraftStore drafts) {
        this.sets = sets;
        this.users = users;
        this.sessions = sessions;
        this.answers = answers;
        this.reviews = reviews;
        this.groupRuns = groupRuns;
        this.classes = classes;
        this.drafts = drafts;
    }

    public static TestCore over(InMemoryStores stores) {
        return new TestCore(stores, stores, stores, stores, stores, stores, stores, stores);
    }

    public static TestCore over(SqliteStores stores) {
        return new TestCore(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(), stores.groupRuns(),
                stores.classes(), stores.drafts());
    }

    public TestCore clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Where quizzes draw their random seeds (one per quiz, shared by private and group quizzes). */
    public TestCore seeds(LongSupplier seeds) {
        this.seeds = seeds;
        return this;
    }

    public TestCore admins(Long... ids) {
        this.admins = Set.of(ids);
        return this;
    }

    public Quizzes quizzes() {
        if (quizzes == null) {
            quizzes = new Quizzes(sets, users, sessions, answers, reviews, clock, seeds);
        }
        return quizzes;
    }

    public GroupQuizzes groupQuizzes() {
        if (groupQuizzes == null) {
            groupQuizzes = new GroupQuizzes(sets, users, sessions, answers, reviews, groupRuns, clock, seeds);
        }
        return groupQuizzes;
    }

    public Teaching teaching() {
        if (teaching == null) {
            teaching = Teaching.of(admins, classes, sets, users, sessions, answers, drafts, quizzes(), clock);
        }
        return teaching;
    }
}
