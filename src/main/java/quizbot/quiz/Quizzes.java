package quizbot.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;

/**
 * The quiz rules. A quiz draws questions from one set version and shuffles their order and
 * options with a seed kept in the session; one quiz is active per learner and chat; each question
 * is answered once (the answer's position is unique, so a double tap or a replayed press changes
 * nothing); feedback comes at once with the right answer and the explanation; an optional time
 * limit per question makes a late answer count as wrong; every answer moves its question in the
 * learner's Leitner review. Thread-safe when its stores are: it keeps no state of its own.
 */
public final class Quizzes {

    /** The most questions one quiz asks (private, review or group), whatever count is asked for. */
    public static final int MAX_QUESTIONS_PER_QUIZ = 100;


    private final QuestionSetStore sets;
    private final UserStore users;
    private final SessionStore sessions;
    private final AnswerStore answers;
    private final ReviewStore reviews;
    private final Clock clock;
    private final LongSupplier seeds;

    public Quizzes(QuestionSetStore sets, UserStore users, SessionStore sessions, AnswerStore answers, ReviewStore reviews,
                   Clock clock, LongSupplier seeds) {
        this.sets = sets;
        this.users = users;
        this.sessions = sessions;
        this.answers = answers;
        this.reviews = reviews;
        this.clock = clock;
        this.seeds = seeds;
    }

    public List<StoredSet> sets() {
        return sets.latestSets();
    }

    public Optional<StoredSet> set(String setId) {
        return sets.latest(setId);
    }

    /**
     * Starts a quiz of {@code count} questions (all, if the set has fewer; at least 1, at most
     * {@link #MAX_QUESTIONS_PER_QUIZ}) drawn at random from the set's latest version, never two
     * that give each other's answers away ({@link Draw}), stopping the learner's active quiz in
     * this chat. Returns the first question.
     */
    public QuestionView start(User user, long chatId, String setId, int count, Duration timeLimit) {
        StoredSet set = sets.latest(setId).orElseThrow(() -> new IllegalArgumentException("no question set \"" + setId + "\""));
        long seed = seeds.getAsLong();
        var ids = new ArrayList<String>(set.content().questions().stream().map(Question::id).toList());
        Collections.shuffle(ids, new Random(seed));
        List<String> drawn = Draw.withoutGiveaways(set.content(), ids, clip(count, ids.size()));
        return begin(user, chatId, set, drawn, seed, false, timeLimit);
    }

    /** Starts a quiz on given questions of a given set version, in that order (an assignment's attempt). */
    public QuestionView startAssignment(User user, long chatId, StoredSet set, List<String> questionIds) {
        return begin(user, chatId, set, questionIds, seeds.getAsLong(), false, null);
    }

    /**
     * Starts a review of the learner's due questions, earliest due first, from the set of the most
     * overdue one (a quiz plays one set). Empty when nothing is due.
     */
    public Optional<QuestionView> startReview(User user, long chatId, int count, Duration timeLimit) {
        Instant now = clock.instant();
        List<ReviewCard> due = reviews.due(user.id(), now, 1000);
        for (ReviewCard first : due) {
            Optional<StoredSet> set = sets.latest(first.setId());
            if (set.isEmpty()) {
                continue;
            }
            List<String> dueIds = due.stream().filter(card -> card.setId().equals(first.setId()))
                    .map(ReviewCard::questionId).filter(id -> set.get().question(id).isPresent()).toList();
            List<String> drawn = Draw.withoutGiveaways(set.get().content(), dueIds, clip(count, MAX_QUESTIONS_PER_QUIZ));
            if (!drawn.isEmpty()) {
                return Optional.of(begin(user, chatId, set.get(), drawn, seeds.getAsLong(), true, timeLimit));
            }
        }
        return Optional.empty();
    }

    /** A requested number of questions made safe: at least 1, at most what there is and {@link #MAX_QUESTIONS_PER_QUIZ}. */
    static int clip(int requested, int available) {
        return Math.max(1, Math.min(requested, Math.min(available, MAX_QUESTIONS_PER_QUIZ)));
    }

    private QuestionView begin(User user, long chatId, StoredSet set, List<String> questionIds, long seed, boolean review,
                               Duration timeLimit) {
        users.save(user);
        Instant now = clock.instant();
        QuizSession session = sessions.start(new QuizSession(0, user.id(), chatId, set.id(), set.version(), questionIds,
                seed, review, SessionStatus.ACTIVE, now, timeLimit, now));
        return view(session, set, 0);
    }

    /**
     * The current question of the learner's active quiz in this chat, to look at (which question is
     * open, how to take a typed reply): its time limit runs on, so an answer given after this is
     * judged against the time the question was shown.
     */
    public Optional<QuestionView> current(long userId, long chatId) {
        return sessions.active(userId, chatId).map(session -> view(session, storedSet(session), answers.ofSession(session.id()).size()));
    }

    /** The current question of the learner's active quiz in this chat, shown anew to resume the quiz: its time limit restarts. */
    public Optional<QuestionView> resume(long userId, long chatId) {
        return sessions.active(userId, chatId).map(session -> {
            sessions.questionShown(session.id(), clock.instant());
            return view(session, storedSet(session), answers.ofSession(session.id()).size());
        });
    }

    /** Answers by option, as shown (0-based in the session's shuffled order). */
    public AnswerResult choose(long userId, long chatId, long sessionId, int position, int shownOption) {
        return answer(userId, chatId, sessionId, position, view -> shownOption >= 0 && shownOption < view.options().size()
                ? view.options().get(shownOption) : null);
    }

