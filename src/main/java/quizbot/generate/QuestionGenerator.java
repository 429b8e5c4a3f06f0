package quizbot.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
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
 * same article always gives the same set. Time grows in proportion to the article's length (long
 * run-on sentences are split, nothing looks across the whole article per fact), and the
 * {@link Options} bound it: a word budget and an optional time limit. Loading the language models
 * takes a moment: build one generator and reuse it. Not thread-safe.
 */
public final class QuestionGenerator {

    /**
     * What to generate: the set's id and title (title may be null: the article's headline is used), at
     * most how many questions, and the budget that keeps generation bounded for any text a teacher
     * sends: at most {@code maxWords} words of the cleaned article are used (a longer one is cut at
     * its last paragraph end within the budget, not refused; {@link Result#wordsUsed} says how much
     * was read), and generation stops with a {@link GenerationCancelledException} after
     * {@code timeLimit} (null: no limit) or as soon as its thread is interrupted. {@code reserve}: how many
     * next-best questions to hold back beside the set, for a teacher who drops many (0 by default).
     */
    public record Options(String id, String title, int max, int maxWords, Duration timeLimit, int reserve) {

        /**
         * The default word budget: five times a long feature article (news pieces run to 600–2,000
         * words), and read in a few seconds on two cores, most of it in OpenNLP's tagger and lemmatiser
         * (measured by {@code GenerationScalingBenchmark} in the tests).
         */
        public static final int DEFAULT_MAX_WORDS = 10_000;

        public Options {
            if (max < 1) {
                throw new IllegalArgumentException("max must be at least 1, was " + max);
            }
            if (maxWords < 1) {
                throw new IllegalArgumentException("maxWords must be at least 1, was " + maxWords);
            }
            if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
                throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
            }
            if (reserve < 0) {
                throw new IllegalArgumentException("reserve must not be negative, was " + reserve);
            }
        }

        /** The default word budget and no time limit. */
        public Options(String id, String title, int max) {
            this(id, title, max, DEFAULT_MAX_WORDS, null, 0);
        }

        /** The same options using at most this many words of the article ({@link Integer#MAX_VALUE}: all of it). */
        public Options withMaxWords(int newMaxWords) {
            return new Options(id, title, max, newMaxWords, timeLimit, reserve);
        }

        /** The same options stopping generation after this long (null: never). */
        public Options withTimeLimit(Duration newTimeLimit) {
            return new Options(id, title, max, maxWords, newTimeLimit, reserve);
        }

