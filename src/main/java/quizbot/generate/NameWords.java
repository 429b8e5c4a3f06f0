package quizbot.generate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words names are read by: what joins a name's words, what is never a name,
 * and the words that say a name is a person's, a company's, an event's, a club's or a site's. Immutable.
 */
final class NameWords {

    static final Set<String> CONNECTORS = Set.of("of", "de", "del", "da", "di", "von", "van", "der", "la", "le", "bin", "al", "the", "&");
    /** Connectors that belong inside a person's name: "Ignacio de Valcárcel", "Ludwig van Beethoven" (not "of", "the", "&"). */
    static final Set<String> NAME_PARTICLES = Set.of("de", "del", "da", "di", "von", "van", "der", "la", "le", "bin", "al");
    /** What may stand between the words of a name spelled out before its acronym. */
    static final Set<String> EXPANSION_GLUE = Set.of("and", "of", "the", "for", "on", "in", "&", ",");
    static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
    static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "To", "From", "Of", "With",
            "After", "Before", "During", "Since", "However", "This", "That", "These", "Those", "It", "He", "She", "They",
            "We", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "Then", "Now", "Thus", "Indeed", "Also",
            "Yet", "So", "There", "Here", "What", "When", "Where", "Who", "Why", "How", "Many", "Several", "Some", "One",
            "Two", "Three", "According", "Back", "Meanwhile", "Presumably", "Together", "Under", "Over", "Around",
            "While", "Although", "Despite", "Both", "All", "Each", "Every", "Most", "No", "Not", "Former", "Last",
            "Next", "First", "Such", "Mr", "Mrs", "Ms", "Dr", "OK", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Treaty", "Agreement", "Protocol", "Convention", "Between", "Among",
            "Against", "Through", "Throughout", "Within", "Until", "Upon", "Into", "Across", "Along",
            "Toward", "Towards", "Via", "Unlike", "Because", "Whether", "Unless", "Once", "Later", "Earlier");
    static final Set<String> SAYING = Set.of("said", "says", "told", "added", "explained", "stated", "noted",
            "wrote", "announced", "argued", "insisted", "recalled", "believes", "believed");
    /** Verbs whose subject or agent is a person: "said X", "led by X", "coached by X". */
    static final Set<String> PEOPLE_VERBS = Set.of("said", "says", "told", "added", "led", "coached", "founded",
            "chaired", "headed", "married", "accompanied", "elected", "appointed", "interviewed", "painted", "written", "directed");
    static final Set<String> COMPANY_WORDS = Set.of("Inc", "Inc.", "LLC", "Ltd", "Ltd.", "AG", "GmbH", "plc",
            "PLC", "SA", "S.A.", "Corp", "Corp.", "Corporation", "Company", "Group", "Holding", "Holdings", "Logistics",
            "Cargo", "Motors", "Railways", "Railway", "Airlines", "Airways", "Energy", "Industries", "Technologies",
            "Systems", "Media", "Export", "International");
    static final Set<String> COMPANY_CUES = Set.of("company", "companies", "firm", "firms", "subsidiary",
            "operator", "group", "corporation", "llc", "inc", "inc.", "ltd", "ag", "gmbh", "rival", "carrier", "bank", "brand");
    static final Set<String> EVENT_WORDS = Set.of("forum", "festival", "summit", "conference", "exhibition",
            "award", "prize", "programme", "mission", "project", "operation", "campaign", "games", "cup",
            "championship", "tournament", "congress", "resolution");
    /** Words that end the name of an event: "Paris Peace Conference", "Continental Club Cup". */
    static final Set<String> EVENT_HEADS = Set.of("Conference", "Summit", "Forum", "Games", "Olympics", "Cup",
            "Championship", "Championships", "Festival", "Expo", "Exhibition", "War", "Revolution", "Crisis", "Congress",
            "Tournament", "Open", "Grand Prix", "Rally", "Marathon", "Tour");
    /** Words that make a name a sports club's: "Northbridge United", "FC Alpenrose Zürich". */
    static final Set<String> CLUB_WORDS = Set.of("United", "FC", "AFC", "CF", "SC", "Athletic", "Rovers",
            "Wanderers", "Albion", "Hotspur", "Rangers", "Celtic");
    /** Words that end the name of a site: "Wembley Stadium", "Guiana Space Centre", "Hall of Mirrors". */
    static final Set<String> SITE_WORDS = Set.of("Stadium", "Arena", "Centre", "Center", "Palace", "Hall",
            "Square", "Park", "Airport", "Station", "Cathedral", "Castle", "Bridge", "Street", "Island", "Islands",
            "Mountain", "Mountains", "River", "Lake", "Sea", "Ocean", "Bay", "Valley", "Cosmodrome", "Spaceport", "Port",
            "Harbour", "Museum", "Gallery", "Tower", "Canal", "Gulf", "Strait", "Desert", "Forest", "Peninsula", "Glacier", "Ghats",
            "Plateau", "Hills", "Range", "Point", "Cape", "Falls", "Coast", "Delta", "Basin", "Pass", "Memorial", "Monument", "Statue",
            "Temple", "Fort", "Mosque", "Church", "Shrine", "Dam", "Gate", "Mausoleum", "Tomb");
    /** Verbs of thought, whose subject is a thinker: "Aristotle believed that …", "Kepler reasoned …". */
    static final Set<String> THINKING = Set.of("believed", "thought", "argued", "proposed", "reasoned", "theorised", "theorized",
            "hypothesised", "hypothesized", "realised", "realized", "deduced", "speculated", "taught");

    /** Sorts of organisation by the word that heads their name: a college is asked among colleges, a council among councils. */
    private static final Map<String, String> ORGANISATION_SORTS = sorts(
            "school: College University School Institute Institution Institutions Academy Polytechnic",
            "assembly: Council Assembly Parliament Congress Committee Commission Senate House Court Tribunal Board",
            "association: Party League Association Sabha Samaj Society Union Federation Movement Front Club Foundation",
            "agency: Agency Administration Department Ministry Office Bureau Service Authority Laboratory Center Centre",
            "company: Inc Inc. LLC Ltd Ltd. Corporation Corp Corp. Company Group Holdings Technologies Systems");

    /** Sorts of thing by a term's head noun, so a term's distractors are things of its sort: a machine for a machine, a theory for a theory. */
    private static final Map<String, String> TERM_SORTS = sorts(
            "machine: vehicle rover spacecraft satellite rocket engine lander orbiter probe telescope radar lidar instrument device"
                    + " array port module capsule station laboratory detector sensor reactor system tool apparatus computer chip"
                    + " supercomputer semiconductor processor battery tank cell",
            "theory: theory mechanics relativity principle law equation model hypothesis framework physics geometry calculus",
            "force: force field attraction radiation wave acceleration gravity gravitation energy pressure momentum inertia"
                    + " curvature dilation",
            "body: hole star planet galaxy moon comet asteroid body cluster nebula quasar pulsar dwarf giant",
            "matter: matter gas dust hydrogen helium plasma particle cloud",
            "money: credit loan grant fund investment tax subsidy payment budget",
            "job: job worker employee position");

    /** The sort of thing a term names by its head noun ({@link #TERM_SORTS}), else the head noun itself, singular. */
    static String termSort(String term) {
        String head = term.substring(term.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replaceFirst("(?<=[^s])s$", "");
        return TERM_SORTS.getOrDefault(head, head);
    }

    private static Map<String, String> sorts(String... lines) {
        var sorts = new HashMap<String, String>();
        for (String line : lines) {
            String sort = line.substring(0, line.indexOf(':'));
            for (String word : line.substring(line.indexOf(':') + 1).trim().split(" ")) {
                sorts.put(word, sort);
            }
        }
        return Map.copyOf(sorts);
    }

    /** The sort of organisation a name says it is by its head word (before "of"/"for"/"on", else its last), or "". */
    static String organisationSort(String name) {
        String[] words = name.split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (Set.of("of", "for", "on").contains(words[i])) {
                return ORGANISATION_SORTS.getOrDefault(words[i - 1], "");
            }
        }
        return ORGANISATION_SORTS.getOrDefault(words[words.length - 1], "");
    }

    private NameWords() {
    }
}