    /** Answers the current question of the learner's active quiz by typing. */
    public AnswerResult type(long userId, long chatId, String text) {
        Optional<QuizSession> active = sessions.active(userId, chatId);
        if (active.isEmpty()) {
            return new AnswerResult.NotCurrent();
        }
        int position = answers.ofSession(active.get().id()).size();
        return answer(userId, chatId, active.get().id(), position, view -> text);
    }

    private AnswerResult answer(long userId, long chatId, long sessionId, int position,
                                java.util.function.Function<QuestionView, String> given) {
        Optional<QuizSession> found = sessions.session(sessionId);
        if (found.isEmpty() || found.get().userId() != userId || found.get().chatId() != chatId) {
            return new AnswerResult.NotCurrent();
        }
        QuizSession session = found.get();
        List<Answer> before = answers.ofSession(session.id());
        if (position < before.size()) {
            return new AnswerResult.AlreadyAnswered(position);
        }
        if (session.status() != SessionStatus.ACTIVE || position != before.size()) {
            return new AnswerResult.NotCurrent();
        }
        StoredSet set = storedSet(session);
        QuestionView view = view(session, set, position);
        String text = given.apply(view);
        if (text == null) {
            return new AnswerResult.NotCurrent();
        }
        Instant now = clock.instant();
        Question question = view.question();
        Instant shown = session.questionShownAt() == null ? session.startedAt() : session.questionShownAt();
        boolean expired = session.timeLimit() != null && now.isAfter(shown.plus(session.timeLimit()));
        boolean correct = !expired && isRight(question, text);
        var answer = new Answer(session.id(), position, userId, session.setId(), session.setVersion(), question.id(),
                question.kind(), text, correct, expired, now, Duration.between(shown, now));
        ReviewCard card = ReviewCard.after(reviews.card(userId, session.setId(), question.id()).orElse(null), userId,
                session.setId(), question.id(), correct, now);
        boolean last = position + 1 == session.size();
        if (!answers.recordAndMoveOn(answer, card, last)) {
            return new AnswerResult.AlreadyAnswered(position);
        }
        var all = new ArrayList<>(before);
        all.add(answer);
        QuestionView next = last ? null : view(session, set, position + 1);
        Summary summary = last ? summary(session, set, all, now) : null;
        var feedback = new AnswerResult.Feedback(view, question.correctAnswer(), question.explanation(), streak(all), next, summary);
        if (expired) {
            return new AnswerResult.Expired(feedback);
        }
        return correct ? new AnswerResult.Correct(feedback) : new AnswerResult.Wrong(text, feedback);
    }

    /** Stops the learner's active quiz in this chat; its summary so far, or empty when none was active. */
    public Optional<Summary> stop(long userId, long chatId) {
        return sessions.active(userId, chatId).map(session -> {
            Instant now = clock.instant();
            sessions.end(session.id(), SessionStatus.STOPPED, now);
            return summary(session, storedSet(session), answers.ofSession(session.id()), now);
        });
    }

    private StoredSet storedSet(QuizSession session) {
        return sets.version(session.setId(), session.setVersion()).orElseThrow(() -> new IllegalStateException(
                "session " + session.id() + " refers to set " + session.setId() + " version " + session.setVersion()
                        + ", which is not stored"));
    }

    private static QuestionView view(QuizSession session, StoredSet set, int position) {
        String questionId = session.questionIds().get(position);
        Question question = set.question(questionId).orElseThrow(() -> new IllegalStateException(
                "set " + set.id() + " version " + set.version() + " has no question " + questionId));
        return new QuestionView(session.id(), position, session.size(), set.content().title(), question,
                shownOptions(question, session.seed(), position), session.timeLimit());
    }

    /** Choice options in an order of this session's own; true/false stays True, False. */
    static List<String> shownOptions(Question question, long seed, int position) {
        if (question.type() != QuestionType.CHOICE) {
            return question.options();
        }
        var options = new ArrayList<>(question.options());
        Collections.shuffle(options, new Random(seed * 31 + position));
        return options;
    }

    /** A typed answer is right in the forms people type ({@link TypedAnswers}); a pressed option is right when it is the right one. */
    static boolean isRight(Question question, String given) {
        return question.type() == QuestionType.TYPED ? TypedAnswers.isRight(question, given) : question.correctAnswer().equals(given);
    }

    private static int streak(List<Answer> answers) {
        int streak = 0;
        for (int i = answers.size() - 1; i >= 0 && answers.get(i).correct(); i--) {
            streak++;
        }
        return streak;
    }

    private static Summary summary(QuizSession session, StoredSet set, List<Answer> answers, Instant now) {
        int best = 0;
        int run = 0;
        Map<Kind, Summary.KindScore> byKind = new EnumMap<>(Kind.class);
        for (Answer answer : answers) {
            run = answer.correct() ? run + 1 : 0;
            best = Math.max(best, run);
            Summary.KindScore score = byKind.getOrDefault(answer.kind(), new Summary.KindScore(0, 0));
            byKind.put(answer.kind(), new Summary.KindScore(score.correct() + (answer.correct() ? 1 : 0), score.answered() + 1));
        }
        int correct = (int) answers.stream().filter(Answer::correct).count();
        return new Summary(session, set.content().title(), correct, answers.size(), best,
                Duration.between(session.startedAt(), now), byKind);
    }
}
