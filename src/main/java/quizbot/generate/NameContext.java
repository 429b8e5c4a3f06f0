package quizbot.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words around a name of no known type say it is, by the shape of the sentence: a person has initials
 * ("B. R. Ambedkar"), a lifespan in brackets ("Isaac Newton (1642–1727)") or a life's events ("… was born", "…
 * was cremated"); a place is a town's ("the village of Banga"), a district's ("the Lyallpur district") or stands
 * before its country ("Mandalay, Burma"). Stateless.
 */
final class NameContext {

    private static final Pattern LIFESPAN = Pattern.compile("^\\s?\\((?:born |b\\. |c\\. |died |d\\. )?(?:\\d{1,2} \\p{L}+ )?\\d{3,4}\\b");
    private static final Set<String> LIFE_EVENTS = Set.of("born", "died", "cremated", "buried", "hanged", "executed",
            "assassinated", "knighted", "married", "widowed");
    private static final Set<String> TOWN_NOUNS = Set.of("village", "town", "city", "hamlet", "port");
    private static final Set<String> REGION_NOUNS = Set.of("district", "province", "county", "state", "region", "prefecture");
    /** Nouns of a class of people, which a list of names after them belongs to: "the astronomers John Couch Adams and …". */
    private static final Set<String> PEOPLE_NOUNS = Set.of("people", "men", "women", "youths", "boys", "girls", "brothers",
            "sisters", "sons", "daughters", "leaders", "scientists", "astronomers", "physicists", "mathematicians", "philosophers",
            "thinkers", "scholars", "writers", "poets", "authors", "revolutionaries", "activists", "astronauts", "officials",
            "players", "members", "friends", "colleagues", "associates", "comrades", "students", "teachers", "judges");
    /** Nouns of a class of natural features: "three main rivers, the Indus, Ganges, and Brahmaputra", "the Satpura range". */
    private static final Set<String> FEATURE_NOUNS = Set.of("rivers", "mountains", "peaks", "glaciers", "lakes", "islands",
            "deserts", "hills", "ranges", "plateaus", "seas", "bays", "capes", "valleys", "river", "mountain", "peak",
            "glacier", "lake", "island", "desert", "plateau", "cape", "valley", "range", "hill", "sea", "bay");
    /** Nouns of a kind of craft: "the spacecraft Columbia", "a satellite called CALIPSO", "the Perseverance rover". */
    private static final Set<String> CRAFT_NOUNS = Set.of("spacecraft", "spaceship", "satellite", "satellites", "rover", "rovers",
            "probe", "lander", "orbiter", "telescope", "rocket", "capsule", "ship", "ships", "vessel", "submarine", "aircraft",
            "mission", "missions", "module", "helicopter");
    /** Nouns of a class of settlements: "the cities Delhi and Mumbai", "villages such as Banga". */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("cities", "towns", "villages", "ports", "capitals");
    /** What may stand between a class noun and the names of its list: "rivers, the Indus, Ganges, and …". */
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "the", ":", "(", "including", "namely", "such", "as", "called",
            "named", "dubbed");
    private static final int LIST_REACH = 12;

    private NameContext() {
    }

    /** Whether the run from {@code from} to {@code to} names a person by the words around it. */
    static boolean isPerson(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        boolean initial = false;
        for (int i = from; i + 1 < to; i++) {
            initial |= tokens.get(i).text().matches("\\p{Lu}") && tokens.get(i + 1).text().equals(".");
        }
        if (initial && tokens.get(to - 1).text().length() > 1) {
            return true;
        }
        int next = to < tokens.size() && Set.of("was", "were").contains(tokens.get(to).text()) ? to + 1 : to;
        return next < tokens.size() && LIFE_EVENTS.contains(tokens.get(next).text())
                || to < tokens.size() && LIFESPAN.matcher(sentence.text().substring(tokens.get(to - 1).end())).find();
    }

    /**
     * The type a class noun before the name gives it, the name standing in the list that follows the noun ("two Bengali
     * youths, Prafulla Chaki and Khudiram Bose", "three main rivers, the Indus, Ganges, and Brahmaputra"); else null.
     */
    static NameType ofClassBefore(Sentence sentence, int from) {
        String noun = classNounBefore(sentence, from);
        if (noun == null) {
            return null;
        }
        return PEOPLE_NOUNS.contains(noun) ? NameType.PERSON : FEATURE_NOUNS.contains(noun) ? NameType.SITE
                : SETTLEMENT_NOUNS.contains(noun) ? NameType.CITY : CRAFT_NOUNS.contains(noun) ? NameType.CRAFT : null;
    }

    /** The class noun before the list the token at {@code from} stands in, or null. */
    private static String classNounBefore(Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        for (int i = from - 1; i >= Math.max(0, from - LIST_REACH); i--) {
            String word = tokens.get(i).text();
            if (PEOPLE_NOUNS.contains(word) || FEATURE_NOUNS.contains(word) || SETTLEMENT_NOUNS.contains(word) || CRAFT_NOUNS.contains(word)) {
                return word;
            }
            if (!LIST_GLUE.contains(word) && !tokens.get(i).isCapitalized()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The kind of natural feature a site's mention says it is, singular and in lower case: by its own head word ("the Thar
     * Desert", "the Bay of Bengal"), the noun right after it ("the Satpura range") or the class noun of the list it stands
     * in ("three main rivers, the Indus, …"); "" when the sentence does not say.
     */
    static String feature(Fact site) {
        String[] words = site.answer().replaceFirst("^the ", "").split("\\s+");
        int of = Arrays.asList(words).indexOf("of");
        String head = of > 0 ? words[of - 1] : words[words.length - 1];
        if (NameWords.SITE_WORDS.contains(head)) {
            return singular(head.toLowerCase(Locale.ROOT));
        }
        Token next = site.sentence().nextToken(site.end());
        if (next != null && FEATURE_NOUNS.contains(next.text())) {
            return singular(next.text());
        }
        List<Token> tokens = site.sentence().tokens();
        int from = 0;
        while (from < tokens.size() && tokens.get(from).start() < site.start()) {
            from++;
        }
        String noun = classNounBefore(site.sentence(), from);
        return noun != null && FEATURE_NOUNS.contains(noun) ? singular(noun) : "";
    }

    private static String singular(String noun) {
        return noun.replaceFirst("(?<=[^s])s$", "");
    }

    /**
     * What the nouns around the run say it names: a place of no known class ("the village of Banga", "Mandalay, Burma"), a
     * site by its noun after ("the Godavari river") or a craft ("the Perseverance rover"); else null.
     */
    static NameType byNounsAround(Sentence sentence, int from, int to, Gazetteer gazetteer) {
        List<Token> tokens = sentence.tokens();
        if (from >= 2 && tokens.get(from - 1).text().equals("of") && (TOWN_NOUNS.contains(tokens.get(from - 2).text())
                || REGION_NOUNS.contains(tokens.get(from - 2).text()))) { // "the village of Banga", "the Indian state of West Bengal"
            return NameType.PLACE;
        }
        if (to < tokens.size() && REGION_NOUNS.contains(tokens.get(to).text())) {
            return NameType.PLACE;
        }
        if (to < tokens.size() && FEATURE_NOUNS.contains(tokens.get(to).text())) {
            return NameType.SITE; // "the Godavari river", "the Satpura range"
        }
        if (to < tokens.size() && CRAFT_NOUNS.contains(tokens.get(to).text())) {
            return NameType.CRAFT; // "the Perseverance rover", "the Dragonfly mission"
        }
        if (to + 2 < tokens.size() && tokens.get(to).text().equals(",") && tokens.get(to + 1).text().matches("an?|the")) {
            for (int i = to + 2; i < Math.min(tokens.size(), to + 6); i++) { // "CloudSat, a NASA mission that …"
                if (CRAFT_NOUNS.contains(tokens.get(i).text())) {
                    return NameType.CRAFT;
                }
                if (!Set.of(PosTag.ADJ, PosTag.NOUN, PosTag.PROPN).contains(tokens.get(i).tag())) {
                    break;
                }
            }
        }
        if (to + 1 < tokens.size() && tokens.get(to).text().equals(",")) {
            Gazetteer.Entry after = gazetteer.place(tokens.get(to + 1).text());
            boolean country = after != null && (after.type() == NameType.COUNTRY || after.type() == NameType.REGION);
            return country ? NameType.PLACE : null;
        }
        return null;
    }
}
