package quizbot.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The small curated lists the generator knows without context: places (the countries Java's
 * Locale names, plus cities, regions and other names of countries), aliases (seats of power and
 * nicknames), person titles and given names, organisation words and acronyms, and well-known
 * treaties. Read once from the class path. Immutable and thread-safe.
 */
final class Gazetteer {

    /** A place or alias entry: its type, and the place it stands for or lies in (may be empty). */
    record Entry(String name, NameType type, String related) {
    }

    /** A well-known treaty. */
    record Treaty(String id, String name, String acronym, List<String> otherNames, int year, String field) {
    }

    private final Map<String, Entry> places = new HashMap<>();
    private final Map<String, Entry> aliases = new HashMap<>();
    private final Set<String> personTitles;
    private final Set<String> firstNames;
    private final Set<String> organisationWords;
    private final Set<String> organisationAcronyms;
    /** Each well-known company with its sector ({@code companies.txt}). */
    private final List<String[]> companies;
    private final Set<String> demonyms;
    private final List<Treaty> treaties = new ArrayList<>();
    private final Map<String, String> continents = new HashMap<>();
    /** {@link #placesOfType}, worked out once per type: distractors ask for it for every place question. */
    private final Map<NameType, List<Entry>> placesByType = new ConcurrentHashMap<>();

    Gazetteer() {
        for (String country : Locale.getISOCountries()) {
            String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
            places.put(key(name), new Entry(name, NameType.COUNTRY, ""));
        }
        for (String[] row : rows("places.tsv")) {
            var entry = new Entry(row[0], NameType.of(row[1]), row.length > 2 ? row[2] : "");
            places.put(key(entry.name()), entry);
        }
        rows("continents.tsv").forEach(row -> continents.put(key(row[0]), row[1]));
        for (String[] row : rows("aliases.tsv")) {
            aliases.put(key(row[0]), new Entry(row[0], NameType.of(row[1]), row[2]));
        }
        personTitles = lowerCaseSet(rows("person-titles.txt"));
        firstNames = set(rows("first-names.txt"));
        organisationWords = set(rows("organisation-words.txt"));
        organisationAcronyms = set(rows("organisation-acronyms.txt"));
        companies = rows("companies.txt").stream().map(row -> new String[] {row[0], row[1]}).toList();
        demonyms = set(rows("demonyms.txt"));
        for (String[] row : rows("treaties.tsv")) {
            List<String> others = row[3].isEmpty() ? List.of() : List.of(row[3].split(";"));
            treaties.add(new Treaty(row[0], row[1], row[2], others, Integer.parseInt(row[4]), row[5]));
        }
    }

    private static final Pattern QUOTES_AND_DOTS = Pattern.compile("[“”\"‘’'.]");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern INNER_OF_THE = Pattern.compile("\\s+(?:of|the)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Lower case without accents, "the " and inner "of": the form names are compared in. */
    static String key(String name) {
        String plain = QUOTES_AND_DOTS.matcher(ArticleCleaner.normalizeForMatch(name)).replaceAll("").replace('–', '-');
        plain = INNER_OF_THE.matcher(LEADING_THE.matcher(plain).replaceFirst("")).replaceAll(" ");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    Entry place(String name) {
        return places.get(key(name));
    }

    Entry alias(String name) {
        return aliases.get(key(name));
    }

    /**
     * The continent of a known city or country ("Prague", "the Czech Republic": Europe), through the
     * country it lies in or stands for; empty when unknown.
     */
    String continentOf(String place) {
        Entry entry = places.get(key(place));
        for (int hops = 0; entry != null && hops < 3; hops++) {
            String continent = continents.get(key(entry.name()));
            if (continent != null) {
                return continent;
            }
            entry = entry.related().isEmpty() ? null : places.get(key(entry.related()));
        }
        return "";
    }

    boolean isPersonTitle(String word) {
        return personTitles.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    boolean isOrganisationWord(String word) {
        return organisationWords.contains(word);
    }

    /** "Swiss", "Portuguese", "Americans": the word for a country's people, never a name alone. */
    boolean isDemonym(String word) {
        return demonyms.contains(word) || word.endsWith("s") && demonyms.contains(word.substring(0, word.length() - 1));
    }

    boolean isOrganisationAcronym(String word) {
        return organisationAcronyms.contains(word);
    }

    /** The well-known companies of the answer's sector, the answer among them, when the list holds it; else none (a bank is no oil company). */
    List<String> companiesLike(String answer) {
        String key = key(answer);
        String sector = companies.stream().filter(row -> key(row[0]).equals(key)).map(row -> row[1]).findFirst().orElse(null);
        return companies.stream().filter(row -> row[1].equals(sector)).map(row -> row[0]).toList();
    }

    List<Treaty> treaties() {
        return List.copyOf(treaties);
    }

    /**
     * Well-known places of one type under their main names, in alphabetical order: the cities and
     * regions listed here, and the countries that have a listed city (not all of Locale's, which
     * would make obscure distractors).
     */
    List<Entry> placesOfType(NameType type) {
        return placesByType.computeIfAbsent(type, this::listPlacesOfType);
    }

    private List<Entry> listPlacesOfType(NameType type) {
        var withCities = new HashSet<String>();
        places.values().stream().filter(entry -> entry.type() == NameType.CITY).forEach(city -> withCities.add(key(city.related())));
        var seen = new HashSet<String>();
        return places.values().stream()
                .filter(entry -> entry.type() == type)
                .filter(entry -> switch (type) {
                    case CITY -> true;
                    case COUNTRY -> entry.related().isEmpty() && withCities.contains(key(entry.name()));
                    default -> entry.related().isEmpty();
                })
                .filter(entry -> seen.add(key(entry.name())))
                .sorted(Comparator.comparing(Entry::name))
                .toList();
    }

    private static Set<String> set(List<String[]> rows) {
        return rows.stream().map(row -> row[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Set<String> lowerCaseSet(List<String[]> rows) {
        return rows.stream().map(row -> row[0].toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer " + resource + " is missing from the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var rows = new ArrayList<String[]>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
