package quizbot.storage;

import java.time.Clock;
import quizbot.quiz.AnswerStore;
import quizbot.quiz.ClassStore;
import quizbot.quiz.DraftStore;
import quizbot.quiz.GroupRunStore;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.ReviewStore;
import quizbot.quiz.SessionStore;
import quizbot.quiz.StatsStore;
import quizbot.quiz.UserStore;

/**
 * Every store the quiz needs, on one {@link Database}. The clock stamps when a set version was
 * loaded. Thread-safe, as the database is.
 */
public final class SqliteStores {

    private final QuestionSetStore sets;
    private final UserStore users;
    private final SessionStore sessions;
    private final AnswerStore answers;
    private final ReviewStore reviews;
    private final StatsStore stats;
    private final GroupRunStore groupRuns;
    private final ClassStore classes;
    private final DraftStore drafts;

    public SqliteStores(Database database, Clock clock) {
        this.sets = new SqliteQuestionSetStore(database, clock);
        this.users = new SqliteUserStore(database);
        this.sessions = new SqliteSessionStore(database);
        this.answers = new SqliteAnswerStore(database);
        this.reviews = new SqliteReviewStore(database);
        this.stats = new SqliteStatsStore(database);
        this.groupRuns = new SqliteGroupRunStore(database);
        this.classes = new SqliteClassStore(database);
        this.drafts = new SqliteDraftStore(database);
    }

    public QuestionSetStore sets() {
        return sets;
    }

    public UserStore users() {
        return users;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public AnswerStore answers() {
        return answers;
    }

    public ReviewStore reviews() {
        return reviews;
    }

    public StatsStore stats() {
        return stats;
    }

    public GroupRunStore groupRuns() {
        return groupRuns;
    }

    public ClassStore classes() {
        return classes;
    }

    public DraftStore drafts() {
        return drafts;
    }
}
