package quizbot.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything found in one article, for the questions to look across: the other facts of a kind
 * (distractors come from them first), every written form of an entity (aliases), and which
 * alternatives the article makes true (a date inside a range that holds the answer). Indexed once
 * by sentence, by kind of value and by answer, so a question looks at a bounded number of other
 * facts however long the article. Immutable.
 */
final class ArticleFacts {

    /** "the Collected Works of …", "… of Lahore": a name of a thing or a place, not of a person. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("^[Tt]he |\\b(?:of|for|and)\\b");

    /**
     * How many facts of the answer's kind the distractors are drawn from: those nearest the answer in
     * the article. More than any article of normal length holds, so there it is all of them.
     */
    static final int NEAREST = 200;

    private final List<Fact> facts;
    private final String headline;
    /** A year as a sentence writes it: "in 1551", "the 1586 Delft tower experiment", "1915's" (not "$1500", "1,500"). */
    private static final Pattern YEAR_AS_BOUND = Pattern.compile("(?i)\\b(?:since|until|till|before|after|from)\\s+(?:the\\s+)?(?:early\\s+|late\\s+)?(?:1[0-9]{3}|20[0-9]{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d$€£.,])(?:1[0-9]{3}|20[0-9]{2})(?![\\d%]|[.,]\\d)");
    /** A year of the first millennium or before the common era: "628 CE", "AD 79", "350 BC" (groups 1 and 2, or 3). */
    private static final Pattern EARLY_YEAR = Pattern.compile("\\b(\\d{1,4})\\s*(CE|AD|BCE|BC)\\b|\\bAD\\s*(\\d{1,4})\\b");
    /**
     * How many sentences back a fact's year is looked for: an encyclopedia's history runs in order, so a scholar named without
     * a year belongs to the years just before ("In 628 CE, Brahmagupta …. In the ancient Middle East … Al-Biruni …").
     */
    private static final int ERA_LOOKBACK = 2;
    /** A century: "the 6th century", "mid-16th-century", "the 3rd century BC" (group 2: before the common era). */
    private static final Pattern CENTURY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b(?:\\s+(BCE?))?");
    /** The years each name is named in, made when first asked for (see {@link #yearsOf}). */
    private Map<String, List<Integer>> yearsByEntity;
    /** The kind of feature each site is, made when first asked for (see {@link #featureOf}). */
    private Map<String, String> featuresByEntity;
    private final List<Sentence> sentences;
    private final Map<String, Set<String>> formsByEntity = new LinkedHashMap<>();
    private final Map<String, List<Fact>> factsByAnswerKey = new LinkedHashMap<>();
    private final Map<Integer, List<Fact>> factsBySentence = new HashMap<>();
    /** Facts in reading order, grouped by what a distractor must share with the answer (see {@link #ofKind}). */
    private final Map<String, List<Fact>> factsByGroup = new HashMap<>();
    /** The date ranges by the year they start in (0: none written), for {@link #inOneRange}. */
    private final Map<Integer, RangeIndex> rangesByYear = new HashMap<>();

    ArticleFacts(List<Fact> facts, List<Sentence> sentences) {
        this(facts, sentences, "");
    }

    /** The facts of an article under this headline, whose subject (see {@link Importance#isSubject}) is never a distractor. */
    ArticleFacts(List<Fact> facts, List<Sentence> sentences, String headline) {
        this.headline = headline.toLowerCase(Locale.ROOT);
        this.facts = List.copyOf(facts);
        this.sentences = List.copyOf(sentences);
        var ranges = new ArrayList<DateRange>();
        for (Fact fact : facts) {
            factsByAnswerKey.computeIfAbsent(Gazetteer.key(fact.answer()), key -> new ArrayList<>()).add(fact);
            factsBySentence.computeIfAbsent(fact.sentence().index(), index -> new ArrayList<>()).add(fact);
            if (fact.value() instanceof Name name) {
                Set<String> forms = formsByEntity.computeIfAbsent(name.entity(), entity -> new LinkedHashSet<>());
                forms.add(fact.answer());
                forms.add(fact.surface().replaceFirst("^[Tt]he ", "").replaceAll("^[“\"«]|[”\"»]$", "")); // "Lowe", asked as "Gareth Lowe"
            }
            if (fact.value() instanceof DateRange range) {
                ranges.add(range);
            }
            for (String group : groups(fact.value())) {
                factsByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(fact);
            }
        }
        ranges.stream().collect(Collectors.groupingBy(range -> range.from().year()))
                .forEach((year, ofYear) -> rangesByYear.put(year, RangeIndex.of(ofYear)));
        factsByGroup.values().forEach(group -> group.sort(READING_ORDER));
    }

