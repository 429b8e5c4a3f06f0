package quizbot.chat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.failure.QuizbotException;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetFileException;
import quizbot.questions.QuestionSetFiles;
import quizbot.questions.QuestionType;
import quizbot.quiz.GroupQuizzes;
import quizbot.quiz.QuestionView;
import quizbot.quiz.Quizzes;
import quizbot.quiz.StatsStore;
import quizbot.quiz.Teaching;

/**
 * The conversation: commands go to their {@link Command} (listed in {@link Commands}); button
 * presses ({@link ButtonData}), typed answers, documents and a group quiz's poll periods become
 * calls on the quiz rules, and what happened becomes replies. Thread-safe when the quiz and stats are.
 */
public final class Conversation {

    /**
     * How quizzes run: questions per quiz unless asked otherwise, the time limit per question in
     * private quizzes (null for none), and how long each poll of a group quiz stays open (Telegram
     * allows 5 to 600 s), and the bot's username for join links (null: links are shown as a /start
     * command, as in the console).
     */
    public record Settings(int questionsPerQuiz, Duration timeLimit, Duration pollPeriod, String botUsername) {
        public Settings {
            if (questionsPerQuiz < 1) {
                throw new IllegalArgumentException("questions per quiz must be at least 1, was " + questionsPerQuiz);
            }
            if (pollPeriod.toSeconds() < 5 || pollPeriod.toSeconds() > 600) {
                throw new IllegalArgumentException("a poll must stay open 5 to 600 seconds, was " + pollPeriod.toSeconds());
            }
        }
    }

    /** A line of a chat's command menu (Telegram shows it by the text field): a command's name and its short description. */
    public record MenuEntry(String command, String description) {
    }

    /** "/command[@bot] [argument]". */
    private static final Pattern COMMAND = Pattern.compile("^/(\\w+)(?:@(\\w+))?(?:\\s+(.*))?$", Pattern.DOTALL);
    /** The largest document read (1 MiB, as for {@code load}); a question set or an article is far smaller. */
    public static final int MAX_DOCUMENT_BYTES = QuestionSetFiles.MAX_BYTES;
    /** What a chat says when the database failed to store an event: nothing of it was saved, and no verdict was given. */
    public static final String CANNOT_RECORD = "I cannot record anything right now (my database is unavailable), so what you"
            + " just did was not saved. Please try again later.";
    /** When slow work (articles, imports, reports) cannot be taken because many are in progress. */
    public static final String BUSY = "I am busy with other people's articles and reports right now. Please try again in a minute.";
    /** When the user's last slow request is still in progress. */
    public static final String STILL_WORKING = "I am still working on your last request; you will get its answer first."
            + " Send this one again after it.";

    /** What a chat says when handling an event failed with one of the bot's own failures: the one place for every adapter. */
    public static String whenFailed(QuizbotException failure) {
        return whenFailed(failure, "article");
    }

    /** As {@link #whenFailed(QuizbotException)}, an article's failures naming what the teacher sent ("article" or "link"). */
    static String whenFailed(QuizbotException failure, String articleWord) {
        return switch (failure.category()) {
            case STORAGE_UNAVAILABLE -> CANNOT_RECORD;
            case INVALID_FILE -> "That file is not a valid question set: " + failure.getMessage();
            case UNUSABLE_ARTICLE, ARTICLE_NOT_FETCHED -> noQuestionsFrom(articleWord, failure.getMessage());
        };
    }

    /** "I could not make questions from that link: …": why an article gave no draft. */
    static String noQuestionsFrom(String articleWord, String why) {
        return "I could not make questions from that " + articleWord + ": " + why;
    }

    private final QuizPlay play;
    private final TeacherChat teaching;
    private final Commands commands;
    private final String botUsername;

    public Conversation(Quizzes quizzes, GroupQuizzes groupQuizzes, Teaching core, ArticleQuestions articles, StatsStore stats,
                        Settings settings) {
        this.teaching = new TeacherChat(core, articles, settings.botUsername(), new AssignWalk(core.classrooms(), core.assignments(), quizzes));
        this.play = new QuizPlay(quizzes, groupQuizzes, stats, settings, teaching::loaderName);
        this.commands = new Commands(play, teaching, stats);
        this.botUsername = settings.botUsername();
    }

    /** A group quiz found running at start-up: the event that moves it on, due after one poll period. */
    public record RunningGroupQuiz(Incoming.PollClosed moveOn, Duration after) {
    }

