package quizbot.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetFileException;
import quizbot.questions.QuestionSetFiles;
import quizbot.quiz.Classes;
import quizbot.quiz.Classroom;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.QuestionView;
import quizbot.quiz.User;
import quizbot.report.ClassReport;
import quizbot.report.ReportChart;
import quizbot.report.ReportCsv;
import quizbot.report.ReportText;

/**
 * The teacher and admin side of the conversation: roles, classes and their join links,
 * assignments and homework, reports (table, chart, CSV), and question sets loaded from documents.
 * Every privileged command is checked by {@link Classes}, which refuses with a reason. Thread-safe
 * when {@link Classes} is.
 */
final class TeacherChat {

    private static final Pattern ASSIGN = Pattern.compile(
            "^(?<CLASS>\\S+)\\s+(?<SET>[A-Za-z0-9_-]+)(?:\\s+(?<COUNT>\\d{1,4}))?(?:\\s+(?<DUE>\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?))?"
                    + "(?:\\s+attempts\\s+(?<ATTEMPTS>\\d{1,3}))?$");
    static final Pattern JOIN_LINK = Pattern.compile("join_([A-Za-z0-9]{4,32})");
    static final Pattern HOMEWORK_DATA = Pattern.compile("h:(\\d{1,18})");

    /** A message this long from a teacher, outside a quiz, is taken as an article to make questions from. */
    static final int ARTICLE_WORDS = 60;
    private static final int PREVIEW_QUESTIONS = 5;

    private final Classes classes;
    private final ArticleQuestions articles;
    private final String botUsername;

    TeacherChat(Classes classes, ArticleQuestions articles, String botUsername) {
        this.classes = classes;
        this.articles = articles;
        this.botUsername = botUsername;
    }

    boolean canTeach(User user) {
        return classes.canTeach(user.id());
    }

    String loaderName(quizbot.quiz.StoredSet set) {
        return classes.loaderName(set);
    }

    /** An article from a teacher: the generated set becomes their draft, shown as a preview. Slow work. */
    List<Reply> article(User teacher, long chat, ArticleQuestions.Source source, String setId) {
        if (!classes.canTeach(teacher.id())) {
            return say(chat, "Only teachers can make question sets from articles.");
        }
        String started = source instanceof ArticleQuestions.Source.Link ? "Reading the page behind your link; the draft follows in a moment."
                : "Reading your article; the draft follows in a moment.";
        return List.of(new Reply.Slow(chat, teacher.id(), started, () -> draft(teacher, chat, source, setId)));
    }

    private List<Reply> draft(User teacher, long chat, ArticleQuestions.Source source, String setId) {
        ArticleQuestions.Draft draft;
        try {
            draft = articles.generate(source, setId);
        } catch (IllegalArgumentException e) {
            return say(chat, (source instanceof ArticleQuestions.Source.Link ? "I could not make questions from that link: "
                    : "I could not make questions from that article: ") + e.getMessage());
        }
        classes.keepDraft(teacher, draft.set());
        String cut = draft.cut() ? String.format("The article is long: I read its first %,d of %,d words.%n", draft.wordsUsed(),
                draft.wordsTotal()) : "";
        return say(chat, cut + preview("Draft", draft.set()));
    }

    /** "11 date, 6 organisation, 5 person": how many questions of each kind. */
    private static String kinds(QuestionSet set) {
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        set.questions().forEach(question -> byKind.merge(question.kind(), 1, Integer::sum));
        return byKind.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey().jsonName())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String preview(String heading, QuestionSet set) {
        var text = new StringBuilder(heading + ": " + set.title() + " (" + set.id() + "), " + set.questions().size()
                + " questions: " + kinds(set) + ".");
        for (int i = 0; i < set.questions().size(); i++) {
            Question question = set.questions().get(i);
            if (i < PREVIEW_QUESTIONS) {
                text.append("\n").append(i + 1).append(". ").append(question.prompt()).append(" → ").append(question.correctAnswer());
            }
        }
        if (set.questions().size() > PREVIEW_QUESTIONS) {
            text.append("\n… and ").append(set.questions().size() - PREVIEW_QUESTIONS).append(" more.");
        }
        return text.append("\n/drop <numbers> drops questions, /publish [id] publishes the set, /discard throws it away.").toString();
    }

