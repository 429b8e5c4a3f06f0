package quizbot.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;
import quizbot.questions.QuestionType;
import quizbot.questions.SourceInfo;

/**
 * Article text in, question set out: clean, split into sentences, find the facts, write one
 * question per fact (trying its mentions in order until one passes the quality gate), vary the
 * question types, and shuffle options with a seed taken from the set id and question id, so the
 * same article always gives the same set. Loading the language models takes a moment: build one
 * generator and reuse it. Not thread-safe.
 */
public final class QuestionGenerator {

    /** What to generate: the set's id and title (title may be null: the article's headline is used) and at most how many questions. */
    public record Options(String id, String title, int max) {
        public Options {
            if (max < 1) {
                throw new IllegalArgumentException("max must be at least 1, was " + max);
            }
        }
    }

    /** The set, and a line for every fact that gave no question, saying why. */
    public record Result(QuestionSet questionSet, List<String> dropped) {
        public Result {
            dropped = List.copyOf(dropped);
        }
    }

    /** Kinds by importance: the order a sentence's share of questions and a maximum are filled in (rarest first). */
    private static final List<Kind> PRIORITY = List.of(Kind.TREATY, Kind.DATE, Kind.MONEY, Kind.PERSON, Kind.NUMBER,
            Kind.ORGANISATION, Kind.PLACE, Kind.OTHER);

    private static final int WORDS_PER_QUESTION = 10;
    private static final Pattern IN_OR_AT = Pattern.compile("\\b(?:in|at)\\s+$");
    private static final Pattern SAID_ON = Pattern.compile(
            "\\b(?:said|says|told|announced|stated|added|explained|wrote|reported)\\b[^,.;]{0,40}\\s(?:on|in)\\s+$");

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final DateExtractor dates = new DateExtractor();
    private final AmountExtractor amounts = new AmountExtractor();
    private final TreatyExtractor treaties;
    private final NameExtractor names;
    private final QuestionWriter writer;
    private final QualityGate gate = new QualityGate();

    public QuestionGenerator() {
        var gazetteer = new Gazetteer();
        treaties = new TreatyExtractor(gazetteer);
        names = new NameExtractor(gazetteer);
        writer = new QuestionWriter(new Distractors(gazetteer));
    }

    public Result generate(String articleText, Options options) {
        Article article = cleaner.clean(articleText);
        if (article.paragraphs().isEmpty()) {
            throw new UnusableArticleException("the article has no body text: no paragraph reads as prose"
                    + " (at least 8 words ending with a full stop)");
        }
        List<Sentence> sentences = analyzer.analyze(article.paragraphs());
        var facts = new ArticleFacts(facts(sentences), sentences);
        var dropped = new ArrayList<String>();
        List<Draft> drafts = select(vary(drafts(facts, dropped), facts), options.max());
        var questions = new ArrayList<Question>();
        for (Draft draft : drafts) {
            questions.add(question("q" + (questions.size() + 1), draft, options.id()));
        }
        if (questions.isEmpty()) {
            throw new UnusableArticleException("no question passed the quality gate: the article states no usable"
                    + " dates, figures, names or treaties");
        }
        String title = options.title() != null ? options.title() : article.title().isEmpty() ? options.id() : article.title();
        var source = new SourceInfo(article.title().isEmpty() ? null : article.title(), sha256(articleText));
        return new Result(new QuestionSet(options.id(), title, "en", source, questions), dropped);
    }

    /** All facts of the article; where two cover the same words, treaties win over dates, dates over figures, figures over names. */
    List<Fact> facts(List<Sentence> sentences) {
        var all = new ArrayList<Fact>();
        for (Sentence sentence : sentences) {
            all.addAll(treaties.extract(sentence));
            all.addAll(dates.extract(sentence));
            all.addAll(amounts.extract(sentence));
        }
        all.addAll(names.extract(sentences));
        return Fact.withoutOverlaps(all);
    }

    /**
     * One draft per fact: the first mention whose question passes the gate, in a sentence that has
     * not given its share of questions already (one per {@link #WORDS_PER_QUESTION} words, at least
     * two), so one long sentence cannot fill the quiz. Facts are drafted in order of importance, so
     * a sentence's share goes to its dates, money and people before its places; the drafts are
     * returned in reading order.
     */
    private List<Draft> drafts(ArticleFacts facts, List<String> dropped) {
        Map<String, List<Fact>> mentions = new LinkedHashMap<>();
        for (Fact fact : facts.all()) {
            mentions.computeIfAbsent(fact.key(), key -> new ArrayList<>()).add(fact);
        }
        mentions.values().forEach(sameFact -> sameFact.sort(Comparator.comparingInt(QuestionGenerator::placeRank)));
        var byImportance = new ArrayList<>(mentions.values());
        byImportance.sort(Comparator.comparingInt(sameFact -> importance(sameFact.get(0))));
        var drafts = new ArrayList<Draft>();
        var perSentence = new HashMap<Integer, Integer>();
        for (List<Fact> sameFact : byImportance) {
            List<String> problems = List.of();
            for (Fact mention : sameFact) {
                Sentence sentence = mention.sentence();
                int share = Math.max(2, sentence.tokens().size() / WORDS_PER_QUESTION);
                if (perSentence.getOrDefault(sentence.index(), 0) >= share) {
                    problems = List.of("its sentences already give their share of questions");
                    continue;
                }
                Draft draft = writer.choice(mention, facts);
                problems = gate.problems(draft, facts);
                if (!problems.isEmpty() && QuestionWriter.isTypable(mention) && gate.promptProblems(draft, facts).isEmpty()) {
                    draft = writer.typed(draft, facts);
                    problems = gate.problems(draft, facts);
                }
                if (problems.isEmpty()) {
                    drafts.add(draft);
                    perSentence.merge(mention.sentence().index(), 1, Integer::sum);
                    break;
                }
            }
            if (!problems.isEmpty()) {
                Fact first = sameFact.get(0);
                dropped.add(first.kind().jsonName() + " \"" + first.answer() + "\": " + String.join("; ", problems));
            }
        }
        drafts.sort(Comparator.comparingInt((Draft draft) -> draft.fact().sentence().index()).thenComparingInt(draft -> draft.fact().start()));
        return drafts;
    }

