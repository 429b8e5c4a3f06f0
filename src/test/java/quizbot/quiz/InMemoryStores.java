package quizbot.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import quizbot.questions.Kind;
import quizbot.questions.QuestionSet;

/**
 * Every store the quiz needs, in memory, for tests of the rules. Kept honest by the same contract
 * tests the SQLite stores pass. Thread-safe (every method synchronized on the one object).
 */
public final class InMemoryStores implements QuestionSetStore, UserStore, SessionStore, AnswerStore, ReviewStore, StatsStore,
        GroupRunStore, ClassStore, DraftStore {

    private final Map<String, List<StoredSet>> setVersions = new TreeMap<>();
    private final java.util.Set<String> retired = new java.util.HashSet<>();
    private final Map<Long, User> users = new HashMap<>();
    private final Map<Long, QuizSession> sessions = new HashMap<>();
    private final List<Answer> answers = new ArrayList<>();
    private final Map<String, ReviewCard> cards = new HashMap<>();
    private long nextSessionId = 1;
    private final Map<Long, GroupRun> runs = new HashMap<>();
    private final Map<String, PollRef> polls = new HashMap<>();
    private long nextRunId = 1;
    private final Map<Long, Long> teachers = new HashMap<>();
    private final Map<Long, Classroom> classrooms = new TreeMap<>();
    private final Map<Long, Map<Long, Instant>> memberships = new HashMap<>();
    private final Map<Long, Assignment> assignments = new TreeMap<>();
    private final Map<Long, Long> attemptOf = new TreeMap<>();
    private long nextClassId = 1;
    private long nextAssignmentId = 1;
    private final Map<Long, DraftSet> drafts = new HashMap<>();

    @Override
    public synchronized List<Loaded> saveAll(List<QuestionSet> sets, Long loadedBy) {
        var loaded = new ArrayList<Loaded>();
        for (QuestionSet set : sets) {
            List<StoredSet> versions = setVersions.computeIfAbsent(set.id(), id -> new ArrayList<>());
            StoredSet latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            if (latest != null && latest.content().equals(set)) {
                loaded.add(new Loaded(latest, false));
            } else {
                var stored = new StoredSet(set, versions.size() + 1, loadedBy);
                versions.add(stored);
                retired.remove(set.id());
                loaded.add(new Loaded(stored, true));
            }
        }
        return loaded;
    }

    @Override
    public synchronized boolean retire(String setId, long retiredBy) {
        return setVersions.containsKey(setId) && retired.add(setId);
    }

    @Override
    public synchronized Optional<StoredSet> latest(String setId) {
        List<StoredSet> versions = setVersions.getOrDefault(setId, List.of());
        return versions.isEmpty() || retired.contains(setId) ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized Optional<StoredSet> version(String setId, int version) {
        return setVersions.getOrDefault(setId, List.of()).stream().filter(set -> set.version() == version).findFirst();
    }

    @Override
    public synchronized List<StoredSet> latestSets() {
        return setVersions.keySet().stream().filter(id -> !retired.contains(id)).map(id -> latest(id).orElseThrow()).toList();
    }

    @Override
    public synchronized History history(String setId) {
        List<StoredSet> versions = setVersions.getOrDefault(setId, List.of());
        var loaders = new java.util.HashSet<Long>();
        boolean withoutUser = false;
        for (StoredSet version : versions) {
            if (version.loadedBy() == null) {
                withoutUser = true;
            } else {
                loaders.add(version.loadedBy());
            }
        }
        return new History(versions.size(), loaders, withoutUser, retired.contains(setId));
    }

    @Override
    public synchronized void save(User user) {
        User known = users.get(user.id());
        String username = user.username() != null ? user.username() : known == null ? null : known.username();
        if (user.username() != null) { // usernames are unique at any one time: whoever was last seen with one has it
            users.replaceAll((id, other) -> id != user.id() && user.username().equalsIgnoreCase(other.username())
                    ? new User(other.id(), other.name(), null) : other);
        }
        users.put(user.id(), new User(user.id(), user.name(), username));
    }

    @Override
    public synchronized Optional<User> user(long userId) {
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public synchronized QuizSession start(QuizSession session) {
        active(session.userId(), session.chatId()).ifPresent(old -> end(old.id(), SessionStatus.STOPPED, session.startedAt()));
        QuizSession stored = session.withId(nextSessionId++);
        sessions.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<QuizSession> active(long userId, long chatId) {
        return sessions.values().stream()
                .filter(session -> session.userId() == userId && session.chatId() == chatId && session.status() == SessionStatus.ACTIVE)
                .findFirst();
    }

    @Override
    public synchronized List<QuizSession> activeIn(long chatId) {
        return sessions.values().stream().filter(session -> session.chatId() == chatId && session.status() == SessionStatus.ACTIVE)
                .sorted(Comparator.comparingLong(QuizSession::id)).toList();
    }

    /** Every session's id, in order (for tests that look at all answers). */
    public synchronized List<Long> sessions() {
        return sessions.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized Optional<QuizSession> session(long sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized void questionShown(long sessionId, Instant at) {
        QuizSession session = sessions.get(sessionId);
        if (session != null) {
            sessions.put(sessionId, new QuizSession(session.id(), session.userId(), session.chatId(), session.setId(),
                    session.setVersion(), session.questionIds(), session.seed(), session.review(), session.status(),
                    session.startedAt(), session.timeLimit(), at));
        }
    }

    @Override
    public synchronized void end(long sessionId, SessionStatus status, Instant at) {
        QuizSession session = sessions.get(sessionId);
        if (session != null && session.status() == SessionStatus.ACTIVE) {
            sessions.put(sessionId, new QuizSession(session.id(), session.userId(), session.chatId(), session.setId(),
                    session.setVersion(), session.questionIds(), session.seed(), session.review(), status,
                    session.startedAt(), session.timeLimit(), session.questionShownAt()));
        }
    }

    @Override
    public synchronized boolean record(Answer answer, ReviewCard card) {
        boolean taken = answers.stream().anyMatch(other -> other.sessionId() == answer.sessionId()
                && (other.position() == answer.position() || other.questionId().equals(answer.questionId())));
        if (taken) {
            return false;
        }
        answers.add(answer);
        cards.put(cardKey(card.userId(), card.setId(), card.questionId()), card);
        return true;
    }

    @Override
    public synchronized boolean recordAndMoveOn(Answer answer, ReviewCard card, boolean last) {
        if (!record(answer, card)) {
            return false;
        }
        if (last) {
            end(answer.sessionId(), SessionStatus.FINISHED, answer.answeredAt());
        } else {
            questionShown(answer.sessionId(), answer.answeredAt());
        }
        return true;
    }

    @Override
    public synchronized List<Answer> ofSession(long sessionId) {
        return answers.stream().filter(answer -> answer.sessionId() == sessionId)
                .sorted(Comparator.comparingInt(Answer::position)).toList();
    }

    @Override
    public synchronized Optional<ReviewCard> card(long userId, String setId, String questionId) {
        return Optional.ofNullable(cards.get(cardKey(userId, setId, questionId)));
    }

    @Override
    public synchronized List<ReviewCard> due(long userId, Instant now, int limit) {
        return cards.values().stream().filter(card -> card.userId() == userId && !card.due().isAfter(now))
                .sorted(Comparator.comparing(ReviewCard::due).thenComparing(ReviewCard::setId).thenComparing(ReviewCard::questionId))
                .limit(limit).toList();
    }

    private static String cardKey(long userId, String setId, String questionId) {
        return userId + "/" + setId + "/" + questionId;
    }

    @Override
    public synchronized Totals totals(long userId) {
        List<Answer> mine = answers.stream().filter(answer -> answer.userId() == userId).toList();
        int quizzes = (int) sessions.values().stream().filter(session -> session.userId() == userId && session.status() == SessionStatus.FINISHED).count();
        return new Totals(quizzes, mine.size(), (int) mine.stream().filter(Answer::correct).count());
    }

    @Override
    public synchronized List<QuizResult> recentQuizzes(long userId, int limit) {
        return sessions.values().stream().filter(session -> session.userId() == userId)
                .sorted(Comparator.comparing(QuizSession::startedAt).thenComparingLong(QuizSession::id).reversed())
                .limit(limit)
                .map(session -> {
                    List<Answer> given = ofSession(session.id());
                    String title = version(session.setId(), session.setVersion()).map(set -> set.content().title()).orElse(session.setId());
                    return new QuizResult(session.id(), title, (int) given.stream().filter(Answer::correct).count(), given.size(),
                            session.size(), session.status(), session.startedAt());
                }).toList();
    }

    @Override
    public synchronized List<Standing> leaderboard(Long chatId, int limit) {
        Map<Long, int[]> byUser = new HashMap<>();
        for (Answer answer : answers) {
            QuizSession session = sessions.get(answer.sessionId());
            if (chatId == null || Objects.equals(session.chatId(), chatId)) {
                int[] counts = byUser.computeIfAbsent(answer.userId(), id -> new int[2]);
                counts[0] += answer.correct() ? 1 : 0;
                counts[1]++;
            }
        }
        return byUser.entrySet().stream()
                .map(entry -> new Standing(entry.getKey(), users.containsKey(entry.getKey()) ? users.get(entry.getKey()).name()
                        : new User(entry.getKey(), null).name(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingInt(Standing::correct).reversed().thenComparingInt(Standing::answered)
                        .thenComparingLong(Standing::userId))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<KindShare> byKind(long userId) {
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        answers.stream().filter(answer -> answer.userId() == userId).forEach(answer -> {
            int[] counts = byKind.computeIfAbsent(answer.kind(), kind -> new int[2]);
            counts[0] += answer.correct() ? 1 : 0;
            counts[1]++;
        });
        return byKind.entrySet().stream().map(entry -> new KindShare(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }

    @Override
    public synchronized GroupRun start(GroupRun run) {
        activeRun(run.chatId()).ifPresent(old -> endRun(old.id(), SessionStatus.STOPPED));
        var stored = new GroupRun(nextRunId++, run.chatId(), run.startedBy(), run.setId(), run.setVersion(), run.questionIds(),
                run.seed(), run.position(), run.openPeriod(), run.status());
        runs.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<GroupRun> activeRun(long chatId) {
        return runs.values().stream().filter(run -> run.chatId() == chatId && run.status() == SessionStatus.ACTIVE).findFirst();
    }

    @Override
    public synchronized List<GroupRun> activeRuns() {
        return runs.values().stream().filter(run -> run.status() == SessionStatus.ACTIVE)
                .sorted(Comparator.comparingLong(GroupRun::id)).toList();
    }

    @Override
    public synchronized Optional<GroupRun> run(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized void pollOpened(long runId, int position, String pollId, Instant openedAt) {
        polls.put(pollId, new PollRef(runId, position, openedAt));
    }

    @Override
    public synchronized Optional<PollRef> poll(String pollId) {
        return Optional.ofNullable(polls.get(pollId));
    }

    @Override
    public synchronized boolean advance(long runId, int from) {
        GroupRun run = runs.get(runId);
        if (run == null || run.status() != SessionStatus.ACTIVE || run.position() != from) {
            return false;
        }
        runs.put(runId, new GroupRun(run.id(), run.chatId(), run.startedBy(), run.setId(), run.setVersion(), run.questionIds(),
                run.seed(), from + 1, run.openPeriod(), run.status()));
        return true;
    }

    @Override
    public synchronized void endRun(long runId, SessionStatus status) {
        GroupRun run = runs.get(runId);
        if (run != null && run.status() == SessionStatus.ACTIVE) {
            runs.put(runId, new GroupRun(run.id(), run.chatId(), run.startedBy(), run.setId(), run.setVersion(), run.questionIds(),
                    run.seed(), run.position(), run.openPeriod(), status));
        }
    }

    @Override
    public synchronized boolean isTeacher(long userId) {
        return teachers.containsKey(userId);
    }

    @Override
    public synchronized boolean grantTeacher(long userId, long grantedBy, Instant at) {
        return teachers.putIfAbsent(userId, grantedBy) == null;
    }

    @Override
    public synchronized boolean revokeTeacher(long userId) {
        return teachers.remove(userId) != null;
    }

    @Override
    public synchronized Optional<User> userByUsername(String username) {
        return users.values().stream().filter(user -> user.username() != null && user.username().equalsIgnoreCase(username)).findFirst();
    }

    @Override
    public synchronized Optional<Classroom> createClass(Classroom classroom) {
        if (classByName(classroom.teacherId(), classroom.name()).isPresent()) {
            return Optional.empty();
        }
        var stored = new Classroom(nextClassId++, classroom.teacherId(), classroom.name(), classroom.joinCode(), classroom.createdAt());
        classrooms.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<Classroom> classByCode(String joinCode) {
        return classrooms.values().stream().filter(classroom -> classroom.joinCode().equals(joinCode)).findFirst();
    }

    @Override
    public synchronized Optional<Classroom> classByName(long teacherId, String name) {
        return classrooms.values().stream().filter(classroom -> classroom.teacherId() == teacherId && classroom.name().equals(name)).findFirst();
    }

    @Override
    public synchronized Optional<Classroom> classroom(long classId) {
        return Optional.ofNullable(classrooms.get(classId));
    }

    @Override
    public synchronized List<Classroom> classesNamed(String name) {
        return classrooms.values().stream().filter(classroom -> classroom.name().equals(name)).toList();
    }

    @Override
    public synchronized List<Classroom> classesOf(long teacherId) {
        return classrooms.values().stream().filter(classroom -> classroom.teacherId() == teacherId)
                .sorted(Comparator.comparing(Classroom::name)).toList();
    }

    @Override
    public synchronized List<Classroom> classesJoined(long userId) {
        return classrooms.values().stream()
                .filter(classroom -> memberships.getOrDefault(classroom.id(), Map.of()).containsKey(userId)).toList();
    }

    @Override
    public synchronized boolean join(long classId, long userId, Instant at) {
        return memberships.computeIfAbsent(classId, id -> new HashMap<>()).putIfAbsent(userId, at) == null;
    }

    @Override
    public synchronized boolean removeMember(long classId, long userId) {
        return memberships.getOrDefault(classId, new HashMap<>()).remove(userId) != null;
    }

    @Override
    public synchronized List<User> members(long classId) {
        return memberships.getOrDefault(classId, Map.of()).keySet().stream().map(users::get)
                .sorted(Comparator.comparing(User::name).thenComparingLong(User::id)).toList();
    }

    @Override
    public synchronized Assignment assign(Assignment assignment) {
        var stored = new Assignment(nextAssignmentId++, assignment.classId(), assignment.setId(), assignment.setVersion(),
                assignment.questionIds(), assignment.due(), assignment.attemptLimit(), assignment.createdAt());
        assignments.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Assignment> assignment(long assignmentId) {
        return Optional.ofNullable(assignments.get(assignmentId));
    }

    @Override
    public synchronized List<Assignment> assignmentsOf(long classId) {
        return assignments.values().stream().filter(assignment -> assignment.classId() == classId)
                .sorted(Comparator.comparingLong(Assignment::id).reversed()).toList();
    }

    @Override
    public synchronized void attempt(long sessionId, long assignmentId) {
        attemptOf.put(sessionId, assignmentId);
    }

    @Override
    public synchronized List<Long> attempts(long assignmentId, long userId) {
        return attemptOf.entrySet().stream()
                .filter(entry -> entry.getValue() == assignmentId && sessions.get(entry.getKey()).userId() == userId)
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized void saveDraft(long userId, DraftSet draft) {
        drafts.put(userId, draft);
    }

    @Override
    public synchronized Optional<DraftSet> draft(long userId) {
        return Optional.ofNullable(drafts.get(userId));
    }

    @Override
    public synchronized void deleteDraft(long userId) {
        drafts.remove(userId);
    }
}