    private static final Comparator<Fact> READING_ORDER =
            Comparator.comparingInt((Fact fact) -> fact.sentence().index()).thenComparingInt(Fact::start);

    /** The groups a value is listed in: the names a caller asks {@link #ofKind} for. */
    private static List<String> groups(FactValue value) {
        if (value instanceof DateValue date) {
            var groups = new ArrayList<String>(List.of(dateGroup(date.style())));
            if (date.hasDay()) {
                groups.add("date/day");
                if (date.year() != 0) {
                    groups.add("date/day-with-year");
                }
            }
            return groups;
        }
        if (value instanceof Amount amount) {
            return List.of(amountGroup(amount));
        }
        if (value instanceof Name name) {
            return List.of("name/" + name.type().word());
        }
        return value instanceof TreatyRef ? List.of("treaty") : List.of();
    }

    static String dateGroup(DateValue.Style style) {
        return "date/" + style;
    }

    /** Amounts are alike when they share their currency sign and, in any case, their wording ("million dollars"). */
    static String amountGroup(Amount amount) {
        return "amount/" + amount.prefix() + "/" + amount.suffix().toLowerCase(Locale.ROOT);
    }

    /**
     * The facts of one group ("date/YEAR", "date/day", "date/day-with-year", {@link #amountGroup},
     * "name/person", "treaty") in reading order: the {@value #NEAREST} nearest to the answer in the
     * article, all of them in an article of normal length.
     */
    List<Fact> ofKind(String group, Fact answer) {
        List<Fact> all = factsByGroup.getOrDefault(group, List.of());
        if (all.size() <= NEAREST) {
            return all;
        }
        int position = Collections.binarySearch(all, answer, READING_ORDER);
        int at = position >= 0 ? position : -position - 1;
        int from = Math.max(0, Math.min(at - NEAREST / 2, all.size() - NEAREST));
        return all.subList(from, from + NEAREST);
    }

    /** The facts found in the sentence with this index, in reading order. */
    List<Fact> inSentence(int sentenceIndex) {
        return factsBySentence.getOrDefault(sentenceIndex, List.of());
    }

