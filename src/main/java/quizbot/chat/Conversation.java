package quizbot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.questions.Limits;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetFileException;
import quizbot.questions.QuestionSetFiles;
import quizbot.questions.QuestionType;
import quizbot.quiz.AnswerResult;
import quizbot.quiz.Classes;
import quizbot.quiz.GroupPoll;
import quizbot.quiz.GroupQuizzes;
import quizbot.quiz.QuestionView;
import quizbot.quiz.Quizzes;
import quizbot.quiz.StatsStore;
import quizbot.quiz.StoredSet;
import quizbot.quiz.Summary;
import quizbot.quiz.User;

/**
 * The conversation with a learner: commands, button presses, typed answers and documents become
 * calls on {@link Quizzes}, and what happened becomes replies. Button data carries what a press
 * needs to be checked against the quiz ({@code a:<session>:<position>:<option>}, {@code s:<set>}),
 * so forged or replayed presses change nothing. Deep links ({@code /start quiz_<set>}) start a quiz.
 * Thread-safe when the quiz and stats are.
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

    /** "/command[@bot] [argument]". */
    private static final Pattern COMMAND = Pattern.compile("^/(\\w+)(?:@(\\w+))?(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern ANSWER_DATA = Pattern.compile("a:(\\d{1,18}):(\\d{1,4}):(\\d{1,2})");
    private static final Pattern SET_DATA = Pattern.compile("s:([A-Za-z0-9_-]{1,48})");
    private static final Pattern QUIZ_LINK = Pattern.compile("quiz_([A-Za-z0-9_-]{1,48})");
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
    static final String TOO_MANY_STARTS = "You have started many quizzes just now. Please wait a few seconds before you"
            + " start another.";
    private static final Map<Kind, String> KIND_NAMES = Map.of(Kind.DATE, "dates", Kind.NUMBER, "figures",
            Kind.MONEY, "money", Kind.PERSON, "people", Kind.ORGANISATION, "organisations", Kind.PLACE, "places",
            Kind.TREATY, "treaties", Kind.OTHER, "other");

    private final Quizzes quizzes;
    private final GroupQuizzes groupQuizzes;
    private final TeacherChat teaching;
    private final StatsStore stats;
    private final Settings settings;
    /** Per user: 5 quiz starts at once, then one every 10 s, so nobody piles up hundreds of sessions. */
    private final TokenBuckets starts = new TokenBuckets(5, 0.1, System::nanoTime);
    /** A learner refused a start is told so at most every 30 s; a flood of starts gets no flood of replies. */
    private final TokenBuckets startRefusals = new TokenBuckets(1, 1 / 30.0, System::nanoTime);

    public Conversation(Quizzes quizzes, GroupQuizzes groupQuizzes, Classes classes, ArticleQuestions articles, StatsStore stats,
                        Settings settings) {
        this.quizzes = quizzes;
        this.groupQuizzes = groupQuizzes;
        this.teaching = new TeacherChat(classes, articles, settings.botUsername());
        this.stats = stats;
        this.settings = settings;
    }

    /** A group quiz found running at start-up: the event that moves it on, due after one poll period. */
    public record RunningGroupQuiz(Incoming.PollClosed moveOn, Duration after) {
    }

    /**
     * The group quizzes running when the bot starts (their poll timers died with the process): the
     * adapter delivers each event after the poll period, so a poll still open gets its time.
     */
    public List<RunningGroupQuiz> runningGroupQuizzes() {
        return groupQuizzes.running().stream()
                .map(run -> new RunningGroupQuiz(new Incoming.PollClosed(run.chatId(), run.id(), run.position()), run.openPeriod()))
                .toList();
    }

    /** The adapter reports the id Telegram gave a group quiz's poll, so votes on it can be scored. */
    public void pollOpened(long runId, int position, String pollId) {
        groupQuizzes.pollOpened(runId, position, pollId);
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
            groupQuizzes.vote(vote.from(), vote.pollId(), vote.optionIds());
        }
        return List.of(); // Telegram shows a vote's result on the poll itself
    }

    private List<Reply> onText(Incoming.Text message) {
        long chat = message.chatId();
        String text = message.text() == null ? "" : message.text().strip();
        Matcher command = COMMAND.matcher(text);
        if (!command.matches()) {
            return message.group() ? List.of() : onTypedAnswer(message, text); // a group's chatter is not for the bot
        }
        if (command.group(2) != null && settings.botUsername() != null && !command.group(2).equalsIgnoreCase(settings.botUsername())) {
            return List.of(); // "/quiz@OtherBot" is for another bot
        }
        String argument = command.group(3) == null ? "" : command.group(3).strip();
        if (message.group()) {
            return onGroupCommand(message, command.group(1).toLowerCase(Locale.ROOT), argument);
        }
        return switch (command.group(1).toLowerCase(Locale.ROOT)) {
            case "start" -> argument.isEmpty() ? start(message.from(), chat) : deepLink(message.from(), chat, argument);
            case "help" -> List.of(new Reply.Text(chat, help()));
            case "sets" -> sets(chat, "Question sets:");
            case "quiz" -> quiz(message.from(), chat, argument);
            case "stop" -> stop(message.from(), chat);
            case "score" -> score(message.from(), chat);
            case "top" -> top(chat, false);
            case "stats" -> statsByKind(message.from(), chat);
            case "review" -> review(message.from(), chat);
            default -> teaching.command(message.from(), chat, command.group(1).toLowerCase(Locale.ROOT), argument)
                    .orElseGet(() -> List.of(new Reply.Text(chat, "I don't know /" + command.group(1) + ". " + HELP_HINT)));
        };
    }

    private String help() {
        return String.join("\n",
            "Quizbot asks you questions about articles: dates, figures, names and treaties.",
            "",
            "/sets – the question sets you can play",
            "/quiz [set] [count] – start a quiz (" + settings.questionsPerQuiz() + " questions unless you say)",
            "/stop – stop the quiz and see your result",
            "/score – your totals and your last quizzes",
            "/top – the leaderboard",
            "/stats – how you do on dates, figures, people, places…",
            "/review – questions due for review (the ones you missed first)",
            "/homework – what your teachers gave you",
            "/help – this list",
            "",
            "Teachers: /newclass <name>, /classes, /assign <class> <set> [count] [due] [attempts N],",
            "/report <class> [set], /remove <class> <user>; send an article (.txt or a long message)",
            "for a draft set, then /drop <numbers>, /publish [id] or /discard.",
            "Admins: /teacher add|remove <user>, /retire <set>, and send a question-set file",
            "(JSON, GIFT, Aiken, CSV) to load it.",
            "",
            "Answer with the buttons, or type the answer when a question asks you to.");
    }

    private static final String HELP_HINT = "Type /help to see what I can do.";

    private List<Reply> start(User user, long chat) {
        var replies = new ArrayList<Reply>();
        replies.add(new Reply.Text(chat, "Hello, " + user.name() + "! I make quizzes from articles. " + HELP_HINT));
        Optional<QuestionView> current = quizzes.resume(user.id(), chat);
        if (current.isPresent()) {
            replies.add(new Reply.Text(chat, "You have a quiz in progress; here is where you left off."));
            replies.add(question(chat, current.get()));
        } else {
            replies.addAll(sets(chat, "Pick a set to start a quiz:"));
        }
        return replies;
    }

    /** A deep link, {@code t.me/<bot>?start=<payload>}: {@code join_<code>} joins a class, {@code quiz_<set>} starts a quiz. */
    private List<Reply> deepLink(User user, long chat, String payload) {
        Matcher join = TeacherChat.JOIN_LINK.matcher(payload);
        if (join.matches()) {
            return teaching.join(user, chat, join.group(1));
        }
        Matcher quiz = QUIZ_LINK.matcher(payload);
        if (quiz.matches() && quizzes.set(quiz.group(1)).isPresent()) {
            return startQuiz(user, chat, quiz.group(1), settings.questionsPerQuiz());
        }
        var replies = new ArrayList<Reply>();
        replies.add(new Reply.Text(chat, "That link does not lead anywhere (any more)."));
        replies.addAll(start(user, chat));
        return replies;
    }

    private List<Reply> sets(long chat, String heading) {
        List<StoredSet> sets = quizzes.sets();
        if (sets.isEmpty()) {
            return List.of(new Reply.Text(chat, "No question sets are loaded yet."));
        }
        var buttons = new ArrayList<Reply.Button>();
        var text = new StringBuilder(heading);
        for (StoredSet set : sets) {
            QuestionSet content = set.content();
            String loader = teaching.loaderName(set);
            text.append("\n• ").append(content.title()).append(" (").append(set.id()).append(", version ").append(set.version())
                    .append(loader == null ? "" : " by " + loader).append(", ").append(content.questions().size()).append(" questions)");
            buttons.add(new Reply.Button(content.title(), "s:" + set.id()));
        }
        return List.of(new Reply.Buttons(chat, text.toString(), buttons));
    }

    /** What "/quiz [set] [count]" asks for: the set (null when not named and not obvious) and the count. */
    private record QuizRequest(String setId, int count) {
    }

    private QuizRequest quizRequest(String argument) {
        int count = settings.questionsPerQuiz();
        String setId = null;
        for (String word : argument.isEmpty() ? new String[0] : argument.split("\\s+")) {
            if (word.matches("\\d{1,4}")) {
                count = Integer.parseInt(word);
            } else {
                setId = word;
            }
        }
        List<StoredSet> sets = quizzes.sets();
        return new QuizRequest(setId == null && sets.size() == 1 ? sets.get(0).id() : setId, count);
    }

    private List<Reply> quiz(User user, long chat, String argument) {
        QuizRequest request = quizRequest(argument);
        String setId = request.setId();
        int count = request.count();
        if (count < 1) {
            return List.of(new Reply.Text(chat, "A quiz needs at least one question."));
        }
        if (setId == null) {
            return sets(chat, "Which set? Pick one, or type /quiz <set> [count]:");
        }
        if (quizzes.set(setId).isEmpty()) {
            var replies = new ArrayList<Reply>();
            replies.add(new Reply.Text(chat, "There is no set \"" + setId + "\"."));
            replies.addAll(sets(chat, "These are the sets:"));
            return replies;
        }
        return startQuiz(user, chat, setId, count);
    }

    private List<Reply> startQuiz(User user, long chat, String setId, int count) {
        if (!starts.take(user.id())) {
            return tooManyStarts(user, chat);
        }
        QuestionView first = quizzes.start(user, chat, setId, count, settings.timeLimit());
        String limit = first.timeLimit() == null ? "" : " You have " + first.timeLimit().toSeconds() + " s per question.";
        return List.of(new Reply.Text(chat, "Quiz: " + first.setTitle() + ", " + first.total() + " questions." + limit),
                question(chat, first));
    }

    private List<Reply> tooManyStarts(User user, long chat) {
        return startRefusals.take(user.id()) ? List.of(new Reply.Text(chat, TOO_MANY_STARTS)) : List.of();
    }

    private List<Reply> stop(User user, long chat) {
        return quizzes.stop(user.id(), chat)
                .<List<Reply>>map(summary -> List.of(new Reply.Text(chat, "Quiz stopped. " + summaryText(summary))))
                .orElseGet(() -> List.of(new Reply.Text(chat, "No quiz is running. Start one with /quiz.")));
    }

    private List<Reply> review(User user, long chat) {
        if (!starts.take(user.id())) {
            return tooManyStarts(user, chat);
        }
        return quizzes.startReview(user, chat, settings.questionsPerQuiz(), settings.timeLimit())
                .<List<Reply>>map(first -> List.of(new Reply.Text(chat, "Review: " + first.total()
                        + " question" + (first.total() == 1 ? "" : "s") + " due, the ones you missed first."), question(chat, first)))
                .orElseGet(() -> List.of(new Reply.Text(chat, "Nothing is due for review. Well done!")));
    }

    private List<Reply> score(User user, long chat) {
        StatsStore.Totals totals = stats.totals(user.id());
        if (totals.answered() == 0) {
            return List.of(new Reply.Text(chat, "You have not answered any question yet. Start with /quiz."));
        }
        var text = new StringBuilder("Your score: " + totals.correct() + " right of " + totals.answered() + " answered ("
                + percent(totals.correct(), totals.answered()) + "), " + totals.quizzes() + " quiz"
                + (totals.quizzes() == 1 ? "" : "zes") + " finished.\nLast quizzes:");
        for (StatsStore.QuizResult result : stats.recentQuizzes(user.id(), 5)) {
            text.append("\n• ").append(result.setTitle()).append(": ").append(result.correct()).append("/")
                    .append(result.questions()).append(switch (result.status()) {
                        case ACTIVE -> " (in progress)";
                        case STOPPED -> " (stopped)";
                        case FINISHED -> "";
                    });
        }
        return List.of(new Reply.Text(chat, text.toString()));
    }

    /** The leaderboard of everyone, or in a group of that group's answers only. */
    private List<Reply> top(long chat, boolean group) {
        List<StatsStore.Standing> standings = stats.leaderboard(group ? chat : null, 10);
        if (standings.isEmpty()) {
            return List.of(new Reply.Text(chat, "No answers yet: the leaderboard is empty."));
        }
        var text = new StringBuilder(group ? "This group's leaderboard (right answers):" : "Leaderboard (right answers):");
        for (int i = 0; i < standings.size(); i++) {
            StatsStore.Standing standing = standings.get(i);
            text.append("\n").append(i + 1).append(". ").append(standing.name()).append(" – ").append(standing.correct())
                    .append(" of ").append(standing.answered());
        }
        return List.of(new Reply.Text(chat, text.toString()));
    }

    private List<Reply> statsByKind(User user, long chat) {
        List<StatsStore.KindShare> shares = stats.byKind(user.id());
        if (shares.isEmpty()) {
            return List.of(new Reply.Text(chat, "No answers yet. Start with /quiz."));
        }
        var text = new StringBuilder("Right answers by kind:");
        for (StatsStore.KindShare share : shares) {
            text.append("\n• ").append(KIND_NAMES.get(share.kind())).append(": ").append(share.correct()).append(" of ")
                    .append(share.answered()).append(" (").append(percent(share.correct(), share.answered())).append(")");
        }
        return List.of(new Reply.Text(chat, text.toString()));
    }

    /** In a group: quizzes are played with polls by everyone, and only group commands apply. */
    private List<Reply> onGroupCommand(Incoming.Text message, String command, String argument) {
        long chat = message.chatId();
        return switch (command) {
            case "quiz" -> groupQuiz(message.from(), chat, argument);
            case "stop" -> stopGroupQuiz(message.from(), chat);
            case "top" -> top(chat, true);
            case "sets" -> sets(chat, "Question sets (start one with its button):");
            case "start", "help" -> List.of(new Reply.Text(chat, GROUP_HELP));
            default -> List.of(); // other commands are for private chats; in a group they would only be noise
        };
    }

    /** Only the member who started a group quiz, a teacher or an admin may stop it. */
    private List<Reply> stopGroupQuiz(User user, long chat) {
        GroupQuizzes.StopResult result = groupQuizzes.stop(chat, user.id(), teaching.canTeach(user));
        if (result instanceof GroupQuizzes.StopResult.Stopped) {
            return List.of(new Reply.Text(chat, "Group quiz stopped."), top(chat, true).get(0));
        }
        if (result instanceof GroupQuizzes.StopResult.NotAllowed) {
            return List.of(new Reply.Text(chat, "Only the member who started this quiz, or a teacher, can stop it."));
        }
        return List.of(new Reply.Text(chat, "No group quiz is running. Start one with /quiz."));
    }

    private static final String GROUP_HELP = String.join("\n",
            "Quizbot plays quizzes with the whole group: each question is a quiz poll, everyone answers.",
            "",
            "/quiz [set] [count] – start a group quiz",
            "/stop – stop the group quiz",
            "/top – this group's leaderboard",
            "/sets – the question sets",
            "/help – this list",
            "",
            "For quizzes of your own, your score and reviews, talk to me in a private chat.");

    private List<Reply> groupQuiz(User user, long chat, String argument) {
        QuizRequest request = quizRequest(argument);
        if (request.setId() == null || quizzes.set(request.setId()).isEmpty() || request.count() < 1) {
            return sets(chat, "Which set? Pick one, or type /quiz <set> [count]:");
        }
        return startGroupQuiz(user, chat, request.setId(), request.count());
    }

    private List<Reply> startGroupQuiz(User user, long chat, String setId, int count) {
        if (!starts.take(user.id())) {
            return tooManyStarts(user, chat);
        }
        return groupQuizzes.start(chat, user, setId, count, settings.pollPeriod())
                .<List<Reply>>map(first -> List.of(new Reply.Text(chat, "Group quiz: " + first.setTitle() + ", " + first.total()
                        + " questions, " + first.openPeriod().toSeconds() + " s each. Answer the polls!"), poll(first)))
                .orElseGet(() -> List.of(new Reply.Text(chat, "That set has no question a poll can ask (only typed ones).")));
    }

    private List<Reply> onPollClosed(Incoming.PollClosed closed) {
        GroupQuizzes.Step step = groupQuizzes.pollClosed(closed.runId(), closed.position());
        if (step instanceof GroupQuizzes.Step.Next next) {
            return List.of(poll(next.poll()));
        }
        if (step instanceof GroupQuizzes.Step.Finished finished) {
            long chat = closed.chatId();
            return List.of(new Reply.Text(chat, "Group quiz finished: " + finished.setTitle() + "."), top(chat, true).get(0));
        }
        return List.of();
    }

    /** A group question as a quiz poll; the heading is dropped if the prompt would not fit Telegram's 300 characters. */
    private static Reply.Poll poll(GroupPoll poll) {
        String heading = (poll.position() + 1) + "/" + poll.total() + " · " + KIND_NAMES.get(poll.question().kind()) + "\n";
        String prompt = poll.question().prompt();
        String question = heading.length() + prompt.length() <= Limits.MAX_PROMPT ? heading + prompt : prompt;
        return new Reply.Poll(poll.chatId(), poll.runId(), poll.position(), question, poll.options(), poll.correctOption(),
                poll.question().explanation(), (int) poll.openPeriod().toSeconds());
    }

    private List<Reply> onTypedAnswer(Incoming.Text message, String text) {
        long chat = message.chatId();
        Optional<QuestionView> current = quizzes.current(message.from().id(), chat);
        if (current.isEmpty() && ArticleQuestions.Source.isLink(text) && teaching.canTeach(message.from())) {
            return teaching.article(message.from(), chat, new ArticleQuestions.Source.Link(text), "article-" + Math.abs(text.hashCode()));
        }
        if (current.isEmpty() && text.split("\\s+").length >= TeacherChat.ARTICLE_WORDS && teaching.canTeach(message.from())) {
            return teaching.article(message.from(), chat, new ArticleQuestions.Source.Text(text), "article-" + Math.abs(text.hashCode()));
        }
        if (current.isEmpty()) {
            return List.of(new Reply.Text(chat, "No quiz is running. " + HELP_HINT));
        }
        QuestionView view = current.get();
        if (view.question().type() == QuestionType.TYPED) {
            return feedback(chat, quizzes.type(message.from().id(), chat, text));
        }
        int option = view.options().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList().indexOf(text.toLowerCase(Locale.ROOT));
        if (option < 0) {
            return List.of(new Reply.Text(chat, "Please answer with one of the buttons."), question(chat, view));
        }
        return feedback(chat, quizzes.choose(message.from().id(), chat, view.sessionId(), view.position(), option));
    }

    private List<Reply> onPress(Incoming.Press press) {
        long chat = press.chatId();
        String data = press.data() == null ? "" : press.data();
        Matcher answer = ANSWER_DATA.matcher(data);
        if (answer.matches() && press.group()) {
            return List.of(new Reply.Notice(chat, "In a group, answer with the poll."));
        }
        if (answer.matches()) {
            return feedback(chat, quizzes.choose(press.from().id(), chat, Long.parseLong(answer.group(1)),
                    Integer.parseInt(answer.group(2)), Integer.parseInt(answer.group(3))));
        }
        Matcher homework = TeacherChat.HOMEWORK_DATA.matcher(data);
        if (homework.matches() && !press.group()) {
            return teaching.take(press.from(), chat, Long.parseLong(homework.group(1)));
        }
        Matcher set = SET_DATA.matcher(data);
        if (set.matches() && quizzes.set(set.group(1)).isPresent() && press.group()) {
            return startGroupQuiz(press.from(), chat, set.group(1), settings.questionsPerQuiz());
        }
        if (set.matches() && quizzes.set(set.group(1)).isPresent()) {
            if (quizzes.current(press.from().id(), chat).isPresent()) {
                return List.of(new Reply.Notice(chat, "You have a quiz in progress: answer it, or /stop it first."));
            }
            return startQuiz(press.from(), chat, set.group(1), settings.questionsPerQuiz());
        }
        return List.of(new Reply.Notice(chat, "That button is no longer valid."));
    }

    private List<Reply> feedback(long chat, AnswerResult result) {
        if (result instanceof AnswerResult.AlreadyAnswered) {
            return List.of(new Reply.Notice(chat, "You already answered that question."));
        }
        if (!(result instanceof AnswerResult.Judged judged)) {
            return List.of(new Reply.Notice(chat, "That question is not open any more."));
        }
        AnswerResult.Feedback feedback = judged.feedback();
        String verdict;
        if (judged instanceof AnswerResult.Correct) {
            verdict = "✅ Right!" + (feedback.streak() >= 2 ? " 🔥 " + feedback.streak() + " in a row." : "");
        } else if (judged instanceof AnswerResult.Expired) {
            verdict = "⌛ Time is up. The answer is: " + feedback.rightAnswer();
        } else {
            verdict = "❌ Not quite. The answer is: " + feedback.rightAnswer();
        }
        String explanation = feedback.explanation() == null ? "" : "\n" + feedback.explanation();
        var replies = new ArrayList<Reply>();
        replies.add(new Reply.Verdict(chat, questionText(feedback.answered()), verdict + explanation));
        if (feedback.finished()) {
            replies.add(new Reply.Text(chat, "Quiz finished! " + summaryText(feedback.summary())
                    + "\nPlay again with /quiz, see your progress with /score, or review with /review."));
        } else {
            replies.add(question(chat, feedback.next()));
        }
        return replies;
    }

    /** A question as a message: its number, kind and prompt, with a button per option (none for a typed question). */
    static Reply question(long chat, QuestionView view) {
        String text = questionText(view);
        if (view.question().type() == QuestionType.TYPED) {
            return new Reply.Text(chat, text + "\n(Type your answer.)");
        }
        var buttons = new ArrayList<Reply.Button>();
        for (int i = 0; i < view.options().size(); i++) {
            buttons.add(new Reply.Button(view.options().get(i), "a:" + view.sessionId() + ":" + view.position() + ":" + i));
        }
        return new Reply.Buttons(chat, text, buttons);
    }

    private static String questionText(QuestionView view) {
        return "Question " + (view.position() + 1) + "/" + view.total() + " · " + KIND_NAMES.get(view.question().kind())
                + "\n" + view.question().prompt();
    }

    static String summaryText(Summary summary) {
        var text = new StringBuilder();
        text.append(summary.correct()).append("/").append(summary.session().size()).append(" right");
        if (summary.answered() < summary.session().size()) {
            text.append(" (").append(summary.answered()).append(" answered)");
        }
        text.append(" · best streak ").append(summary.bestStreak()).append(" · ").append(duration(summary.time()));
        if (!summary.byKind().isEmpty()) {
            text.append("\nBy kind:");
            for (Kind kind : Kind.values()) {
                Summary.KindScore score = summary.byKind().get(kind);
                if (score != null) {
                    text.append(" ").append(KIND_NAMES.get(kind)).append(" ").append(score.correct()).append("/").append(score.answered()).append(";");
                }
            }
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    private static String duration(Duration time) {
        long seconds = time.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }

    private List<Reply> onDocument(Incoming.Document document) {
        long chat = document.chatId();
        String name = document.fileName() == null ? "file" : document.fileName();
        if (document.group()) {
            return teaching.canTeach(document.from())
                    ? List.of(new Reply.Text(chat, "Send articles and question sets to me in a private chat: here everyone"
                            + " would see the questions and their answers."))
                    : List.of(); // a group's files are not for the bot
        }
        if (document.size() > MAX_DOCUMENT_BYTES || document.content().length > MAX_DOCUMENT_BYTES) {
            long size = Math.max(document.size(), document.content().length);
            return List.of(new Reply.Text(chat, QuestionSetFiles.tooLargeMessage(name, size) + ": a question set or an"
                    + " article is much smaller."));
        }
        if (ArticleQuestions.Source.isPageName(name) && teaching.canTeach(document.from())) {
            return teaching.article(document.from(), chat, new ArticleQuestions.Source.Html(document.content()),
                    QuestionSetFiles.idFromFileName(name));
        }
        if (!QuestionSetFiles.isQuestionSetFile(name)) {
            return List.of(new Reply.Text(chat, "I read question sets as .json, .gift, .aiken, .txt or .csv files, and teachers'"
                    + " articles as .txt or .html; \"" + name + "\" is none of these."));
        }
        if (teaching.isArticle(document.from(), name, document.content())) {
            return teaching.article(document.from(), chat, new ArticleQuestions.Source.Text(new String(document.content(),
                    java.nio.charset.StandardCharsets.UTF_8)),
                    QuestionSetFiles.idFromFileName(name));
        }
        Optional<List<Reply>> loaded = teaching.load(document.from(), chat, name, document.content());
        if (loaded.isPresent()) {
            return loaded.get();
        }
        try {
            QuestionSet set = QuestionSetFiles.parse(name, document.content());
            return List.of(new Reply.Text(chat, "\"" + name + "\" is a valid question set: " + set.title() + ", "
                    + set.questions().size() + " questions. Ask an admin to load it."));
        } catch (QuestionSetFileException e) {
            return List.of(new Reply.Text(chat, "That file is not a valid question set: " + e.getMessage()));
        }
    }
}