    void seen(User user) {
        classes.seen(user);
    }

    /** The replies to a teacher or admin command, or empty when the command is none of theirs. */
    Optional<List<Reply>> command(User user, long chat, String command, String argument) {
        List<Reply> replies = switch (command) {
            case "teacher" -> teacher(user, chat, argument);
            case "newclass" -> newClass(user, chat, argument);
            case "classes" -> classesOf(user, chat);
            case "remove" -> remove(user, chat, argument);
            case "assign" -> assign(user, chat, argument);
            case "homework" -> homework(user, chat);
            case "report" -> report(user, chat, argument);
            case "retire" -> retire(user, chat, argument.strip());
            case "drop" -> drop(user, chat, argument);
            case "publish" -> publish(user, chat, argument.strip());
            case "discard" -> outcome(chat, classes.discard(user), done -> "The draft is thrown away.");
            default -> null;
        };
        return Optional.ofNullable(replies);
    }

    private static List<Reply> say(long chat, String text) {
        return List.of(new Reply.Text(chat, text));
    }

    private static <T> String reason(Classes.Outcome<T> outcome) {
        return ((Classes.Outcome.Refused<T>) outcome).reason();
    }

    private static <T> List<Reply> outcome(long chat, Classes.Outcome<T> outcome, java.util.function.Function<T, String> text) {
        return outcome instanceof Classes.Outcome.Done<T> done ? say(chat, text.apply(done.value())) : say(chat, reason(outcome));
    }

    private List<Reply> retire(User admin, long chat, String setId) {
        return outcome(chat, classes.retire(admin, setId), id -> "Set " + id + " is retired: no new quizzes or assignments,"
                + " past results stay. Loading it again brings it back.");
    }

    private List<Reply> drop(User teacher, long chat, String argument) {
        var numbers = new java.util.HashSet<Integer>();
        for (String word : argument.split("[\\s,]+")) {
            if (word.matches("\\d{1,4}")) {
                numbers.add(Integer.parseInt(word));
            } else if (!word.isBlank()) {
                return say(chat, "Usage: /drop <question numbers>, e.g. /drop 2 5 7");
            }
        }
        if (numbers.isEmpty()) {
            return say(chat, "Usage: /drop <question numbers>, e.g. /drop 2 5 7");
        }
        return outcome(chat, classes.dropFromDraft(teacher, numbers), set -> preview("Draft", set));
    }

    private List<Reply> publish(User teacher, long chat, String id) {
        return outcome(chat, classes.publish(teacher, id.isEmpty() ? null : id), loaded -> "Published "
                + loaded.set().id() + " version " + loaded.set().version() + " (" + loaded.set().content().questions().size()
                + " questions). Play it with /quiz " + loaded.set().id() + " or give it to a class with /assign <class> "
                + loaded.set().id() + ".");
    }

    private List<Reply> teacher(User admin, long chat, String argument) {
        String[] words = argument.split("\\s+");
        if (words.length != 2 || !(words[0].equals("add") || words[0].equals("remove"))) {
            return say(chat, "Usage: /teacher add|remove <user id or @username>");
        }
        boolean add = words[0].equals("add");
        Classes.Outcome<User> outcome = classes.setTeacher(admin, words[1], add);
        if (outcome instanceof Classes.Outcome.Done<User> done) {
            return say(chat, done.value().name() + (add ? " is a teacher now." : " is no longer a teacher."));
        }
        return say(chat, reason(outcome));
    }

    private List<Reply> newClass(User teacher, long chat, String name) {
        if (name.isBlank()) {
            return say(chat, "Usage: /newclass <name>");
        }
        Classes.Outcome<Classroom> outcome = classes.createClass(teacher, name);
        if (outcome instanceof Classes.Outcome.Done<Classroom> done) {
            return say(chat, "Class " + done.value().name() + " is ready. Learners join with this link:\n"
                    + joinLink(done.value()) + "\n(or by sending me /start join_" + done.value().joinCode() + ")");
        }
        return say(chat, reason(outcome));
    }