        /** The same options holding this many next-best questions back ({@link Result#reserve}). */
        public Options withReserve(int newReserve) {
            return new Options(id, title, max, maxWords, timeLimit, newReserve);
        }
    }

    /**
     * The set, a line for every fact that gave no question, saying why, and how much of the article
     * was read: {@code wordsUsed} of its {@code wordsTotal} words (fewer when it was longer than the
     * word budget), so the caller can say "I used the first 10,000 of 42,000 words"; and the next-best
     * questions held back ({@link Options#reserve}), best first, each from a sentence of its own and
     * giving no question of the set away.
     */
    public record Result(QuestionSet questionSet, List<String> dropped, int wordsUsed, int wordsTotal, List<Question> reserve) {
        public Result {
            dropped = List.copyOf(dropped);
            reserve = List.copyOf(reserve);
            if (wordsUsed < 0 || wordsUsed > wordsTotal) {
                throw new IllegalArgumentException("words used must be between 0 and " + wordsTotal + ", was " + wordsUsed);
            }
        }

        /** Whether the article was longer than the budget, so only its beginning was used. */
        public boolean cut() {
            return wordsUsed < wordsTotal;
        }
    }

    /** What comes before a converted figure: a figure, up to three words of its unit, an opening bracket. */
    private static final Pattern CONVERSION = Pattern.compile("\\d[\\d,.]*(?:\\s*[\\p{L}$€£₹%²]+\\.?){0,3}\\s*\\(\\s*$");

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final DateExtractor dates = new DateExtractor();
    private final AmountExtractor amounts = new AmountExtractor();
    private final TermExtractor terms = new TermExtractor();
    private final TreatyExtractor treaties;
    private final NameExtractor names;
    private final Drafting drafting;
    private final LongSupplier nanoTime;

    public QuestionGenerator() {
        this(System::nanoTime);
    }

    /** A generator whose time limits are measured on this clock (nanoseconds, as {@link System#nanoTime}); for tests. */
    QuestionGenerator(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        var gazetteer = new Gazetteer();
        treaties = new TreatyExtractor(gazetteer);
        names = new NameExtractor(gazetteer);
        drafting = new Drafting(new QuestionWriter(new Distractors(gazetteer)), new QualityGate());
    }

    /**
     * The question set for an article, from at most {@link Options#maxWords} of its words.
     *
     * @throws UnusableArticleException when the article gives nothing to ask
     * @throws GenerationCancelledException when the time limit passes or the thread is interrupted first
     */
    public Result generate(String articleText, Options options) {
        var deadline = new Deadline(options.timeLimit(), nanoTime);
        deadline.check("cleaning the article");
        Article whole = cleaner.clean(articleText);
        if (whole.paragraphs().isEmpty()) {
            throw new UnusableArticleException("it has no body text, only short lines; I need paragraphs of full sentences"
                    + " (8 words or more, ending with a full stop). Send the article's own text, not its headings or a list of links.");
        }
        Article article = whole.firstWords(options.maxWords());
        List<Sentence> sentences = analyzer.analyze(article.paragraphs(), deadline);
        var facts = new ArticleFacts(facts(sentences, article.title(), deadline), sentences, article.title());
        var dropped = new ArrayList<String>();
        Drafting.Chosen chosen = drafting.choose(facts, article, options.max(), options.reserve(), dropped, deadline);
        var questions = new ArrayList<Question>();
        for (Draft draft : chosen.set()) {
            questions.add(question("q" + (questions.size() + 1), draft, options.id()));
        }
        var reserve = new ArrayList<Question>();
        for (Draft draft : chosen.reserve()) {
            reserve.add(question("q" + (questions.size() + reserve.size() + 1), draft, options.id()));
        }
        if (questions.isEmpty()) {
            throw new UnusableArticleException("it states no dates, figures, names or treaties that make a fair question."
                    + " Try an article with more facts in it (news, history, science).");
        }
        String title = options.title() != null ? options.title() : article.title().isEmpty() ? options.id() : article.title();
        var source = new SourceInfo(article.title().isEmpty() ? null : article.title(), sha256(articleText));
        return new Result(new QuestionSet(options.id(), title, "en", source, questions), dropped, article.words(), whole.words(), reserve);
    }

    /** All facts of the article; where two cover the same words, treaties win over dates, dates over figures, figures over names, names over terms. */
    List<Fact> facts(List<Sentence> sentences) {
        return facts(sentences, "", Deadline.NONE);
    }

    private List<Fact> facts(List<Sentence> sentences, String headline, Deadline deadline) {
        var all = new ArrayList<Fact>();
        for (Sentence sentence : sentences) {
            deadline.check("finding dates, figures and treaties");
            all.addAll(treaties.extract(sentence));
            all.addAll(dates.extract(sentence));
            all.addAll(amounts.extract(sentence));
        }
        all.addAll(names.extract(sentences, deadline));
        all.addAll(terms.extract(sentences, headline));
        return withoutConversions(Fact.withoutOverlaps(all));
    }

    /**
     * A figure in brackets right after another is the same figure converted ("₹1,000 (US$12)",
     * "3,287,263 square kilometres (1,269,219 sq mi)"): no fact of its own, and no distractor either.
     */
    private static List<Fact> withoutConversions(List<Fact> facts) {
        return facts.stream().filter(fact -> !((fact.kind() == Kind.MONEY || fact.kind() == Kind.NUMBER)
                && CONVERSION.matcher(fact.sentence().text().substring(Math.max(0, fact.start() - 60), fact.start())).find())).toList();
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