    /**
     * The group quizzes running when the bot starts (their poll timers died with the process): the
     * adapter delivers each event after the poll period, so a poll still open gets its time.
     */
    public List<RunningGroupQuiz> runningGroupQuizzes() {
        return play.groupQuizzes.running().stream()
                .map(run -> new RunningGroupQuiz(new Incoming.PollClosed(run.chatId(), run.id(), run.position()), run.openPeriod()))
                .toList();
    }

    /** The adapter reports the id Telegram gave a group quiz's poll, so votes on it can be scored. */
    public void pollOpened(long runId, int position, String pollId) {
        play.groupQuizzes.pollOpened(runId, position, pollId);
    }

    /** The command menu of a kind of chat, derived from the commands themselves. */
    public List<MenuEntry> menu(ChatType chat) {
        return commands.menu(chat);
    }

    public List<Reply> handle(Incoming event) {
        if (event.from() != null) {
            teaching.seen(event.from());
        }
        if (event instanceof Incoming.Text text) {
            return onText(text);
        }
        if (event instanceof Incoming.Press press) {
            return onPress(press);
        }
        if (event instanceof Incoming.Document document) {
            return onDocument(document);
        }
        if (event instanceof Incoming.PollClosed closed) {
            return onPollClosed(closed);
        }
        if (event instanceof Incoming.PollAnswer vote) {
            play.groupQuizzes.vote(vote.from(), vote.pollId(), vote.optionIds());
        }
        return List.of(); // Telegram shows a vote's result on the poll itself
    }

    private List<Reply> onText(Incoming.Text message) {
        String text = message.text() == null ? "" : message.text().strip();
        Matcher command = COMMAND.matcher(text);
        if (!command.matches()) {
            return message.group() ? List.of() : onTypedAnswer(message, text); // a group's chatter is not for the bot
        }
        if (command.group(2) != null && botUsername != null && !command.group(2).equalsIgnoreCase(botUsername)) {
            return List.of(); // "/quiz@OtherBot" is for another bot
        }
        String argument = command.group(3) == null ? "" : command.group(3).strip();
        ChatType chat = message.group() ? ChatType.GROUP : ChatType.PRIVATE;
        Optional<Command> found = commands.find(command.group(1).toLowerCase(Locale.ROOT), chat);
        if (found.isPresent()) {
            return found.get().handle(new Command.Request(message.from(), message.chatId(), chat, argument));
        }
        // in a group, other commands are for private chats, or for other bots: a reply would only be noise
        return chat == ChatType.GROUP ? List.of() : Command.say(message.chatId(), "I don't know /" + command.group(1) + ". "
                + StartCommand.HELP_HINT);
    }

    private List<Reply> onPollClosed(Incoming.PollClosed closed) {
        GroupQuizzes.Step step = play.groupQuizzes.pollClosed(closed.runId(), closed.position());
        if (step instanceof GroupQuizzes.Step.Next next) {
            return List.of(QuizTexts.poll(next.poll()));
        }
        if (step instanceof GroupQuizzes.Step.Finished finished) {
            long chat = closed.chatId();
            return List.of(new Reply.Text(chat, "Group quiz finished: " + finished.setTitle() + "."), play.top(chat, true));
        }
        return List.of();
    }

    private List<Reply> onTypedAnswer(Incoming.Text message, String text) {
        long chat = message.chatId();
        Optional<QuestionView> current = play.quizzes.current(message.from().id(), chat);
        boolean articleShaped = ArticleQuestions.Source.isLink(text) || text.split("\\s+").length >= TeacherChat.ARTICLE_WORDS;
        boolean teacher = teaching.canTeach(message.from());
        if (current.isEmpty() && articleShaped && teacher) {
            return teaching.article(message.from(), chat, text);
        }
        if (articleShaped && !teacher) {
            return Command.say(chat, "That looks like an article. Only teachers can make quizzes from articles; "
                    + (current.isEmpty() ? "to play one, pick a set with /quiz." : "answer the question above, or /stop the quiz."));
        }
        if (articleShaped) {
            return List.of(teaching.offerDraft(message.from(), chat, text));
        }
        if (current.isEmpty()) {
            return Command.say(chat, "No quiz is running. " + StartCommand.HELP_HINT);
        }
        QuestionView view = current.get();
        if (view.question().type() == QuestionType.TYPED) {
            return QuizTexts.feedback(chat, play.quizzes.type(message.from().id(), chat, text));
        }
        int option = view.options().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList().indexOf(text.toLowerCase(Locale.ROOT));
        if (option < 0) {
            return List.of(new Reply.Text(chat, "\"" + text + "\" is none of the options. Press one of the buttons under the question"
                    + " (here it is again), or type an option exactly as it reads."), QuizTexts.question(chat, view));
        }
        return QuizTexts.feedback(chat, play.quizzes.choose(message.from().id(), chat, view.sessionId(), view.position(), option));
    }