    private String joinLink(Classroom classroom) {
        return botUsername == null ? "/start join_" + classroom.joinCode()
                : "https://t.me/" + botUsername + "?start=join_" + classroom.joinCode();
    }

    private List<Reply> classesOf(User teacher, long chat) {
        Classes.Outcome<List<Classes.ClassSummary>> outcome = classes.classesOf(teacher);
        if (!(outcome instanceof Classes.Outcome.Done<List<Classes.ClassSummary>> done)) {
            return say(chat, reason(outcome));
        }
        if (done.value().isEmpty()) {
            return say(chat, "You have no classes yet. Create one with /newclass <name>.");
        }
        var text = new StringBuilder("Your classes:");
        for (Classes.ClassSummary summary : done.value()) {
            text.append("\n• ").append(summary.classroom().name()).append(": ").append(summary.members()).append(" member")
                    .append(summary.members() == 1 ? "" : "s").append(" · ").append(joinLink(summary.classroom()));
        }
        return say(chat, text.toString());
    }

    private List<Reply> remove(User teacher, long chat, String argument) {
        String[] words = argument.split("\\s+");
        if (words.length != 2) {
            return say(chat, "Usage: /remove <class> <user id or @username>");
        }
        Classes.Outcome<User> outcome = classes.removeMember(teacher, words[0], words[1]);
        if (outcome instanceof Classes.Outcome.Done<User> done) {
            return say(chat, done.value().name() + " is no longer in " + words[0] + ".");
        }
        return say(chat, reason(outcome));
    }

    /** {@code /assign <class> <set> [count] [YYYY-MM-DD[THH:MM]] [attempts N]}; deadlines are UTC; members are told. */
    private List<Reply> assign(User teacher, long chat, String argument) {
        Matcher matcher = ASSIGN.matcher(argument.strip());
        if (!matcher.matches()) {
            return say(chat, "Usage: /assign <class> <set> [count] [due date YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC] [attempts N]");
        }
        Instant due;
        try {
            due = deadline(matcher.group("DUE"));
        } catch (DateTimeParseException e) {
            return say(chat, "\"" + matcher.group("DUE") + "\" is no date; write it as 2026-05-31 or 2026-05-31T18:00 (UTC).");
        }
        Integer count = matcher.group("COUNT") == null ? null : Integer.valueOf(matcher.group("COUNT"));
        Integer attempts = matcher.group("ATTEMPTS") == null ? null : Integer.valueOf(matcher.group("ATTEMPTS"));
        String className = matcher.group("CLASS");
        Classes.Outcome<List<User>> outcome = classes.assign(teacher, className, matcher.group("SET"), count, due, attempts);
        if (!(outcome instanceof Classes.Outcome.Done<List<User>> done)) {
            return say(chat, reason(outcome));
        }
        var replies = new ArrayList<Reply>();
        String terms = (due == null ? "" : ", due " + due.toString().replace("T", " ").replace(":00Z", " UTC"))
                + (attempts == null ? "" : ", " + attempts + " attempt" + (attempts == 1 ? "" : "s"));
        replies.add(new Reply.Text(chat, "Assigned " + matcher.group("SET") + " to " + className + terms + "; "
                + done.value().size() + " member" + (done.value().size() == 1 ? "" : "s") + " told."));
        for (User member : done.value()) {
            replies.add(new Reply.Text(member.id(), "New homework from " + teacher.name() + " for " + className + terms
                    + ". See /homework."));
        }
        return replies;
    }

