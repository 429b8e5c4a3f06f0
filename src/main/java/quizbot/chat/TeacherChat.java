package quizbot.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.failure.QuizbotException;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetFileException;
import quizbot.questions.QuestionSetFiles;
import quizbot.quiz.Classroom;
import quizbot.quiz.DraftSet;
import quizbot.quiz.Drafts;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.Outcome;
import quizbot.quiz.QuestionView;
import quizbot.quiz.Refusal;
import quizbot.quiz.Roles;
import quizbot.quiz.StoredSet;
import quizbot.quiz.Teaching;
import quizbot.quiz.User;

/**
 * What the teacher and admin side of the chat shares: roles, drafts from articles and their
 * pages, join links, homework presses, and question sets loaded from documents. Every privileged
 * request is checked by the teaching core, which refuses with a {@link Refusal}. Thread-safe when
 * the core is.
 */
final class TeacherChat {

    static final Pattern JOIN_LINK = Pattern.compile("join_([A-Za-z0-9]{4,32})");
    /** A message this long from a teacher, outside a quiz, is taken as an article to make questions from. */
    static final int ARTICLE_WORDS = 60;

    final Teaching teaching;
    final AssignWalk assignWalk;
    private final Roles roles;
    private final ArticleQuestions articles;
    private final String botUsername;
    /** The article each teacher sent during a quiz, until they press "Make a draft of it". */
    private final Map<Long, String> offered = new ConcurrentHashMap<>();

    TeacherChat(Teaching teaching, ArticleQuestions articles, String botUsername, AssignWalk assignWalk) {
        this.teaching = teaching;
        this.assignWalk = assignWalk;
        this.roles = teaching.roles();
        this.articles = articles;
        this.botUsername = botUsername;
    }

    Role role(User user) {
        return roles.isAdmin(user.id()) ? Role.ADMIN : roles.canTeach(user.id()) ? Role.TEACHER : Role.LEARNER;
    }

    boolean canTeach(User user) {
        return roles.canTeach(user.id());
    }

    String loaderName(StoredSet set) {
        return roles.loaderName(set);
    }

    void seen(User user) {
        roles.seen(user);
    }

    /** The done value worded by {@code text}, or the refusal in {@link RefusalTexts}' words. */
    static <T> List<Reply> worded(long chat, Outcome<T> outcome, Function<T, String> text) {
        return worded(chat, outcome, text, reason -> null);
    }

    /** As {@link #worded(long, Outcome, Function)}, with the command's own words for some refusals (null for the others). */
    static <T> List<Reply> worded(long chat, Outcome<T> outcome, Function<T, String> text, Function<Refusal, String> ownWords) {
        if (outcome instanceof Outcome.Done<T> done) {
            return Command.say(chat, text.apply(done.value()));
        }
        Refusal reason = ((Outcome.Refused<T>) outcome).reason();
        String own = ownWords.apply(reason);
        return Command.say(chat, own != null ? own : RefusalTexts.words(reason));
    }

    /** An article from a teacher: the generated set becomes their draft, shown as its first page. Slow work. */
    List<Reply> article(User teacher, long chat, ArticleQuestions.Source source, String setId) {
        if (!roles.canTeach(teacher.id())) {
            return Command.say(chat, "Only teachers can make question sets from articles.");
        }
        String started = source instanceof ArticleQuestions.Source.Link ? "Reading the page behind your link; the draft follows in a moment."
                : "Reading your article; the draft follows in a moment.";
        return List.of(new Reply.Slow(chat, teacher.id(), started, () -> draft(teacher, chat, source, setId)));
    }

    /** A message's text as an article: a link is read, anything else taken as the article itself. */
    List<Reply> article(User teacher, long chat, String text) {
        ArticleQuestions.Source source = ArticleQuestions.Source.isLink(text) ? new ArticleQuestions.Source.Link(text)
                : new ArticleQuestions.Source.Text(text);
        return article(teacher, chat, source, "article-" + Math.abs(text.hashCode()));
    }

    private List<Reply> draft(User teacher, long chat, ArticleQuestions.Source source, String setId) {
        ArticleQuestions.Draft draft;
        try {
            draft = articles.generate(source, setId);
        } catch (QuizbotException e) {
            return Command.say(chat, Conversation.whenFailed(e, articleWord(source)));
        } catch (IllegalArgumentException e) { // a malformed link, or a generated question the set's format refuses
            return Command.say(chat, Conversation.noQuestionsFrom(articleWord(source), e.getMessage()));
        }
        // the set id follows the headline, not the file name or "article-…"
        Outcome<DraftSet> kept = teaching.drafts().keep(teacher, Drafts.titled(draft.set(), draft.set().title()), draft.reserve());
        if (!(kept instanceof Outcome.Done<DraftSet> done)) {
            return Command.say(chat, RefusalTexts.of(kept));
        }
        var replies = new ArrayList<Reply>();
        if (draft.cut()) {
            replies.add(new Reply.Text(chat, String.format("The article is long: I read its first %,d of %,d words.", draft.wordsUsed(),
                    draft.wordsTotal())));
        }
        replies.add(DraftPages.page(chat, done.value(), 1, false));
        return replies;
    }

