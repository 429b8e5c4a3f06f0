package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import quizbot.questions.Limits;

/**
 * Wrong answers of the same kind and form as the answer, definitely wrong by the article: other
 * facts of that kind in the article first, then nearby dates and years, figures near the answer in
 * the same currency and wording, then the gazetteers. Never an alias of the answer, never one the article
 * makes true too, never a name the prompt already shows. Deterministic. Thread-safe.
 */
final class Distractors {

    static final int WANTED = 3;
    private static final int[] YEAR_STEPS = {-2, 3, -1, 1, 5, -4, 2, -3, 4, -5, 6, -6};
    private static final int[] DAY_STEPS = {-3, 4, 7, -6, 2, -2, 9, -8, 12, -11, 5, -5};
    private static final int[] DECADE_STEPS = {-2, 1, -1, 2, -3, 3};
    private static final int[] MONTH_STEPS = {-2, 3, -5, 4, -1, 1, 6, -7, 8, -9};
    /** How many words before a person's name a nationality describes them: "the British author Sir Valentine Chirol". */
    private static final int NATION_REACH = 3;
    /** How many years from the answer the article's other dates with a day or a month may lie to be its distractors. */
    private static final int DAY_DATE_YEARS = 5;

    private final Gazetteer gazetteer;

    Distractors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** How far apart in years two people may be named and still be of one era: no one of 1551 among those of 1919. */
    private static final int ERA_YEARS = 60;
    /** How long before the first year the article names someone with they may already have been at work: a career's length. */
    private static final int ACTIVE_BEFORE = 40;