    private static Instant deadline(String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.replace(' ', 'T');
        return normalized.contains("T") ? LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC)
                : LocalDate.parse(normalized).atTime(23, 59).toInstant(ZoneOffset.UTC);
    }

    private List<Reply> homework(User learner, long chat) {
        List<Classes.Homework> open = classes.homework(learner);
        if (open.isEmpty()) {
            return say(chat, "No homework is open for you.");
        }
        var text = new StringBuilder("Your homework:");
        var buttons = new ArrayList<Reply.Button>();
        for (Classes.Homework work : open) {
            var assignment = work.assignment();
            text.append("\n• ").append(work.classroom().name()).append(": ").append(work.setTitle()).append(", ")
                    .append(assignment.questionIds().size()).append(" questions")
                    .append(assignment.due() == null ? "" : ", due " + assignment.due().toString().replace("T", " ").replace(":00Z", " UTC"))
                    .append(assignment.attemptLimit() == null ? "" : ", attempt " + (work.attemptsUsed() + 1) + " of " + assignment.attemptLimit());
            buttons.add(new Reply.Button(work.classroom().name() + ": " + work.setTitle(), "h:" + assignment.id()));
        }
        return List.of(new Reply.Buttons(chat, text.toString(), buttons));
    }

    /** A press on a homework button: the attempt starts like any quiz. */
    List<Reply> take(User learner, long chat, long assignmentId) {
        Classes.Outcome<QuestionView> outcome = classes.take(learner, chat, assignmentId);
        if (outcome instanceof Classes.Outcome.Done<QuestionView> done) {
            return List.of(new Reply.Text(chat, "Homework: " + done.value().setTitle() + ", " + done.value().total() + " questions."),
                    Conversation.question(chat, done.value()));
        }
        return List.of(new Reply.Notice(chat, reason(outcome)));
    }

    List<Reply> join(User learner, long chat, String code) {
        Classes.Outcome<Classroom> outcome = classes.join(learner, code);
        if (outcome instanceof Classes.Outcome.Done<Classroom> done) {
            return say(chat, "Welcome to " + done.value().name() + "! Your teacher's assignments appear in /homework.");
        }
        return say(chat, reason(outcome));
    }

    private List<Reply> report(User teacher, long chat, String argument) {
        String[] words = argument.isBlank() ? new String[0] : argument.split("\\s+");
        if (words.length < 1 || words.length > 2) {
            return say(chat, "Usage: /report <class> [set]");
        }
        return List.of(new Reply.Slow(chat, teacher.id(), null, () -> report(teacher, chat, words)));
    }

    /** The report itself: reads every attempt and draws the chart, so it runs as slow work. */
    private List<Reply> report(User teacher, long chat, String[] words) {
        Classes.Outcome<ClassReport> outcome = classes.report(teacher, words[0], words.length == 2 ? words[1] : null);
        if (!(outcome instanceof Classes.Outcome.Done<ClassReport> done)) {
            return say(chat, reason(outcome));
        }
        ClassReport report = done.value();
        String name = report.className().replaceAll("[^A-Za-z0-9_-]+", "-");
        return List.of(new Reply.Text(chat, ReportText.table(report)),
                new Reply.Photo(chat, name + ".png", ReportChart.png(report), "Scores and questions: " + report.className()),
                new Reply.Document(chat, name + ".csv", ReportCsv.utf8WithBom(report),
                        "The report as CSV, for a spreadsheet"));
    }

    /**
     * A .txt file from a teacher that does not have the shape of a question bank (Aiken) is an
     * article to make questions from; a broken bank is reported as one, with its error.
     */
    boolean isArticle(User user, String fileName, byte[] content) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") && classes.canTeach(user.id())
                && !QuestionSetFiles.looksLikeQuestionBank(fileName, content);
    }

    /**
     * A document from an admin that holds a question set (JSON, GIFT, Aiken or CSV) is loaded;
     * empty when the sender is no admin (the document is then only checked).
     */
    Optional<List<Reply>> load(User user, long chat, String fileName, byte[] content) {
        if (!classes.isAdmin(user.id()) || !QuestionSetFiles.isQuestionSetFile(fileName)) {
            return Optional.empty();
        }
        if (isArticle(user, fileName, content)) {
            return Optional.empty();
        }
        try {
            QuestionSet set = QuestionSetFiles.parse(fileName, content);
            Classes.Outcome<QuestionSetStore.Loaded> outcome = classes.loadSet(user, set);
            QuestionSetStore.Loaded loaded = ((Classes.Outcome.Done<QuestionSetStore.Loaded>) outcome).value();
            return Optional.of(say(chat, (loaded.added() ? "Loaded " : "Unchanged: ") + set.id() + " version "
                    + loaded.set().version() + ": " + set.title() + ", " + set.questions().size() + " questions ("
                    + kinds(set) + ")."));
        } catch (QuestionSetFileException e) {
            return Optional.of(say(chat, "Nothing was loaded: " + e.getMessage()));
        }
    }
}