    /** A press on a draft's ◀ ▶: that page, in place of the one pressed. */
    List<Reply> draftPage(User teacher, long chat, long created, int page) {
        Outcome<DraftSet> outcome = teaching.drafts().current(teacher, created);
        if (outcome instanceof Outcome.Done<DraftSet> done) {
            return List.of(DraftPages.page(chat, done.value(), Math.max(1, Math.min(page, DraftPages.count(done.value()))), true));
        }
        return List.of(new Reply.Notice(chat, RefusalTexts.of(outcome)));
    }

    /** A press on a question's ✕ or ↺: it is dropped or brought back (again: nothing changes), and its page shown again in place. */
    List<Reply> mark(User teacher, long chat, long created, int number, boolean drop) {
        Outcome<DraftSet> outcome = teaching.drafts().mark(teacher, created, number, drop);
        if (outcome instanceof Outcome.Done<DraftSet> done) {
            DraftSet draft = done.value();
            return List.of(new Reply.Notice(chat, "Question " + number + (draft.isDropped(number) ? " dropped" : " is back") + "; "
                    + draft.kept() + " of " + draft.size() + " kept."), DraftPages.page(chat, draft, DraftPages.pageOf(draft, number), true));
        }
        return List.of(new Reply.Notice(chat, RefusalTexts.of(outcome)));
    }

    private static String articleWord(ArticleQuestions.Source source) {
        return source instanceof ArticleQuestions.Source.Link ? "link" : "article";
    }

    /** "11 date, 6 organisation, 5 person": how many questions of each kind. */
    private static String kinds(QuestionSet set) {
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        set.questions().forEach(question -> byKind.merge(question.kind(), 1, Integer::sum));
        return byKind.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey().jsonName())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * An article a teacher sent during a quiz: not an answer. The bot offers a button to make a draft of it, and keeps
     * the text until then (one per teacher, in memory: after a restart the button asks for the text again).
     */
    Reply offerDraft(User teacher, long chat, String text) {
        offered.put(teacher.id(), text);
        return new Reply.Buttons(chat, "That looks like an article, not an answer, so I did not take it as one. Make a draft of it?"
                + " Your quiz goes on either way: answer the question above when you are ready.",
                List.of(new Reply.Button("Make a draft of it", new ButtonData.MakeDraft(ButtonData.key(text)))));
    }

    /** A press on "Make a draft of it": the article offered is read as if sent outside the quiz. */
    List<Reply> makeOfferedDraft(User teacher, long chat, String textKey) {
        String text = offered.get(teacher.id());
        if (text == null || !ButtonData.key(text).equals(textKey) || !offered.remove(teacher.id(), text)) {
            return List.of(new Reply.Notice(chat, "I no longer have that text; send it again as /article followed by the text."));
        }
        return article(teacher, chat, text);
    }

    String joinLink(Classroom classroom) {
        return botUsername == null ? "/start join_" + classroom.joinCode()
                : "https://t.me/" + botUsername + "?start=join_" + classroom.joinCode();
    }

    /** A press on a homework button: the attempt starts like any quiz. */
    List<Reply> take(User learner, long chat, long assignmentId) {
        Outcome<QuestionView> outcome = teaching.assignments().take(learner, chat, assignmentId);
        if (outcome instanceof Outcome.Done<QuestionView> done) {
            return List.of(new Reply.Text(chat, "Homework: " + done.value().setTitle() + ", " + QuizTexts.questions(done.value().total()) + "."),
                    QuizTexts.question(chat, done.value()));
        }
        return List.of(new Reply.Notice(chat, RefusalTexts.of(outcome)));
    }

    List<Reply> join(User learner, long chat, String code) {
        return worded(chat, teaching.classrooms().join(learner, code),
                classroom -> "Welcome to " + classroom.name() + "! Your teacher's assignments appear in /homework.");
    }

    /**
     * A .txt file from a teacher that does not have the shape of a question bank (Aiken) is an
     * article to make questions from; a broken bank is reported as one, with its error.
     */
    boolean isArticle(User user, String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".txt") && roles.canTeach(user.id())
                && !QuestionSetFiles.looksLikeQuestionBank(fileName, content);
    }

    /**
     * A document from an admin that holds a question set (JSON, GIFT, Aiken or CSV) is loaded;
     * empty when the sender is no admin (the document is then only checked).
     */
    Optional<List<Reply>> load(User user, long chat, String fileName, byte[] content) {
        if (!roles.isAdmin(user.id()) || !QuestionSetFiles.isQuestionSetFile(fileName)) {
            return Optional.empty();
        }
        if (isArticle(user, fileName, content)) {
            return Optional.empty();
        }
        try {
            QuestionSet set = QuestionSetFiles.parse(fileName, content);
            return Optional.of(worded(chat, teaching.catalogue().load(user, set), (QuestionSetStore.Loaded loaded) ->
                    (loaded.added() ? "Loaded " : "Unchanged: ") + set.id() + " version " + loaded.set().version() + ": "
                            + set.title() + ", " + QuizTexts.questions(set.questions().size()) + " (" + kinds(set) + ")."));
        } catch (QuestionSetFileException e) {
            return Optional.of(Command.say(chat, "Nothing was loaded: " + e.getMessage()));
        }
    }
}