    private List<Reply> onPress(Incoming.Press press) {
        long chat = press.chatId();
        ButtonData data = ButtonData.parse(press.data());
        if (data instanceof ButtonData.Answer answer) {
            return press.group() ? List.of(new Reply.Notice(chat, "In a group, answer with the poll."))
                    : QuizTexts.feedback(chat, play.quizzes.choose(press.from().id(), chat, answer.sessionId(), answer.position(),
                            answer.option()));
        }
        if (data instanceof ButtonData.TakeHomework homework && !press.group()) {
            return teaching.take(press.from(), chat, homework.assignmentId());
        }
        if (data instanceof ButtonData.PickSet pick && play.setExists(pick.setId())) {
            if (press.group()) {
                return play.startGroupQuiz(press.from(), chat, pick.setId(), play.settings.questionsPerQuiz());
            }
            Optional<QuestionView> running = play.quizzes.current(press.from().id(), chat);
            if (running.isPresent()) {
                return List.of(new Reply.Notice(chat, "You have a quiz in progress: answer it, or /stop it first."),
                        QuizTexts.question(chat, running.get()));
            }
            return play.startQuiz(press.from(), chat, pick.setId(), play.settings.questionsPerQuiz());
        }
        if (data instanceof ButtonData.GoOn && !press.group()) {
            return play.quizzes.current(press.from().id(), chat).<List<Reply>>map(view -> List.of(QuizTexts.question(chat, view)))
                    .orElseGet(() -> List.of(new Reply.Notice(chat, "That quiz is over. Start one with /quiz.")));
        }
        if (data instanceof ButtonData.StartAnew anew && !press.group() && play.setExists(anew.setId())) {
            return play.startQuiz(press.from(), chat, anew.setId(), anew.count());
        }
        if ((data instanceof ButtonData.AssignClass || data instanceof ButtonData.AssignChoice) && !press.group()) {
            return teaching.assignWalk.press(press.from(), chat, data);
        }
        if (data instanceof ButtonData.MakeDraft make && !press.group()) {
            return teaching.makeOfferedDraft(press.from(), chat, make.textKey());
        }
        if (data instanceof ButtonData.DraftPage page && !press.group()) {
            return teaching.draftPage(press.from(), chat, page.created(), page.page());
        }
        if (data instanceof ButtonData.MarkQuestion mark && !press.group()) {
            return teaching.mark(press.from(), chat, mark.created(), mark.number(), mark.drop());
        }
        return List.of(new Reply.Notice(chat, "That button is no longer valid."));
    }

    private List<Reply> onDocument(Incoming.Document document) {
        long chat = document.chatId();
        String name = document.fileName() == null ? "file" : document.fileName();
        if (document.group()) {
            return teaching.canTeach(document.from())
                    ? Command.say(chat, "Send articles and question sets to me in a private chat: here everyone"
                            + " would see the questions and their answers.")
                    : List.of(); // a group's files are not for the bot
        }
        if (document.size() > MAX_DOCUMENT_BYTES || document.content().length > MAX_DOCUMENT_BYTES) {
            long size = Math.max(document.size(), document.content().length);
            return Command.say(chat, QuestionSetFiles.tooLargeMessage(name, size) + ": a question set or an article is much smaller.");
        }
        if (ArticleQuestions.Source.isPageName(name) && teaching.canTeach(document.from())) {
            return teaching.article(document.from(), chat, new ArticleQuestions.Source.Html(document.content()),
                    QuestionSetFiles.idFromFileName(name));
        }
        if (!QuestionSetFiles.isQuestionSetFile(name)) {
            return Command.say(chat, "I read question sets as .json, .gift, .aiken, .txt or .csv files, and teachers'"
                    + " articles as .txt or .html; \"" + name + "\" is none of these.");
        }
        if (teaching.isArticle(document.from(), name, document.content())) {
            return teaching.article(document.from(), chat, new ArticleQuestions.Source.Text(new String(document.content(),
                    StandardCharsets.UTF_8)), QuestionSetFiles.idFromFileName(name));
        }
        Optional<List<Reply>> loaded = teaching.load(document.from(), chat, name, document.content());
        if (loaded.isPresent()) {
            return loaded.get();
        }
        try {
            QuestionSet set = QuestionSetFiles.parse(name, document.content());
            return Command.say(chat, "\"" + name + "\" is a valid question set: " + set.title() + ", "
                    + QuizTexts.questions(set.questions().size()) + ". Ask an admin to load it.");
        } catch (QuestionSetFileException e) {
            return Command.say(chat, whenFailed(e));
        }
    }
}