    /** A place is best asked where something happens in it ("held in Havana"), before where someone goes. */
    private static int placeRank(Fact mention) {
        boolean happensThere = mention.kind() == Kind.PLACE
                && IN_OR_AT.matcher(mention.sentence().text().substring(0, mention.start())).find();
        return happensThere ? 0 : 1;
    }

    /** Lower is more important: the kind's place in {@link #PRIORITY}; a date that only times a statement ("said on May 2") comes last. */
    private static int importance(Fact fact) {
        boolean timesAStatement = fact.kind() == Kind.DATE
                && SAID_ON.matcher(fact.sentence().text().substring(0, fact.start())).find();
        return timesAStatement ? PRIORITY.size() : PRIORITY.indexOf(fact.kind());
    }

    /**
     * For variety, every fourth multiple-choice draft is asked another way: alternately as a
     * true/false statement (alternately true and false; only from a sentence no other question
     * comes from) and, while typed questions stay under a fifth of the set and the answer is short,
     * as a typed answer.
     */
    private List<Draft> vary(List<Draft> drafts, ArticleFacts facts) {
        var varied = new ArrayList<Draft>();
        int choices = 0;
        int changed = 0;
        for (Draft draft : drafts) {
            if (draft.type() == QuestionType.CHOICE && ++choices % 4 == 3) {
                long typedSoFar = varied.stream().filter(other -> other.type() == QuestionType.TYPED).count();
                boolean typed = (changed % 2 == 1 || sharesItsSentence(draft, drafts))
                        && QuestionWriter.isTypable(draft.fact()) && typedSoFar * 5 < drafts.size();
                Draft other = typed ? writer.typed(draft, facts)
                        : sharesItsSentence(draft, drafts) ? null : writer.trueFalse(draft, facts, changed % 4 == 0);
                if (other != null && gate.problems(other, facts).isEmpty()) {
                    draft = other;
                    changed++;
                }
            }
            varied.add(draft);
        }
        return varied;
    }

    /** A true/false statement shows its whole sentence, so it would give away the other questions drawn from it. */
    private static boolean sharesItsSentence(Draft draft, List<Draft> drafts) {
        return drafts.stream().anyMatch(other -> other != draft && other.fact().sentence() == draft.fact().sentence());
    }

    /**
     * At most {@code max} drafts, taken round-robin over the kinds so every kind keeps a share, in reading order;
     * names of unsure type ({@code other}) only fill what the typed kinds leave.
     */
    private static List<Draft> select(List<Draft> drafts, int max) {
        if (drafts.size() <= max) {
            return drafts;
        }
        Map<Kind, List<Draft>> byKind = new LinkedHashMap<>();
        PRIORITY.forEach(kind -> byKind.put(kind, new ArrayList<>()));
        drafts.forEach(draft -> byKind.get(draft.fact().kind()).add(draft));
        List<Draft> untyped = byKind.remove(Kind.OTHER);
        var chosen = new ArrayList<Draft>();
        for (int round = 0; chosen.size() < max && round < drafts.size(); round++) {
            for (List<Draft> ofKind : byKind.values()) {
                if (round < ofKind.size() && chosen.size() < max) {
                    chosen.add(ofKind.get(round));
                }
            }
        }
        untyped.stream().limit(max - chosen.size()).forEach(chosen::add);
        chosen.sort(Comparator.comparingInt(drafts::indexOf));
        return chosen;
    }

    private static Question question(String id, Draft draft, String setId) {
        Kind kind = draft.fact().kind();
        if (draft.type() != QuestionType.CHOICE) {
            Integer correct = draft.type() == QuestionType.TYPED ? null : draft.correct();
            return new Question(id, draft.type(), kind, draft.prompt(), draft.options(), correct, draft.accepted(),
                    draft.explanation(), draft.source());
        }
        var options = new ArrayList<>(draft.options());
        String answer = options.get(draft.correct());
        Collections.shuffle(options, new Random((setId + "/" + id).hashCode()));
        return new Question(id, QuestionType.CHOICE, kind, draft.prompt(), options, options.indexOf(answer), List.of(),
                draft.explanation(), draft.source());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
