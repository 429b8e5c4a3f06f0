package quizbot;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import quizbot.chat.ArticleQuestions;
import quizbot.chat.Conversation;
import quizbot.generate.QuestionGenerator;
import quizbot.quiz.Classes;
import quizbot.quiz.GroupQuizzes;
import quizbot.quiz.Quizzes;
import quizbot.storage.Database;
import quizbot.storage.SqliteStores;

/** Every object the bot runs on, built by hand from the configuration; closing it closes the database. */
final class Wiring implements AutoCloseable {

    final Database database;
    final SqliteStores stores;
    final Quizzes quizzes;
    final Classes classes;
    final Conversation conversation;

    private Wiring(Database database, Clock clock, Config config) {
        this.database = database;
        this.stores = new SqliteStores(database, clock);
        var seeds = new SecureRandom();
        this.quizzes = new Quizzes(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(),
                clock, seeds::nextLong);
        var groupQuizzes = new GroupQuizzes(stores.sets(), stores.users(), stores.sessions(), stores.answers(), stores.reviews(),
                stores.groupRuns(), clock, seeds::nextLong);
        this.classes = new Classes(config.admins(), stores.classes(), stores.sets(), stores.users(), stores.sessions(),
                stores.answers(), stores.drafts(), quizzes, clock);
        this.conversation = new Conversation(quizzes, groupQuizzes, classes, new Articles(), stores.stats(),
                new Conversation.Settings(config.questionsPerQuiz(), config.timeLimit(), config.pollPeriod(), config.botUsername()));
    }

    /**
     * The generator for teachers' articles: one per thread that asks (the slow pool's few workers),
     * since OpenNLP's tools are not thread-safe; its models are loaded on first use. A long article
     * is cut to the generator's word budget; one that takes longer than the time limit is refused.
     */
    private static final class Articles implements ArticleQuestions {
        static final Duration TIME_LIMIT = Duration.ofSeconds(20);
        private final ThreadLocal<QuestionGenerator> generators = ThreadLocal.withInitial(QuestionGenerator::new);

        @Override
        public Draft generate(String articleText, String setId) {
            var options = new QuestionGenerator.Options(setId, null, 30).withTimeLimit(TIME_LIMIT);
            QuestionGenerator.Result result = generators.get().generate(articleText, options);
            return new Draft(result.questionSet(), result.wordsUsed(), result.wordsTotal());
        }
    }

    static Wiring open(Config config, Clock clock) {
        return new Wiring(Database.open(config.database()), clock, config);
    }

    @Override
    public void close() {
        database.close();
    }
}