    /**
     * The name of this kind (a craft, a treaty or act) that the headline holds and the article names most often, as the article
     * writes it: what "the spacecraft" or "the bill" of its sentences means; empty when the headline holds none.
     */
    Optional<String> headlineName(Predicate<Fact> ofKind) {
        Map<String, Long> counts = facts.stream().filter(ofKind)
                .filter(fact -> headline.contains(fact.answer().replaceFirst("^the ", "").toLowerCase(Locale.ROOT)))
                .collect(Collectors.groupingBy(Fact::answer, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Whether the headline holds the name as whole words. */
    boolean inHeadline(String name) {
        return (" " + headline.replaceAll("[^\\p{L}\\d]+", " ") + " ").contains(" " + name.toLowerCase(Locale.ROOT) + " ");
    }

    /** Whether this name is the article's own subject: the headline, or a name ending in a short headline's last word. */
    boolean isSubject(String name) {
        return Importance.isSubject(name.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""), headline);
    }

    /**
     * The article's own subject as its headline names it, when the headline is a name the article asks ("Bal Gangadhar
     * Tilak"); a longer name ending in the same word is a person only when it reads as one ("the Collected Works of Lala
     * Lajpat Rai" is a book).
     */
    Optional<String> subjectPerson() {
        return facts.stream().filter(fact -> fact.value() instanceof Name name && isSubject(fact.answer())
                        && (name.type() == NameType.PERSON || name.type() == NameType.NAME && fact.answer().contains(" "))
                        && !NOT_A_PERSON.matcher(fact.answer()).find())
                .map(Fact::answer).max(Comparator.comparing((String answer) -> answer.equalsIgnoreCase(headline))
                        .thenComparingInt(String::length));
    }

    /** The years the article names this name in (see {@link #yearOf}): a person's era. */
    /** The kind of natural feature a site is ({@link NameContext#feature}), the first any of its mentions says; "" if none does. */
    String featureOf(Name site) {
        if (featuresByEntity == null) {
            var features = new HashMap<String, String>();
            for (Fact fact : factsByGroup.getOrDefault("name/" + NameType.SITE.word(), List.of())) {
                String feature = NameContext.feature(fact);
                if (!feature.isEmpty()) {
                    features.putIfAbsent(((Name) fact.value()).entity(), feature);
                }
            }
            featuresByEntity = features;
        }
        return featuresByEntity.getOrDefault(site.entity(), "");
    }

    List<Integer> yearsOf(Name name) {
        if (yearsByEntity == null) {
            var years = new HashMap<String, List<Integer>>();
            for (Fact fact : facts) {
                int year = fact.value() instanceof Name ? yearOf(fact) : 0;
                if (year > 0) {
                    years.computeIfAbsent(((Name) fact.value()).entity(), entity -> new ArrayList<>()).add(year);
                }
            }
            yearsByEntity = years;
        }
        return yearsByEntity.getOrDefault(name.entity(), List.of());
    }

    /**
     * The year a fact is set in: the first its sentence writes (a century as its middle: "the 6th century" is 550; "628
     * CE"), else that of the {@value #ERA_LOOKBACK} sentences before; 0 when none has one. A person's years say their era ("in 1551, Domingo de Soto …", "the
     * 6th-century Brahmagupta"), so a distractor is not born centuries later.
     */
    int yearOf(Fact fact) {
        for (int back = 0; back <= ERA_LOOKBACK && fact.sentence().index() - back >= 0; back++) {
            String text = sentences.get(fact.sentence().index() - back).text();
            Matcher year = YEAR.matcher(text);
            Matcher century = CENTURY.matcher(text);
            Matcher early = EARLY_YEAR.matcher(text);
            boolean hasYear = year.find();
            if (century.find() && (!hasYear || century.start() < year.start())) {
                int middle = Integer.parseInt(century.group(1)) * 100 - 50;
                return century.group(2) == null ? middle : -middle;
            }
            if (early.find() && (!hasYear || early.start() < year.start())) {
                int value = Integer.parseInt(early.group(1) != null ? early.group(1) : early.group(3));
                return early.group(2) != null && early.group(2).startsWith("B") ? -value : value;
            }
            if (hasYear) {
                return Integer.parseInt(year.group());
            }
        }
        return 0;
    }

    /**
     * The one year a sentence writes, if it writes exactly one ("In 1846, …") and not as a bound ("the first visit since
     * 1928" was not in 1928); else empty.
     */
    static Optional<Integer> onlyYear(Sentence sentence) {
        List<Integer> years = YEAR.matcher(sentence.text()).results().map(year -> Integer.parseInt(year.group())).distinct().toList();
        boolean bound = YEAR_AS_BOUND.matcher(sentence.text()).find();
        return years.size() == 1 && !bound ? Optional.of(years.get(0)) : Optional.empty();
    }

    /** The sentence before this one in the article, if any. */
    Optional<Sentence> before(Sentence sentence) {
        int index = sentence.index() - 1;
        return index >= 0 && index < sentences.size() ? Optional.of(sentences.get(index)) : Optional.empty();
    }

    /** The article's sentences in reading order. */
    List<Sentence> sentences() {
        return sentences;
    }

    List<Fact> all() {
        return facts;
    }

    /** Every form the article uses for this entity ("Putin", "Vladimir Putin"), first seen first. */
    Set<String> forms(Name name) {
        return formsByEntity.getOrDefault(name.entity(), Set.of());
    }

    /** The forms of the answer that a prompt must not contain: its own text, and the other names of its entity. */
    List<String> answerForms(Fact fact) {
        var forms = new ArrayList<String>();
        forms.add(fact.answer());
        if (fact.value() instanceof Name name) {
            forms.addAll(forms(name));
            if (fact.answer().matches("\\p{Lu}{2,6}")) {
                spelledOut(fact.answer()).ifPresent(forms::add); // "NSS" typed as "Network Security Services"
            }
        }
        if (fact.value() instanceof TreatyRef treaty && treaty.known() != null) {
            forms.add(fact.surface());
            if (!treaty.known().acronym().isEmpty()) {
                forms.add(treaty.known().acronym());
            }
        }
        return forms;
    }

    /** What an acronym stands for where the article spells it out before it in brackets: "Network Security Services (NSS)". */
    private Optional<String> spelledOut(String acronym) {
        Pattern before = Pattern.compile("((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|and|for|the|on|&)\\s+)*){1,8})\\(" + acronym + "\\)");
        for (Sentence sentence : sentences) {
            Matcher spelled = before.matcher(sentence.text());
            while (spelled.find()) {
                String[] words = spelled.group(1).strip().split("\\s+");
                int from = Math.max(0, words.length - acronym.length() - 3);
                for (int start = from; start < words.length; start++) {
                    String candidate = String.join(" ", Arrays.copyOfRange(words, start, words.length));
                    String initials = Arrays.stream(Arrays.copyOfRange(words, start, words.length))
                            .filter(word -> Character.isUpperCase(word.codePointAt(0))).map(word -> word.substring(0, 1))
                            .collect(Collectors.joining());
                    if (initials.equals(acronym) && Character.isUpperCase(candidate.codePointAt(0))) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The same question for an option as written: a date is read back, a name looked up among the article's names. */
    boolean couldAlsoBeTrue(Fact answer, String option) {
        FactValue date = DateExtractor.parse(option);
        if (date != null) {
            return couldAlsoBeTrue(answer, date);
        }
        return factsByAnswerKey.getOrDefault(Gazetteer.key(option), List.of()).stream()
                .anyMatch(fact -> couldAlsoBeTrue(answer, fact.value()));
    }

    /**
     * Whether the article could make this alternative true as well: a date inside a range that also
     * holds the answer, or a name tied to the answer (an alias, a capital for its country).
     */
    boolean couldAlsoBeTrue(Fact answer, FactValue alternative) {
        if (answer.value() instanceof DateValue date && alternative instanceof DateValue other && date.hasDay() && other.hasDay()) {
            return inOneRange(date, other);
        }
        if (answer.value() instanceof DateRange range && alternative instanceof DateRange other) {
            return range.overlaps(other);
        }
        if (answer.value() instanceof Name name && alternative instanceof Name other) {
            return name.isTiedTo(other);
        }
        return answer.key().equals(alternative.key());
    }

    /**
     * Whether one of the article's ranges holds both days ({@link DateRange#contains}): a day without
     * a year is read in the year its range starts, so the ranges are looked up per starting year, each
     * by a binary search rather than one by one.
     */
    private boolean inOneRange(DateValue date, DateValue other) {
        for (Map.Entry<Integer, RangeIndex> ofYear : rangesByYear.entrySet()) {
            long day = dayIn(date, ofYear.getKey());
            long otherDay = dayIn(other, ofYear.getKey());
            if (ofYear.getValue().holds(Math.min(day, otherDay), Math.max(day, otherDay))) {
                return true;
            }
        }
        return false;
    }

    private static long dayIn(DateValue date, int rangeYear) {
        return new DateValue(date.year() == 0 ? rangeYear : date.year(), date.month(), date.day(), date.style()).epochDay();
    }

    /** Ranges sorted by first day, with the latest last day among each one and those before it. */
    private record RangeIndex(long[] firstDays, long[] latestLastDays) {

        static RangeIndex of(List<DateRange> ranges) {
            List<DateRange> sorted = ranges.stream().sorted(Comparator.comparingLong(range -> range.from().epochDay())).toList();
            long[] firsts = new long[sorted.size()];
            long[] latest = new long[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                firsts[i] = sorted.get(i).from().epochDay();
                latest[i] = Math.max(i == 0 ? Long.MIN_VALUE : latest[i - 1], sorted.get(i).to().epochDay());
            }
            return new RangeIndex(firsts, latest);
        }

        /** Whether a range starts on or before {@code first} and ends on or after {@code last}. */
        boolean holds(long first, long last) {
            int low = 0;
            int high = firstDays.length;
            while (low < high) { // the number of ranges that start on or before the first day
                int middle = (low + high) >>> 1;
                if (firstDays[middle] <= first) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low > 0 && latestLastDays[low - 1] >= last;
        }
    }
}
