package quizbot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import quizbot.chat.Conversation;
import quizbot.quiz.GroupQuizzes;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.Quizzes;
import quizbot.quiz.SetLoader;
import quizbot.quiz.Teaching;
import quizbot.storage.Database;
import quizbot.storage.SqliteStores;
import quizbot.web.ArticleFetcher;

/** Every object the bot runs on, built by hand from the configuration; closing it closes the database. */
final class Wiring implements AutoCloseable {

    final Database database;
    final SqliteStores stores;
    final Quizzes quizzes;
    final Teaching teaching;
    final Conversation conversation;

    private final java.nio.file.Path questionsFolder;

    private Wiring(Database database, Clock clock, Config config) {
        this.database = database;
        this.questionsFolder = config.questionsFolder();
        this.stores = new SqliteStores(database, clock);
        var seeds = new SecureRandom();
        this.quizzes = new Quizzes(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(),
                clock, seeds::nextLong);
        var groupQuizzes = new GroupQuizzes(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(),
                stores.groupRuns(), clock, seeds::nextLong);
        this.teaching = Teaching.of(config.admins(), stores.classes(), stores.sets(), stores.users(), stores.sessions(),
                stores.answers(), stores.drafts(), quizzes, clock);
        this.conversation = new Conversation(quizzes, groupQuizzes, teaching, new Articles(new ArticleFetcher(config.fetchLocalNetwork())), stores.stats(),
                new Conversation.Settings(config.questionsPerQuiz(), config.timeLimit(), config.pollPeriod(), config.botUsername()));
    }

    static Wiring open(Config config, Clock clock) {
        return new Wiring(Database.open(config.database()), clock, config);
    }

    /** Loads the sets of the questions folder that are new or changed since the last start; returns how many. */
    long loadBundledSets() {
        return new SetLoader(stores.sets()).loadFolder(questionsFolder).stream().filter(QuestionSetStore.Loaded::added).count();
    }

    /**
     * As {@link #loadBundledSets()}, and says on {@code err} how many were loaded, if any, or warns that the
     * questions folder is missing (for the bot's own commands, on standard error).
     */
    long loadBundledSetsAndSay(PrintStream err) {
        if (!Files.exists(questionsFolder)) {
            err.println("quizbot: warning: the questions folder " + questionsFolder.toAbsolutePath() + " does not exist, so no"
                    + " bundled sets were loaded (set QUIZBOT_QUESTIONS, or run from the repository's root)");
        }
        long added = loadBundledSets();
        if (added > 0) {
            err.println("quizbot: loaded " + added + " new or changed question set(s) from " + questionsFolder);
        }
        return added;
    }

    @Override
    public void close() {
        database.close();
    }
}
