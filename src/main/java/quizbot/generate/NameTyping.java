package quizbot.generate;

import static quizbot.generate.NameWords.CLUB_WORDS;
import static quizbot.generate.NameWords.COMPANY_CUES;
import static quizbot.generate.NameWords.COMPANY_WORDS;
import static quizbot.generate.NameWords.CONNECTORS;
import static quizbot.generate.NameWords.EVENT_HEADS;
import static quizbot.generate.NameWords.EVENT_WORDS;
import static quizbot.generate.NameWords.NAME_PARTICLES;
import static quizbot.generate.NameWords.PEOPLE_VERBS;
import static quizbot.generate.NameWords.SAYING;
import static quizbot.generate.NameWords.SITE_WORDS;
import static quizbot.generate.NameWords.THINKING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says what a name found in one sentence is: a person, company, organisation, club, event, site or
 * place by the gazetteers and the words in and around it (a title before a person, "LLC" after a
 * company), else an untyped {@code name}. Thread-safe.
 */
final class NameTyping {

    /** Title words that only qualify a title after them: "Foreign Minister", "Deputy Director", "Field Marshal". */
    private static final Set<String> QUALIFIERS = Set.of("foreign", "deputy", "vice", "field");

    private final Gazetteer gazetteer;

    NameTyping(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Types a quoted name by the words around it: an event, a company, or a name of unsure type. */
    NameMention typeQuoted(Sentence sentence, int start, int end, String name) {
        String[] afterWords = sentence.text().substring(end).replaceFirst("^[\\s,.;:]+", "").split("[\\s,.;:]+");
        String nextWord = afterWords.length == 0 ? "" : afterWords[0]; // none when the quotation ends the sentence
        String before = sentence.text().substring(0, start).toLowerCase();
        String[] beforeWords = before.strip().split("\\s+");
        String previous = String.join(" ", Arrays.copyOfRange(beforeWords, Math.max(0, beforeWords.length - 3), beforeWords.length));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        NameType type;
        if (EVENT_WORDS.contains(nextWord) || Arrays.stream(previous.split(" ")).anyMatch(EVENT_WORDS::contains)) {
            type = NameType.EVENT;
        } else if (COMPANY_CUES.contains(nextWord.toLowerCase()) || COMPANY_WORDS.contains(lastWord)
                || Arrays.stream(previous.split(" ")).anyMatch(COMPANY_CUES::contains) || previous.endsWith("director of")
                || sentence.text().toLowerCase().matches(".*\\bcompan(?:y|ies)\\b.*")) {
            type = NameType.COMPANY;
        } else {
            type = NameType.NAME;
        }
        return new NameMention(sentence, start, end, name, false, type, Gazetteer.key(name), Set.of());
    }

    /** Types one run of capitalised words, splitting off a title ("US President Barack Obama"). */
    List<NameMention> typeRun(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        while (to > from && CONNECTORS.contains(tokens.get(to - 1).text())) {
            to--;
        }
        List<Token> run = tokens.subList(from, to);
        if (run.stream().allMatch(token -> gazetteer.isPersonTitle(token.text()) || CONNECTORS.contains(token.text())
                || gazetteer.isDemonym(token.text()))) {
            return List.of(); // "the Minister for Transport", "the Attorney General", "the Indian Viceroy": a post, not a name
        }
        if (!gazetteer.isOrganisationWord(tokens.get(to - 1).text())) {
            for (int i = to - 2; i >= from; i--) {
                if (gazetteer.isPersonTitle(tokens.get(i).text()) && !qualifiesOnly(tokens.get(i).text())) {
                    var parts = new ArrayList<NameMention>();
                    int titleStart = i;
                    while (titleStart > from && gazetteer.isPersonTitle(tokens.get(titleStart - 1).text())) {
                        titleStart--;
                    }
                    boolean onePost = gazetteer.isPersonTitle(tokens.get(from).text()) && titleStart - from <= 3; // "Chief Presidency Magistrate"
                    if (titleStart > from && !qualifiesTitle(sentence, from, titleStart) && !onePost) {
                        parts.addAll(typeRun(sentence, from, titleStart));
                    }
                    int personEnd = i + 1;
                    while (personEnd < to && (!CONNECTORS.contains(tokens.get(personEnd).text())
                            || NAME_PARTICLES.contains(tokens.get(personEnd).text()))) {
                        personEnd++;
                    }
                    boolean onlyTitles = tokens.subList(i + 1, personEnd).stream().allMatch(token -> gazetteer.isPersonTitle(token.text()));
                    NameMention person = onlyTitles ? null : mention(sentence, i + 1, personEnd, NameType.PERSON);
                    if (person != null) {
                        parts.add(person);
                    }
                    int rest = personEnd;
                    while (rest < to && CONNECTORS.contains(tokens.get(rest).text())) {
                        rest++;
                    }
                    int holder = person == null ? givenNameWithin(tokens, rest + 1, Math.min(to, rest + 3)) : -1;
                    NameMention holderName = holder > 0 ? mention(sentence, holder, to, NameType.PERSON) : null; // "Secretary of State Antony Blinken"
                    if (holderName != null) {
                        parts.add(holderName);
                    } else if (rest < to && !(person == null && isOffice(tokens, rest, to))) {
                        parts.addAll(typeRun(sentence, rest, to));
                    }
                    return parts;
                }
            }
        }
        int postEnd = from;
        while (postEnd < to && (gazetteer.isPersonTitle(tokens.get(postEnd).text()) || gazetteer.isDemonym(tokens.get(postEnd).text()))) {
            postEnd++;
        }
        if (postEnd > from && postEnd < to - 1 && gazetteer.isPersonTitle(tokens.get(postEnd - 1).text())
                && Set.of("of", "for").contains(tokens.get(postEnd).text())) {
            return isOffice(tokens, postEnd + 1, to) ? List.of()
                    : typeRun(sentence, postEnd + 1, to); // "the Director of the Intelligence Bureau": the bureau is a name
        }
        boolean describes = run.stream().allMatch(token -> token.tag() == PosTag.ADJ || gazetteer.isDemonym(token.text()));
        boolean loneOrganisationWord = run.size() == 1 && gazetteer.isOrganisationWord(run.get(0).text());
        boolean loneLetter = run.size() == 1 && run.get(0).text().length() == 1; // "the constant G", "battery B": a symbol
        boolean loneParticle = run.size() == 1 && CONNECTORS.contains(run.get(0).text().toLowerCase(Locale.ROOT)); // "De" of "De Sitter-…"
        boolean loneCompassPoint = run.size() == 1 && run.get(0).text().matches("North|South|East|West"); // "from the North to the South Pole"
        if (describes || loneOrganisationWord || loneLetter || loneParticle || loneCompassPoint) { // "Russian", "Ministry"; but "Central Electoral Commission" is a name
            return List.of();
        }
        NameMention mention = mention(sentence, from, to, typeOf(sentence, from, to));
        return mention == null ? List.of() : List.of(mention);
    }

    /** The one word of a post's office after "of" ("the Commissioner of Education", "Secretary of State"), not a place ("of India"). */
    private boolean isOffice(List<Token> tokens, int from, int to) {
        return to - from == 1 && gazetteer.place(tokens.get(from).text()) == null;
    }

    /** The first token from {@code from} to {@code to} that is a given name ("Antony" after a post's office "State"), or -1. */
    private int givenNameWithin(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (gazetteer.isFirstName(tokens.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** "Foreign", "Deputy": a title's qualifier, which names no person of its own ("the Ministry of Foreign Affairs"). */
    private static boolean qualifiesOnly(String word) {
        return QUALIFIERS.contains(word.toLowerCase(Locale.ROOT));
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

    private NameType typeOf(Sentence sentence, int from, int to) {
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
            return NameType.ORGANISATION;
        }
        if (EVENT_HEADS.contains(last)) {
            return NameType.EVENT;
        }
        if (SITE_WORDS.contains(last) || first.equals("Mount") || first.equals("Lake")) {
            return NameType.SITE;
        }
        if (CLUB_WORDS.contains(last) || first.matches("A?FC|CF|SC")) {
            return NameType.CLUB;
        }
        if (COMPANY_WORDS.contains(last) || COMPANY_WORDS.contains(next) || first.equals("FC")) {
            return NameType.COMPANY;
        }
        if (gazetteer.isOrganisationWord(last) || gazetteer.isOrganisationWord(next) || gazetteer.isOrganisationWord(tokens.get(to - 1).text())) {
            return NameType.ORGANISATION;
        }
        boolean severalWords = to - from >= 2;
        boolean firstNamed = gazetteer.isFirstName(first) && to - from <= 3 // "Nancy Grace Roman Space Telescope" is no one
                && !afterAnArticle(tokens, from); // "the Arya Samaj", "the existing Arya Samaj Lahore": no one's name takes "the"
        if (severalWords && (firstNamed || hasTitleBefore(sentence, from) || hasTitleAfter(sentence, to)
                || SAYING.contains(next)) || NameContext.isPerson(sentence, from, to) || THINKING.contains(next)
                || lowerCaseTitleRightBefore(tokens, from)) {
            return NameType.PERSON;
        }
        NameType ofClass = NameContext.ofClassBefore(sentence, from);
        if (ofClass != null) {
            return ofClass;
        }
        NameType around = NameContext.byNounsAround(sentence, from, to, gazetteer);
        return around == null ? NameType.NAME : around;
    }

    /** "the Indian mathematician and astronomer Brahmagupta": a title in lower case right before a name of one word. */
    private boolean lowerCaseTitleRightBefore(List<Token> tokens, int from) {
        return from > 0 && tokens.get(from - 1).text().matches("\\p{Ll}+") && gazetteer.isPersonTitle(tokens.get(from - 1).text());
    }

    /** Whether "the", "a" or "an" stands right before the name, or before the one describing word before it. */
    private static boolean afterAnArticle(List<Token> tokens, int from) {
        for (int i = from - 1; i >= Math.max(0, from - 2); i--) {
            if (tokens.get(i).tag() == PosTag.DET && tokens.get(i).text().matches("(?i)the|an?")) {
                return true;
            }
            if (tokens.get(i).tag() != PosTag.ADJ && !tokens.get(i).text().matches("\\p{Ll}+(?:ing|ed)")) { // "the existing …"
                return false;
            }
        }
        return false;
    }

    /** The word that says what a name is: the last, or the one before "of"/"for"/"on" ("University of Bern", "Office for …", "Committee on …"). */
    private static String headWord(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (Set.of("of", "for", "on").contains(tokens.get(i).text())) {
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
            if (!apposition && !titlePhrase && (token.tag() == PosTag.VERB || token.tag() == PosTag.ADP || token.text().equals(",")
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
            if (token.text().equals(",") || token.tag() == PosTag.VERB) {
                return false;
            }
            if (gazetteer.isPersonTitle(token.text())) {
                return true;
            }
        }
        return false;
    }

    private NameMention mention(Sentence sentence, int from, int to, NameType type) {
        List<Token> tokens = sentence.tokens();
        if (from >= to) {
            return null;
        }
        int start = tokens.get(from).start();
        String text = text(sentence, from, to);
        int end = start + text.length();
        boolean theOfTheNounAfter = to < tokens.size() && tokens.get(to).tag() == PosTag.NOUN && !tokens.get(to).isCapitalized();
        boolean withThe = from > 0 && tokens.get(from - 1).text().equalsIgnoreCase("the") && type != NameType.PERSON
                && !theOfTheNounAfter; // "the Lyallpur district": "the" goes with "district"
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
            if (place.type() == NameType.CITY || place.type() == NameType.REGION) {
                related = Set.of(Gazetteer.key(place.related()));
            } else {
                entity = Gazetteer.key(place.related());
            }
        }
        return new NameMention(sentence, start, end, text, withThe, type, entity, related);
    }

    /** The words of a run, without a possessive ending ("Moscow’s" is Moscow). */
    static String text(Sentence sentence, int from, int to) {
        return sentence.text().substring(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end())
                .replaceAll("[’']s$", "");
    }
}
