package quizbot.generate;

import static quizbot.generate.NameWords.COMPANY_WORDS;
import static quizbot.generate.NameWords.CONNECTORS;
import static quizbot.generate.NameWords.EXPANSION_GLUE;
import static quizbot.generate.NameWords.NOT_NAMES;
import static quizbot.generate.NameWords.ROMAN;
import static quizbot.generate.NameWords.SITE_WORDS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where names are in a sentence: quoted names, and runs of capitalised words, joined across
 * connectors ("Ludwig van Beethoven"), initials, glued hyphens, long organisation names and names
 * spelled out before their acronym; {@link NameTyping} types each. Thread-safe.
 */
final class NameRuns {

    /** Bodies named by their topic: "Committee on Foreign Affairs", "Conference on Disarmament", "Treaty on Open Skies". */
    private static final Set<String> TAKES_A_TOPIC = Set.of("Committee", "Subcommittee", "Commission", "Council", "Conference",
            "Convention", "Panel", "Forum", "Summit", "Treaty", "Agreement", "Board");
    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{2,60})[”\"»]");

    private final Gazetteer gazetteer;
    private final NameTyping typing;

    NameRuns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.typing = new NameTyping(gazetteer);
    }

    /** The names of one sentence: its quoted names and its runs of capitalised words, each typed. */
    List<NameMention> mentions(Sentence sentence) {
        String text = sentence.text();
        var mentions = new ArrayList<NameMention>();
        var quoted = new boolean[text.length()];
        Matcher quote = QUOTED.matcher(text);
        while (quote.find()) {
            String name = quote.group(1).strip();
            if (looksLikeName(name)) {
                Arrays.fill(quoted, quote.start(), quote.end(), true);
                mentions.add(typing.typeQuoted(sentence, quote.start(), quote.end(), name));
            }
        }
        List<Token> tokens = sentence.tokens();
        int firstWord = firstWord(sentence);
        int[] expansion = acronymExpansions(tokens);
        int runStart = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && runStart >= 0 && runStart < i && expansion[i] == i) { // the expansion is a name of its own
                mentions.addAll(typing.typeRun(sentence, runStart, i));
                runStart = -1;
            }
            boolean expands = i < tokens.size() && expansion[i] >= 0 && (runStart >= 0 || expansion[i] == i);
            boolean namey = i < tokens.size() && !quoted[tokens.get(i).start()] && isNamey(sentence, i, runStart >= 0, firstWord);
            boolean connects = i < tokens.size() && runStart >= 0 && i + 1 < tokens.size()
                    && (CONNECTORS.contains(tokens.get(i).text()) && !isCompanysSeat(tokens, i) || isGluedHyphen(tokens, i) || isInitialsDot(tokens, i)
                    || continuesLongName(sentence, runStart, i, firstWord))
                    && nameyAfterConnectors(sentence, i + 1, firstWord) && !quoted[tokens.get(i).start()];
            if (expands || namey || connects) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (runStart >= 0) {
                mentions.addAll(typing.typeRun(sentence, runStart, i));
                runStart = -1;
            }
        }
        return mentions;
    }

    /**
     * "Office for Democratic Institutions and Human Rights", "Committee on Foreign Affairs": "for" after an organisation word
     * (and "on" before a capital after a word for a body that has a topic: a committee, a conference, a treaty), and
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
        if (word.equals("on")) { // "Committee on Foreign Affairs"; not "the Assembly on the Cuban draft", "the Institution on Cape Cod"
            Token next = tokens.get(index + 1);
            return TAKES_A_TOPIC.contains(tokens.get(index - 1).text()) && next.isCapitalized() && !gazetteer.isDemonym(next.text());
        }
        boolean joinedByOf = tokens.subList(runStart, index).stream()
                .anyMatch(token -> token.text().equals("for") || token.text().equals("on") || token.text().equals("of"));
        if (word.equals("and")) {
            if (joinedByOf) {
                return true;
            }
            int end = index + 1;
            while (end < tokens.size() && isNamey(sentence, end, true, firstWord)) {
                end++;
            }
            String head = tokens.get(end - 1).text();
            String before = NameTyping.text(sentence, runStart, index);
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
            if (i == itemStart || gazetteer.place(NameTyping.text(sentence, itemStart, i)) != null) {
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

    /** "BAE Systems of Broomfield": "of" after a company's word names where the company sits, not more of its name. */
    private static boolean isCompanysSeat(List<Token> tokens, int index) {
        String before = tokens.get(index - 1).text();
        return tokens.get(index).text().equals("of") && COMPANY_WORDS.contains(before) && !Set.of("Group", "Company").contains(before);
    }

    /** "James A. Scott": a capital with its dot glued on, between the words of a name. */
    private static boolean isMiddleInitial(List<Token> tokens, int index) {
        return tokens.get(index).text().matches("\\p{Lu}") && index + 2 < tokens.size() && isInitialsDot(tokens, index + 1)
                && tokens.get(index + 2).isCapitalized();
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
        if (inRun && ROMAN.contains(word) || inRun && isMiddleInitial(sentence.tokens(), index)) {
            return true;
        }
        if (index <= firstWord && word.matches("\\p{Lu}{2,5}") && index + 1 < sentence.tokens().size()
                && sentence.tokens().get(index + 1).isCapitalized()) {
            return true; // "BAE Systems designed …": an acronym is not capitalised by grammar
        }
        if (NOT_NAMES.contains(word.replaceAll("[’']s$", "")) || !inRun && afterLowerCaseHyphen(sentence.tokens(), index)) {
            return false;
        }
        if (index <= firstWord && token.tag() != PosTag.PROPN && gazetteer.place(word) == null && !gazetteer.isFirstName(word)
                && !gazetteer.isOrganisationAcronym(word)) {
            return false;
        }
        return true;
    }

    /** "the all-British Simon Commission", "anti-French": a capitalised word glued to a lower-case one by a hyphen is no name's start. */
    private static boolean afterLowerCaseHyphen(List<Token> tokens, int index) {
        if (index < 2) {
            return false;
        }
        Token hyphen = tokens.get(index - 1);
        Token before = tokens.get(index - 2);
        return hyphen.text().equals("-") && hyphen.end() == tokens.get(index).start() && before.end() == hyphen.start()
                && Character.isLowerCase(before.text().codePointAt(0));
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
}