    /**
     * How far a person is from the year a question is set in: the nearest year the article names them with, {@value #ERA_YEARS}
     * when it names them with none; beyond that when the year lies more than {@value #ERA_YEARS} years after the first year
     * it names them with, or more than {@value #ACTIVE_BEFORE} before it. A person named in 1666 is still named in 1846 (by
     * "Newton's law"), but is no one who measured or published anything then.
     */
    private static int eraDistance(List<Integer> years, int era) {
        if (years.isEmpty()) {
            return ERA_YEARS;
        }
        int first = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
        if (era > first + ERA_YEARS || era < first - ACTIVE_BEFORE) {
            return ERA_YEARS + 1;
        }
        return years.stream().mapToInt(year -> Math.abs(year - era)).min().orElseThrow();
    }

    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})[’']s\\b");

    /** A possible wrong answer: the option text and what it means. */
    private record Candidate(String text, FactValue value) {
    }

    /** Up to {@link #WANTED} distractors, best first; fewer when no good ones exist. */
    List<String> forFact(Fact fact, ArticleFacts article, String prompt) {
        var chosen = new ArrayList<String>();
        String normalizedPrompt = Gazetteer.key(POSSESSIVE.matcher(prompt).replaceAll("")); // "Kepler's third law" names Kepler
        Iterator<Candidate> candidates = candidates(fact, article).iterator();
        while (candidates.hasNext()) {
            Candidate candidate = candidates.next();
            String key = Gazetteer.key(candidate.text());
            boolean fits = !candidate.text().isBlank() && candidate.text().length() <= Limits.MAX_OPTION;
            boolean sameAsAnswer = key.equals(Gazetteer.key(fact.answer()))
                    || candidate.value() instanceof Name && isAnotherForm(key, Gazetteer.key(fact.answer()));
            boolean shownInPrompt = containsWord(normalizedPrompt, key) || candidate.value() instanceof Name name
                    && article.forms(name).stream().anyMatch(form -> containsWord(normalizedPrompt, Gazetteer.key(form)))
                    || namedByItsLastWord(prompt, candidate.text());
            boolean repeated = chosen.stream().anyMatch(other -> Gazetteer.key(other).equals(key));
            boolean subject = candidate.value() instanceof Name && article.isSubject(candidate.text()); // "Tilak" among Tilak's peers
            if (fits && !sameAsAnswer && !shownInPrompt && !repeated && !subject && !article.couldAlsoBeTrue(fact, candidate.value())) {
                chosen.add(candidate.text());
            }
            if (chosen.size() == WANTED) {
                break;
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * "Edmund Halley" for "Edmond Halley": a name of six letters or more one letter apart is the answer spelled otherwise (and
     * one that holds the answer's words, or whose words the answer holds, is another form of it: "Satpura Range", "Satpura").
     */
    private static boolean isAnotherForm(String candidate, String answer) {
        boolean spelledOtherwise = candidate.length() >= 6 && candidate.length() == answer.length()
                && IntStream.range(0, answer.length()).filter(i -> candidate.charAt(i) != answer.charAt(i)).count() == 1;
        return spelledOtherwise || containsWord(candidate, answer) || containsWord(answer, candidate);
    }

    /** "The Accords reinforce …" names "the Artemis Accords" by its last word: offering it would contradict the prompt. */
    private static boolean namedByItsLastWord(String prompt, String candidate) {
        String last = candidate.substring(candidate.lastIndexOf(' ') + 1);
        return candidate.contains(" ") && last.length() >= 4 && Character.isUpperCase(last.codePointAt(0))
                && Pattern.compile("\\b[Tt]he " + Pattern.quote(last) + "\\b").matcher(prompt).find();
    }

    static boolean containsWord(String text, String word) {
        return !word.isEmpty() && (" " + words(text) + " ").contains(" " + words(word) + " ");
    }

    /** A normalised text's words, each run of other characters one space: what {@link #containsWord} compares. */
    static String words(String text) {
        return text.replaceAll("[^\\p{L}\\d-]+", " ").strip();
    }

    /**
     * The candidates, best first, made as they are asked for: {@link #forFact} stops after the first
     * good three. Those from the article are the facts of the answer's kind nearest to it
     * ({@link ArticleFacts#ofKind}), so the work per question does not grow with the article.
     */
    private Stream<Candidate> candidates(Fact fact, ArticleFacts article) {
        FactValue value = fact.value();
        if (value instanceof DateValue date) {
            return dates(date, fact, article).stream().map(other -> new Candidate(other.text(), other));
        }
        if (value instanceof DateRange range) {
            return ranges(range).stream().map(other -> new Candidate(other.text(), other));
        }
        if (value instanceof Amount amount) {
            return FigureDistractors.candidates(amount, fact, article).stream().map(other -> new Candidate(other.text(), other));
        }
        if (value instanceof Name name) {
            return names(name, fact, article);
        }
        if (value instanceof TreatyRef treaty) {
            boolean withThe = fact.answer().startsWith("the ");
            return treaties(treaty, fact, article).stream().map(other -> new Candidate(treatyText(other, withThe), other));
        }
        return Stream.empty();
    }

    /** The group of {@link ArticleFacts#ofKind} that holds the dates of the answer's grain ({@link #sameGrain}). */
    private static String grainGroup(DateValue answer) {
        return switch (answer.style()) {
            case YEAR, MONTH_YEAR, DECADE -> ArticleFacts.dateGroup(answer.style());
            default -> answer.year() == 0 ? "date/day" : "date/day-with-year";
        };
    }

    private static List<DateValue> dates(DateValue answer, Fact fact, ArticleFacts article) {
        var candidates = new ArrayList<DateValue>();
        for (Fact other : article.ofKind(grainGroup(answer), fact)) {
            if (other.value() instanceof DateValue date && sameGrain(date, answer)) {
                candidates.add(new DateValue(answer.year() == 0 ? 0 : (date.year() == 0 ? answer.year() : date.year()),
                        date.month(), date.day(), answer.style(), answer.form()));
            }
        }
        if (answer.style() == DateValue.Style.YEAR) {
            candidates.removeIf(year -> Math.abs(year.year() - answer.year()) > 30);
            candidates.sort(Comparator.comparingInt(year -> Math.abs(year.year() - answer.year())));
        } else if (answer.year() != 0) { // a birth date is no distractor for a release decades later: the article's days of its decade
            candidates.removeIf(date -> Math.abs(date.year() - answer.year()) > DAY_DATE_YEARS);
        }
        var shifted = new ArrayList<DateValue>();
        int[] steps = switch (answer.style()) {
            case YEAR -> YEAR_STEPS;
            case DECADE -> DECADE_STEPS;
            case MONTH_YEAR -> MONTH_STEPS;
            default -> DAY_STEPS;
        };
        for (int step : steps) {
            DateValue moved = answer.shifted(step);
            if (moved != null) {
                shifted.add(moved);
            }
        }
        return Orders.interleave(candidates, shifted);
    }

    private static boolean sameGrain(DateValue date, DateValue answer) {
        return switch (answer.style()) {
            case YEAR -> date.style() == DateValue.Style.YEAR;
            case MONTH_YEAR -> date.style() == DateValue.Style.MONTH_YEAR;
            case DECADE -> date.style() == DateValue.Style.DECADE;
            default -> date.hasDay() && (answer.year() == 0 || date.year() != 0);
        };
    }


    private static List<DateRange> ranges(DateRange answer) {
        long length = answer.to().epochDay() - answer.from().epochDay() + 1;
        var candidates = new ArrayList<DateRange>();
        for (int times : new int[] {1, -1, 2, -2, 3, -3, 4}) {
            DateRange moved = answer.shifted((int) (times * (length + 2)));
            if (moved != null) {
                candidates.add(moved);
            }
        }
        return candidates;
    }

    private Stream<Candidate> names(Name answer, Fact fact, ArticleFacts article) {
        boolean oneWord = !fact.answer().contains(" ");
        Stream<Candidate> candidates = Stream.empty();
        List<NameType> types = answer.type() == NameType.ORGANISATION ? List.of(NameType.ORGANISATION, NameType.COMPANY) : List.of(answer.type());
        for (NameType type : types) {
            boolean surname = oneWord && type == NameType.PERSON;
            int era = type == NameType.PERSON ? article.yearOf(fact) : 0;
            List<Name> others = nearestFirst(article.ofKind("name/" + type.word(), fact), fact);
            if (era > 0) { // of the answer's era first, then those the article dates nowhere; never one of another era
                Map<Name, Integer> distance = new HashMap<>();
                others.forEach(other -> distance.put(other, eraDistance(article.yearsOf(other), era)));
                others = others.stream().filter(other -> distance.get(other) <= ERA_YEARS)
                        .sorted(Comparator.comparingInt(other -> distance.get(other) < ERA_YEARS ? 0 : 1)).toList();
            }
            String nation = type == NameType.PERSON ? demonymBefore(fact) : "";
            if (!nation.isEmpty()) { // "British author Sir ____": only people the article calls British too
                others = others.stream().filter(other -> demonymsOf(other, article).contains(nation)).toList();
            }
            candidates = Stream.concat(candidates, others.stream()
                    .map(name -> new Candidate(nameForm(name, article.forms(name), surname), name)));
        }
        if (answer.type() == NameType.TERM) { // "The new ____ were delivered": a plural term for a plural one
            boolean plural = isPlural(fact.answer());
            String sort = NameWords.termSort(fact.answer()); // "gravitational radiation" among waves and fields, not "dark matter"
            candidates = candidates.filter(candidate -> isPlural(candidate.text()) == plural && NameWords.termSort(candidate.text()).equals(sort));
        }
        if (answer.type() == NameType.ORGANISATION || answer.type() == NameType.COMPANY) { // a college for a college first
            String sort = NameWords.organisationSort(fact.answer());
            List<Candidate> all = candidates.toList();
            candidates = Stream.concat(all.stream().filter(candidate -> NameWords.organisationSort(candidate.text()).equals(sort)),
                    all.stream().filter(candidate -> !NameWords.organisationSort(candidate.text()).equals(sort)));
        }
        if (answer.type() == NameType.SITE) { // a river for a river, a sea for a sea: "the Ganges", "the Indus"; "the Arabian Sea"
            String feature = article.featureOf(answer);
            candidates = candidates.filter(candidate -> article.featureOf((Name) candidate.value()).equals(feature));
        }
        if (answer.type() == NameType.COMPANY) {
            candidates = Stream.concat(candidates, Orders.rotated(gazetteer.companiesLike(fact.answer()), fact.answer()).stream()
                    .map(company -> new Candidate(company, new Name(Gazetteer.key(company), NameType.COMPANY, Set.of()))));
        }
        if (Set.of(NameType.CITY, NameType.COUNTRY, NameType.REGION).contains(answer.type())) {
            String continent = gazetteer.continentOf(fact.answer()); // of the answer's part of the world, when known
            candidates = Stream.concat(candidates, Orders.rotated(gazetteer.placesOfType(answer.type()), fact.answer()).stream()
                    .filter(entry -> continent.isEmpty() || gazetteer.continentOf(entry.name()).equals(continent))
                    .map(entry -> {
                        String related = entry.related().isEmpty() ? "" : Gazetteer.key(entry.related());
                        var name = new Name(Gazetteer.key(entry.name()), entry.type(), related.isEmpty() ? Set.of() : Set.of(related));
                        return new Candidate(entry.name(), name);
                    }));
        }
        return candidates;
    }

    /**
     * The names of these mentions, each once, the one named nearest the answer's sentence first: the article's world around
     * the fact ("two Bengali youths, ____ and …" among the people of that episode, not the biography's first-named friends).
     */
    private static List<Name> nearestFirst(List<Fact> mentions, Fact answer) {
        Map<Name, Integer> distance = new LinkedHashMap<>(); // ties in reading order
        for (Fact mention : mentions) {
            distance.merge((Name) mention.value(), Math.abs(mention.sentence().index() - answer.sentence().index()), Math::min);
        }
        return distance.keySet().stream().sorted(Comparator.comparingInt(distance::get)).toList();
    }

    /** The nationality the words just before a mention give it ("British author Sir ____" → "British"), or "". */
    private String demonymBefore(Fact mention) {
        List<Token> tokens = mention.sentence().tokens();
        int at = mention.sentence().tokenFrom(mention.start());
        for (int i = Math.max(0, at - NATION_REACH); i < at; i++) {
            if (gazetteer.isDemonym(tokens.get(i).text())) {
                return tokens.get(i).text();
            }
        }
        return "";
    }

    /** The nationalities the article gives a person at any of their mentions. */
    private Set<String> demonymsOf(Name person, ArticleFacts article) {
        return article.all().stream().filter(mention -> person.equals(mention.value())).map(this::demonymBefore)
                .filter(nation -> !nation.isEmpty()).collect(Collectors.toSet());
    }

    private static boolean isPlural(String phrase) {
        return phrase.matches(".*[^s]s");
    }

    /**
     * A person's surname when the answer is a surname; else the entity's main name when the article
     * uses it ("Cuba" rather than "the Island of Freedom"), else the fullest form it uses.
     */
    private static String nameForm(Name name, Set<String> forms, boolean oneWord) {
        String longest = forms.stream().max(Comparator.comparingInt(String::length)).orElse("");
        if (!oneWord) {
            return forms.stream().filter(form -> Gazetteer.key(form).equals(name.entity())).findFirst().orElse(longest);
        }
        return forms.stream().filter(form -> !form.contains(" ")).findFirst()
                .orElse(longest.substring(longest.lastIndexOf(' ') + 1));
    }


    private List<TreatyRef> treaties(TreatyRef answer, Fact fact, ArticleFacts article) {
        var candidates = new ArrayList<TreatyRef>();
        for (Fact other : article.ofKind("treaty", fact)) {
            if (other.value() instanceof TreatyRef treaty) {
                candidates.add(treaty);
            }
        }
        String field = answer.known() == null ? "" : answer.known().field();
        int year = answer.known() == null ? 1950 : answer.known().year();
        gazetteer.treaties().stream()
                .sorted(Comparator.comparing((Gazetteer.Treaty treaty) -> !treaty.field().equals(field))
                        .thenComparingInt(treaty -> Math.abs(treaty.year() - year)))
                .forEach(treaty -> candidates.add(new TreatyRef(treaty, treaty.name())));
        return candidates;
    }

    private static String treatyText(TreatyRef treaty, boolean withThe) {
        String name = treaty.known() != null ? treaty.known().name() : treaty.name();
        return withThe ? (name.startsWith("the ") ? name : "the " + name) : name.replaceFirst("^the ", "");
    }
}
