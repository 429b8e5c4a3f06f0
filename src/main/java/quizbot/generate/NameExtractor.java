package quizbot.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * Finds names of people, organisations and places without a trained NER model (none is published
 * under a permissive licence): runs of capitalised words and quoted names, typed by gazetteers,
 * by the words around them (a title before a person, "LLC" after a company) and by the article as
 * a whole ("Putin" is the "Vladimir Putin" named earlier). Where the type stays unsure the name is
 * kept untyped ({@code name}, asked as kind {@code other}). Thread-safe.
 */
final class NameExtractor {

    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{2,60})[”\"»]");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "da", "di", "von", "van", "der", "la", "le", "bin", "al", "the", "&");
    /** Connectors that belong inside a person's name: "Ignacio de Valcárcel", "Ludwig van Beethoven" (not "of", "the", "&"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "da", "di", "von", "van", "der", "la", "le", "bin", "al");
    /** What may stand between the words of a name spelled out before its acronym. */
    private static final Set<String> EXPANSION_GLUE = Set.of("and", "of", "the", "for", "on", "in", "&", ",");
    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "To", "From", "Of", "With",
            "After", "Before", "During", "Since", "However", "This", "That", "These", "Those", "It", "He", "She", "They",
            "We", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "Then", "Now", "Thus", "Indeed", "Also",
            "Yet", "So", "There", "Here", "What", "When", "Where", "Who", "Why", "How", "Many", "Several", "Some", "One",
            "Two", "Three", "According", "Back", "Meanwhile", "Presumably", "Together", "Under", "Over", "Around",
            "While", "Although", "Despite", "Both", "All", "Each", "Every", "Most", "No", "Not", "Former", "Last",
            "Next", "First", "Such", "Mr", "Mrs", "Ms", "Dr", "OK", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Treaty", "Agreement", "Protocol", "Convention");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "explained", "stated", "noted",
            "wrote", "announced", "argued", "insisted", "recalled", "believes", "believed");
    /** Verbs whose subject or agent is a person: "said X", "led by X", "coached by X". */
    private static final Set<String> PEOPLE_VERBS = Set.of("said", "says", "told", "added", "led", "coached", "founded",
            "chaired", "headed", "married", "elected", "appointed", "interviewed", "painted", "written", "directed");
    private static final Set<String> COMPANY_WORDS = Set.of("Inc", "Inc.", "LLC", "Ltd", "Ltd.", "AG", "GmbH", "plc",
            "PLC", "SA", "S.A.", "Corp", "Corp.", "Corporation", "Company", "Group", "Holding", "Holdings", "Logistics",
            "Cargo", "Motors", "Railways", "Railway", "Airlines", "Airways", "Energy", "Industries", "Technologies",
            "Systems", "Media", "Export", "International");
    private static final Set<String> COMPANY_CUES = Set.of("company", "companies", "firm", "firms", "subsidiary",
            "operator", "group", "corporation", "llc", "inc", "inc.", "ltd", "ag", "gmbh", "rival", "carrier", "bank", "brand");
    private static final Set<String> EVENT_WORDS = Set.of("forum", "festival", "summit", "conference", "exhibition",
            "award", "prize", "programme", "mission", "project", "operation", "campaign", "games", "cup",
            "championship", "tournament", "congress", "resolution");
    /** Words that end the name of an event: "Paris Peace Conference", "Continental Club Cup". */
    private static final Set<String> EVENT_HEADS = Set.of("Conference", "Summit", "Forum", "Games", "Olympics", "Cup",
            "Championship", "Championships", "Festival", "Expo", "Exhibition", "War", "Revolution", "Crisis", "Congress",
            "Tournament", "Open", "Grand Prix", "Rally", "Marathon", "Tour");
    /** Words that make a name a sports club's: "Northbridge United", "FC Alpenrose Zürich". */
    private static final Set<String> CLUB_WORDS = Set.of("United", "FC", "AFC", "CF", "SC", "Athletic", "Rovers",
            "Wanderers", "Albion", "Hotspur", "Rangers", "Celtic");
    /** Words that end the name of a site: "Wembley Stadium", "Guiana Space Centre", "Hall of Mirrors". */
    private static final Set<String> SITE_WORDS = Set.of("Stadium", "Arena", "Centre", "Center", "Palace", "Hall",
            "Square", "Park", "Airport", "Station", "Cathedral", "Castle", "Bridge", "Street", "Island", "Islands",
            "Mountain", "Mountains", "River", "Lake", "Sea", "Ocean", "Bay", "Valley", "Cosmodrome", "Spaceport", "Port",
            "Harbour", "Museum", "Gallery", "Tower", "Canal", "Gulf", "Strait", "Desert", "Forest", "Peninsula");

    private final Gazetteer gazetteer;

    NameExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A name as found in one sentence, before the article-wide pass settles what it names. */
    private record Mention(Sentence sentence, int start, int end, String text, boolean withThe, String type,
                           String entity, Set<String> related) {

        /** The mention as what the article-wide pass found it to be; a person's name never takes "the". */
        Mention typed(String newType, String newEntity, Set<String> newRelated) {
            boolean the = withThe && !newType.equals("person");
            int newStart = withThe && !the ? end - text.length() : start;
            return new Mention(sentence, newStart, end, text, the, newType, newEntity, newRelated);
        }

        Set<String> words() {
            return new HashSet<>(Arrays.asList(Gazetteer.key(text).split("[\\s-]+")));
        }
    }

    List<Fact> extract(List<Sentence> sentences) {
        return extract(sentences, Deadline.NONE);
    }

    List<Fact> extract(List<Sentence> sentences, Deadline deadline) {
        var mentions = new ArrayList<Mention>();
        for (Sentence sentence : sentences) {
            deadline.check("finding names");
            mentions.addAll(mentions(sentence));
        }
        deadline.check("settling what the names name");
        var settled = settle(mentions);
        Set<String> commonWords = commonWords(sentences);
        var facts = new ArrayList<Fact>();
        for (Mention mention : settled) {
            if (mention.type.equals("name") && isCommonWord(mention.text, commonWords)) {
                continue;
            }
            String answer = (mention.withThe ? "the " : "") + mention.text;
            facts.add(new Fact(kind(mention.type), mention.sentence, mention.start, mention.end, answer,
                    new Name(mention.entity, mention.type, mention.related)));
        }
        return facts;
    }

    /** The words the article writes in lower case somewhere: "stand", "pumps", "construction". */
    private static Set<String> commonWords(List<Sentence> sentences) {
        var words = new HashSet<String>();
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                if (token.text().matches("\\p{Ll}+")) {
                    words.add(token.text());
                }
            }
        }
        return words;
    }

    /**
     * A name of unsure type that is only a common word capitalised for its place or shouted
     * ("Stand by.", "Construction began", "FUEL CELL 2 PUMPS"): every word of it is written in lower
     * case elsewhere in the article, or it is a contraction ("I've").
     */
    private static boolean isCommonWord(String name, Set<String> commonWords) {
        if (name.matches("\\p{L}+['’](?:ve|m|re|ll|d)")) {
            return true;
        }
        String[] words = name.split("\\s+");
        boolean shouted = name.equals(name.toUpperCase(Locale.ROOT)) && words.length > 1;
        return (words.length == 1 || shouted) && Arrays.stream(words)
                .allMatch(word -> word.matches("\\p{L}+") && commonWords.contains(word.toLowerCase(Locale.ROOT)));
    }

    static Kind kind(String type) {
        return switch (type) {
            case "person" -> Kind.PERSON;
            case "city", "country", "region", "site" -> Kind.PLACE;
            case "company", "organisation", "club" -> Kind.ORGANISATION;
            default -> Kind.OTHER;
        };
    }

    private List<Mention> mentions(Sentence sentence) {
        String text = sentence.text();
        var mentions = new ArrayList<Mention>();
        var quoted = new boolean[text.length()];
        Matcher quote = QUOTED.matcher(text);
        while (quote.find()) {
            String name = quote.group(1).strip();
            if (looksLikeName(name)) {
                Arrays.fill(quoted, quote.start(), quote.end(), true);
                mentions.add(typeQuoted(sentence, quote.start(), quote.end(), name));
            }
        }
        List<Token> tokens = sentence.tokens();
        int firstWord = firstWord(sentence);
        int[] expansion = acronymExpansions(tokens);
        int runStart = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && runStart >= 0 && runStart < i && expansion[i] == i) { // the expansion is a name of its own
                mentions.addAll(typeRun(sentence, runStart, i));
                runStart = -1;
            }
            boolean expands = i < tokens.size() && expansion[i] >= 0 && (runStart >= 0 || expansion[i] == i);
            boolean namey = i < tokens.size() && !quoted[tokens.get(i).start()] && isNamey(sentence, i, runStart >= 0, firstWord);
            boolean connects = i < tokens.size() && runStart >= 0 && i + 1 < tokens.size()
                    && (CONNECTORS.contains(tokens.get(i).text()) || isGluedHyphen(tokens, i) || isInitialsDot(tokens, i)
                    || continuesLongName(sentence, runStart, i, firstWord))
                    && nameyAfterConnectors(sentence, i + 1, firstWord) && !quoted[tokens.get(i).start()];
            if (expands || namey || connects) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (runStart >= 0) {
                mentions.addAll(typeRun(sentence, runStart, i));
                runStart = -1;
            }
        }
        return mentions;
    }

    /**
     * "Office for Democratic Institutions and Human Rights": "for" after an organisation word, and
     * "and" inside a name already joined by "of" or "for", continue the name; so does "and" before
     * words that end in an organisation's or a site's word ("Food and Agriculture Organization"),
     * unless what comes before it is a name of its own (a place, or ending in such a word, or longer
     * than two words: "Hallberg Logistics AG and Meridian Cargo Inc."), and a
     * list of capitalised words ending in "and" in such a name ("Ministry of the Economy, Tourism,
     * and Sport"), unless its words are places.
     */
    private boolean continuesLongName(Sentence sentence, int runStart, int index, int firstWord) {
        List<Token> tokens = sentence.tokens();
        String word = tokens.get(index).text();
        if (word.equals("for")) {
            return gazetteer.isOrganisationWord(tokens.get(index - 1).text());
        }
        boolean joinedByOf = tokens.subList(runStart, index).stream()
                .anyMatch(token -> token.text().equals("for") || token.text().equals("of"));
        if (word.equals("and")) {
            if (joinedByOf) {
                return true;
            }
            int end = index + 1;
            while (end < tokens.size() && isNamey(sentence, end, true, firstWord)) {
                end++;
            }
            String head = tokens.get(end - 1).text();
            String before = text(sentence, runStart, index);
            boolean beforeIsAName = index - runStart > 2 || gazetteer.place(before) != null || gazetteer.alias(before) != null
                    || tokens.subList(runStart, index).stream().anyMatch(token -> gazetteer.isOrganisationWord(token.text())
                            || COMPANY_WORDS.contains(token.text()) || SITE_WORDS.contains(token.text()));
            return end > index + 1 && (gazetteer.isOrganisationWord(head) || SITE_WORDS.contains(head)) && !beforeIsAName;
        }
        if (!word.equals(",") || !joinedByOf) {
            return false;
        }
        boolean and = false;
        int i = index;
        while (i < tokens.size() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("and"))) {
            while (i < tokens.size() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("and"))) {
                and |= tokens.get(i).text().equals("and");
                i++;
            }
            int itemStart = i;
            while (i < tokens.size() && isNamey(sentence, i, true, firstWord)) {
                i++;
            }
            if (i == itemStart || gazetteer.place(text(sentence, itemStart, i)) != null) {
                return false;
            }
        }
        return and;
    }

    /** Whether a name goes on at this token, after at most two more connectors ("Servants of the People Society"). */
    private boolean nameyAfterConnectors(Sentence sentence, int index, int firstWord) {
        List<Token> tokens = sentence.tokens();
        for (int i = index; i < Math.min(tokens.size(), index + 2); i++) {
            if (isNamey(sentence, i, true, firstWord)) {
                return true;
            }
            if (!CONNECTORS.contains(tokens.get(i).text()) && !tokens.get(i).text().equals("and")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Names spelled out before their acronym: for every token of "Historically Black Colleges and
     * Universities (HBCUs)" the index of the expansion's first token, else -1. The expansion is the
     * shortest run before the bracket whose capitalised words' initials spell the acronym, with
     * "and", "of", "the", "for", "on", "in", "&" and commas between them.
     */
    private static int[] acronymExpansions(List<Token> tokens) {
        int[] expansion = new int[tokens.size()];
        Arrays.fill(expansion, -1);
        for (int open = 1; open + 2 < tokens.size(); open++) {
            if (!tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")
                    || !tokens.get(open + 1).text().matches("\\p{Lu}{2,8}s?")) {
                continue;
            }
            String letters = tokens.get(open + 1).text().replaceFirst("s$", "");
            var initials = new StringBuilder();
            for (int i = open - 1; i >= 0 && initials.length() < letters.length(); i--) {
                String word = tokens.get(i).text();
                if (Character.isUpperCase(word.codePointAt(0))) {
                    initials.insert(0, word.charAt(0));
                    if (initials.toString().equals(letters) && open - i > 1) {
                        Arrays.fill(expansion, i, open, i);
                    }
                } else if (!EXPANSION_GLUE.contains(word)) {
                    break;
                }
            }
        }
        return expansion;
    }

    /** "J. R. Whitfield" tokenised with the dots apart: a dot right after a capital's initial joins the name. */
    private static boolean isInitialsDot(List<Token> tokens, int index) {
        return tokens.get(index).text().equals(".") && index > 0 && tokens.get(index - 1).text().matches("\\p{Lu}")
                && tokens.get(index - 1).end() == tokens.get(index).start();
    }

    /** "Aurora-Link" tokenised as three tokens: a hyphen with no space on either side joins a name. */
    private static boolean isGluedHyphen(List<Token> tokens, int index) {
        return tokens.get(index).text().equals("-") && index > 0 && index + 1 < tokens.size()
                && tokens.get(index - 1).end() == tokens.get(index).start() && tokens.get(index).end() == tokens.get(index + 1).start();
    }

    private static boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        return Character.isUpperCase(name.codePointAt(0)) && words.length <= 6
                && Arrays.stream(words).filter(word -> Character.isUpperCase(word.codePointAt(0))).count() * 2 > words.length;
    }

    private boolean isNamey(Sentence sentence, int index, boolean inRun, int firstWord) {
        Token token = sentence.tokens().get(index);
        String word = token.text();
        if (!token.isCapitalized() || !Character.isLetter(word.codePointAt(0))) {
            return false;
        }
        if (inRun && ROMAN.contains(word)) {
            return true;
        }
        if (NOT_NAMES.contains(word.replaceAll("[’']s$", ""))) {
            return false;
        }
        if (index <= firstWord && !token.tag().equals("PROPN") && gazetteer.place(word) == null && !gazetteer.isFirstName(word)
                && !gazetteer.isOrganisationAcronym(word)) {
            return false;
        }
        return true;
    }

    /**
     * The index of the sentence's first word (a token starting with a letter or digit; the size when
     * none does): that word, or the first of a quotation that opens the sentence, is capitalised by
     * grammar, not as a name. A token at or before it is at the sentence start.
     */
    private static int firstWord(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (Character.isLetterOrDigit(tokens.get(i).text().codePointAt(0))) {
                return i;
            }
        }
        return tokens.size();
    }

    private Mention typeQuoted(Sentence sentence, int start, int end, String name) {
        String[] afterWords = sentence.text().substring(end).replaceFirst("^[\\s,.;:]+", "").split("[\\s,.;:]+");
        String nextWord = afterWords.length == 0 ? "" : afterWords[0]; // none when the quotation ends the sentence
        String before = sentence.text().substring(0, start).toLowerCase();
        String[] beforeWords = before.strip().split("\\s+");
        String previous = String.join(" ", Arrays.copyOfRange(beforeWords, Math.max(0, beforeWords.length - 3), beforeWords.length));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        String type;
        if (EVENT_WORDS.contains(nextWord) || Arrays.stream(previous.split(" ")).anyMatch(EVENT_WORDS::contains)) {
            type = "event";
        } else if (COMPANY_CUES.contains(nextWord.toLowerCase()) || COMPANY_WORDS.contains(lastWord)
                || Arrays.stream(previous.split(" ")).anyMatch(COMPANY_CUES::contains) || previous.endsWith("director of")
                || sentence.text().toLowerCase().matches(".*\\bcompan(?:y|ies)\\b.*")) {
            type = "company";
        } else {
            type = "name";
        }
        return new Mention(sentence, start, end, name, false, type, Gazetteer.key(name), Set.of());
    }

    /** Types one run of capitalised words, splitting off a title ("US President Barack Obama"). */
    private List<Mention> typeRun(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        while (to > from && CONNECTORS.contains(tokens.get(to - 1).text())) {
            to--;
        }
        if (!gazetteer.isOrganisationWord(tokens.get(to - 1).text())) {
            for (int i = to - 2; i >= from; i--) {
                if (gazetteer.isPersonTitle(tokens.get(i).text())) {
                    var parts = new ArrayList<Mention>();
                    int titleStart = i;
                    while (titleStart > from && gazetteer.isPersonTitle(tokens.get(titleStart - 1).text())) {
                        titleStart--;
                    }
                    if (titleStart > from && !qualifiesTitle(sentence, from, titleStart)) {
                        parts.addAll(typeRun(sentence, from, titleStart));
                    }
                    int personEnd = i + 1;
                    while (personEnd < to && (!CONNECTORS.contains(tokens.get(personEnd).text())
                            || NAME_PARTICLES.contains(tokens.get(personEnd).text()))) {
                        personEnd++;
                    }
                    Mention person = mention(sentence, i + 1, personEnd, "person");
                    if (person != null) {
                        parts.add(person);
                    }
                    int rest = personEnd;
                    while (rest < to && CONNECTORS.contains(tokens.get(rest).text())) {
                        rest++;
                    }
                    if (rest < to) {
                        parts.addAll(typeRun(sentence, rest, to));
                    }
                    return parts;
                }
            }
        }
        List<Token> run = tokens.subList(from, to);
        if (run.stream().allMatch(token -> gazetteer.isPersonTitle(token.text()))) { // "the Minister for Transport": a post, not a name
            return List.of();
        }
        boolean describes = run.stream().allMatch(token -> token.tag().equals("ADJ") || gazetteer.isDemonym(token.text()));
        boolean loneOrganisationWord = run.size() == 1 && gazetteer.isOrganisationWord(run.get(0).text());
        if (describes || loneOrganisationWord) { // "Russian", "Ministry"; but "Central Electoral Commission" is a name
            return List.of();
        }
        Mention mention = mention(sentence, from, to, typeOf(sentence, from, to));
        return mention == null ? List.of() : List.of(mention);
    }

    /**
     * One word before a title that is part of the title ("State Secretary", "Vice President"), not a
     * name of its own as an acronym, a place or a known name is ("NASA Administrator", "French President").
     */
    private boolean qualifiesTitle(Sentence sentence, int from, int titleStart) {
        String word = sentence.tokens().get(from).text();
        return titleStart == from + 1 && !word.matches("\\p{Lu}{2,}") && gazetteer.place(word) == null
                && gazetteer.alias(word) == null && !gazetteer.isOrganisationAcronym(word);
    }

    private String typeOf(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        String text = text(sentence, from, to);
        String first = tokens.get(from).text();
        String last = headWord(tokens, from, to);
        String next = to < tokens.size() ? tokens.get(to).text() : "";
        if (gazetteer.alias(text) != null) {
            return gazetteer.alias(text).type();
        }
        if (gazetteer.place(text) != null) {
            return gazetteer.place(text).type();
        }
        if (gazetteer.isOrganisationAcronym(text)) {
            return "organisation";
        }
        if (EVENT_HEADS.contains(last)) {
            return "event";
        }
        if (SITE_WORDS.contains(last) || first.equals("Mount") || first.equals("Lake")) {
            return "site";
        }
        if (CLUB_WORDS.contains(last) || first.matches("A?FC|CF|SC")) {
            return "club";
        }
        if (COMPANY_WORDS.contains(last) || COMPANY_WORDS.contains(next) || first.equals("FC")) {
            return "company";
        }
        if (gazetteer.isOrganisationWord(last) || gazetteer.isOrganisationWord(next) || gazetteer.isOrganisationWord(tokens.get(to - 1).text())) {
            return "organisation";
        }
        boolean severalWords = to - from >= 2;
        if (severalWords && (gazetteer.isFirstName(first) || hasTitleBefore(sentence, from) || hasTitleAfter(sentence, to)
                || SAYING.contains(next))) {
            return "person";
        }
        return "name";
    }

    /** The word that says what a name is: the last, or the one before "of"/"for" ("University of Bern", "Office for …"). */
    private static String headWord(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (tokens.get(i).text().equals("of") || tokens.get(i).text().equals("for")) {
                return tokens.get(i - 1).text();
            }
        }
        return tokens.get(to - 1).text();
    }

    /**
     * A person's title among the few lower-case words before the name ("the president Vladimir
     * Putin", "its leader, Mira Valentić"), or a verb that only people do to or by ("led by",
     * "said", "told").
     */
    private boolean hasTitleBefore(Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        String before = from > 0 ? tokens.get(from - 1).text() : "";
        if (PEOPLE_VERBS.contains(before) || before.equals("by") && from > 1 && PEOPLE_VERBS.contains(tokens.get(from - 2).text())) {
            return true;
        }
        boolean afterComma = from > 0 && tokens.get(from - 1).text().equals(",");
        for (int i = from - 1; i >= Math.max(0, from - 5); i--) {
            Token token = tokens.get(i);
            if (gazetteer.isPersonTitle(token.text())) {
                return true;
            }
            boolean apposition = token.text().equals(",") && i == from - 1;
            // "the Minister for Transport, Seán O'Donnell": a capitalised title phrase before the comma
            boolean titlePhrase = afterComma && (token.isCapitalized() || token.text().equals("for") || token.text().equals("of"));
            // "the project director at Transport Infrastructure Ireland": a preposition ends the title's reach
            if (!apposition && !titlePhrase && (token.tag().equals("VERB") || token.tag().equals("ADP") || token.text().equals(",")
                    || token.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /** A person's title in an apposition after the name: "Marta Ferreira, the Portuguese striker". */
    private boolean hasTitleAfter(Sentence sentence, int to) {
        List<Token> tokens = sentence.tokens();
        if (to >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        for (int i = to + 1; i < Math.min(tokens.size(), to + 7); i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",") || token.tag().equals("VERB")) {
                return false;
            }
            if (gazetteer.isPersonTitle(token.text())) {
                return true;
            }
        }
        return false;
    }

    private Mention mention(Sentence sentence, int from, int to, String type) {
        List<Token> tokens = sentence.tokens();
        if (from >= to) {
            return null;
        }
        int start = tokens.get(from).start();
        String text = text(sentence, from, to);
        int end = start + text.length();
        boolean withThe = from > 0 && tokens.get(from - 1).text().equalsIgnoreCase("the") && !type.equals("person");
        if (withThe) {
            start = tokens.get(from - 1).start();
        }
        String entity = Gazetteer.key(text);
        Set<String> related = Set.of();
        Gazetteer.Entry alias = gazetteer.alias(text);
        Gazetteer.Entry place = gazetteer.place(text);
        if (alias != null) {
            related = Set.of(Gazetteer.key(alias.related()));
        } else if (place != null && !place.related().isEmpty()) {
            if (place.type().equals("city") || place.type().equals("region")) {
                related = Set.of(Gazetteer.key(place.related()));
            } else {
                entity = Gazetteer.key(place.related());
            }
        }
        return new Mention(sentence, start, end, text, withThe, type, entity, related);
    }

    /** The words of a run, without a possessive ending ("Moscow’s" is Moscow). */
    private static String text(Sentence sentence, int from, int to) {
        return sentence.text().substring(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end())
                .replaceAll("[’']s$", "");
    }

    /**
     * The article-wide pass: a name whose words all belong to one person's name is that person
     * ("Diaz-Canel", "Putin"), likewise for one organisation's; the longest form names the entity.
     * The typed names are indexed by their words and initials, and a name's owner is found once per
     * written form, so the pass takes time in proportion to the names, not to their square.
     */
    private List<Mention> settle(List<Mention> mentions) {
        Map<String, Mention> longestByEntity = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (!mention.type.equals("name")) {
                longestByEntity.merge(mention.entity, mention, (a, b) -> b.text.length() > a.text.length() ? b : a);
            }
        }
        var typed = new TypedNames(longestByEntity.values());
        Map<String, Optional<Mention>> ownerByForm = new HashMap<>();
        var settled = new ArrayList<Mention>();
        for (Mention mention : mentions) {
            Mention owner = ownerByForm.computeIfAbsent(mention.type + "\t" + mention.text,
                    form -> Optional.ofNullable(typed.ownerOf(mention)).or(() -> Optional.ofNullable(typed.expansionOf(mention))))
                    .orElse(null);
            settled.add(owner == null ? mention : mention.typed(owner.type, owner.entity, owner.related));
        }
        return settled;
    }

    /** The typed names of an article, each the longest form of its entity, in the order the entities first appear. */
    private static final class TypedNames {
        private static final Set<String> OWNER_TYPES = Set.of("person", "company", "organisation", "club");

        /** The names that can own others, with their words, listed under each of their words. */
        private final Map<String, List<Owner>> ownersByWord = new HashMap<>();
        /** The names by their initials ("European Space Agency" under "ESA"). */
        private final Map<String, List<Mention>> byInitials = new HashMap<>();

        private record Owner(Mention mention, Set<String> words, String key) {
        }

        TypedNames(Iterable<Mention> typed) {
            for (Mention candidate : typed) {
                if (OWNER_TYPES.contains(candidate.type)) {
                    var owner = new Owner(candidate, candidate.words(), Gazetteer.key(candidate.text));
                    owner.words().forEach(word -> ownersByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(owner));
                }
                byInitials.computeIfAbsent(initials(candidate.text), initials -> new ArrayList<>()).add(candidate);
            }
        }

        private static String initials(String text) {
            return Arrays.stream(text.split("[\\s-]+"))
                    .filter(word -> !CONNECTORS.contains(word) && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)))
                    .map(word -> word.substring(0, 1))
                    .reduce("", String::concat);
        }

        /** The organisation an acronym stands for, when the article names it in full: "ESA" is the European Space Agency. */
        Mention expansionOf(Mention mention) {
            if (!mention.text.matches("\\p{Lu}{2,6}")) {
                return null;
            }
            for (Mention candidate : byInitials.getOrDefault(mention.text, List.of())) {
                if (!candidate.text.equals(mention.text)) {
                    return candidate;
                }
            }
            return null;
        }

        /**
         * The longest typed person or organisation name that contains all of this name's words (for an
         * organisation, as its first words: "Hallberg" is "Hallberg Logistics AG", "Space" is not the
         * "European Space Agency"), when every such name is part of it (so "Meridian" inside both "Meridian Cargo Inc." and
         * "Hallberg Meridian Group" stays unsure). Only the names listed under the name's rarest word are looked at: a
         * name that contains all its words is listed under each of them.
         */
        Mention ownerOf(Mention mention) {
            if (!mention.type.equals("name") && !mention.type.equals("person")) {
                return null;
            }
            Set<String> words = mention.words();
            if (words.isEmpty()) {
                return null; // "V" of "George V", "I" of "World War I": nothing to look a name up by
            }
            List<Owner> listed = null;
            for (String word : words) {
                List<Owner> underWord = ownersByWord.getOrDefault(word, List.of());
                if (listed == null || underWord.size() < listed.size()) {
                    listed = underWord;
                }
            }
            String key = Gazetteer.key(mention.text);
            var containing = new ArrayList<Owner>();
            for (Owner candidate : listed) {
                Mention name = candidate.mention();
                boolean sameKind = mention.type.equals("name") || name.type.equals(mention.type);
                boolean startsAlike = name.type.equals("person") || candidate.key().startsWith(key);
                if (sameKind && startsAlike && name.text.length() > mention.text.length() && candidate.words().containsAll(words)) {
                    containing.add(candidate);
                }
            }
            Owner longest = containing.stream().max((a, b) -> Integer.compare(a.mention().text.length(), b.mention().text.length()))
                    .orElse(null);
            if (longest == null || !containing.stream().allMatch(other -> longest.words().containsAll(other.words()))) {
                return null;
            }
            return longest.mention();
        }
    }
}
