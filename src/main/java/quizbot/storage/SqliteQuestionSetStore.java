package quizbot.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionSetJson;
import quizbot.quiz.QuestionSetStore;
import quizbot.quiz.StoredSet;

/**
 * Question sets in SQLite. A set is read back from its JSON text, so it comes back exactly as
 * loaded; two sets have the same content when their JSON has the same SHA-256. Thread-safe.
 */
final class SqliteQuestionSetStore implements QuestionSetStore {

    private static final String LATEST_HASH = "SELECT version, content_hash FROM question_sets WHERE id = ? ORDER BY version DESC LIMIT 1";
    private static final String INSERT_SET = """
            INSERT INTO question_sets (id, version, title, language, source_title, source_sha256, content_hash, content_json, loaded_at,
                                       loaded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UNRETIRE = "DELETE FROM retired_sets WHERE set_id = ?";
    private static final String RETIRE = """
            INSERT INTO retired_sets (set_id, retired_by, retired_at)
            SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM question_sets WHERE id = ?) ON CONFLICT DO NOTHING""";
    private static final String NOT_RETIRED = "NOT EXISTS (SELECT 1 FROM retired_sets r WHERE r.set_id = question_sets.id)";
    private static final String INSERT_QUESTION = """
            INSERT INTO questions (set_id, set_version, question_id, position, type, kind, prompt, options_json, correct,
                                   accepted_json, explanation, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String LATEST = "SELECT version FROM question_sets WHERE id = ? AND " + NOT_RETIRED
            + " ORDER BY version DESC LIMIT 1";
    private static final String VERSION = "SELECT version, content_json, loaded_by FROM question_sets WHERE id = ? AND version = ?";
    private static final String LATEST_SETS = "SELECT id, version FROM question_sets"
            + " WHERE version = (SELECT MAX(version) FROM question_sets AS v WHERE v.id = question_sets.id) AND " + NOT_RETIRED
            + " ORDER BY id";

    private static final String LOADERS = "SELECT loaded_by FROM question_sets WHERE id = ?";
    private static final String IS_RETIRED = "SELECT 1 FROM retired_sets WHERE set_id = ?";

    private final Database database;
    private final Clock clock;
    /** A stored version never changes, so it is read (and its JSON parsed) once. */
    private final Map<String, StoredSet> versions = new ConcurrentHashMap<>();

    SqliteQuestionSetStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<Loaded> saveAll(List<QuestionSet> sets, Long loadedBy) {
        return database.transaction(sql -> {
            var loaded = new ArrayList<Loaded>(sets.size());
            for (QuestionSet set : sets) {
                loaded.add(save(sql, set, loadedBy));
            }
            return loaded;
        });
    }

    @Override
    public boolean retire(String setId, long retiredBy) {
        return database.run(sql -> sql.update(RETIRE, setId, retiredBy, clock.instant(), setId)) == 1;
    }

    private Loaded save(Sql sql, QuestionSet set, Long loadedBy) {
        String json = QuestionSetJson.toJson(set);
        String hash = sha256(json);
        record Latest(int version, String hash) {
        }
        Optional<Latest> latest = sql.one(LATEST_HASH, row -> new Latest(row.getInt("version"), row.getString("content_hash")), set.id());
        if (latest.isPresent() && latest.get().hash().equals(hash)) {
            return new Loaded(sql.one(VERSION, SqliteQuestionSetStore::storedSet, set.id(), latest.get().version()).orElseThrow(), false);
        }
        int version = latest.map(found -> found.version() + 1).orElse(1);
        String sourceTitle = set.source() == null ? null : set.source().title();
        String sourceSha256 = set.source() == null ? null : set.source().sha256();
        sql.update(INSERT_SET, set.id(), version, set.title(), set.language(), sourceTitle, sourceSha256, hash, json, clock.instant(),
                loadedBy);
        sql.update(UNRETIRE, set.id());
        var rows = new ArrayList<Object[]>(set.questions().size());
        for (int position = 0; position < set.questions().size(); position++) {
            Question question = set.questions().get(position);
            rows.add(new Object[] {set.id(), version, question.id(), position, question.type(), question.kind(), question.prompt(),
                    JsonLists.write(question.options()), question.correct(), JsonLists.write(question.accepted()),
                    question.explanation(), question.source()});
        }
        sql.batch(INSERT_QUESTION, rows);
        return new Loaded(new StoredSet(set, version, loadedBy), true);
    }

    @Override
    public Optional<StoredSet> latest(String setId) {
        return database.run(sql -> sql.one(LATEST, row -> row.getInt("version"), setId)).flatMap(version -> version(setId, version));
    }

    @Override
    public Optional<StoredSet> version(String setId, int version) {
        StoredSet cached = versions.get(setId + "#" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredSet> stored = database.run(sql -> sql.one(VERSION, SqliteQuestionSetStore::storedSet, setId, version));
        stored.ifPresent(set -> versions.put(setId + "#" + version, set));
        return stored;
    }

    @Override
    public List<StoredSet> latestSets() {
        record Latest(String id, int version) {
        }
        return database.run(sql -> sql.list(LATEST_SETS, row -> new Latest(row.getString("id"), row.getInt("version")))).stream()
                .map(latest -> version(latest.id(), latest.version()).orElseThrow()).toList();
    }

    @Override
    public History history(String setId) {
        return database.run(sql -> {
            List<Optional<Long>> loaders = sql.list(LOADERS,
                    row -> Optional.ofNullable(row.getObject("loaded_by") == null ? null : row.getLong("loaded_by")), setId);
            boolean retired = sql.one(IS_RETIRED, row -> true, setId).isPresent();
            return new History(loaders.size(), loaders.stream().flatMap(Optional::stream).collect(Collectors.toSet()),
                    loaders.stream().anyMatch(Optional::isEmpty), retired);
        });
    }

    private static StoredSet storedSet(ResultSet row) throws SQLException {
        int version = row.getInt("version");
        QuestionSet content = QuestionSetJson.parse("stored question set (version " + version + ")", row.getString("content_json"));
        return new StoredSet(content, version, row.getObject("loaded_by") == null ? null : row.getLong("loaded_by"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
