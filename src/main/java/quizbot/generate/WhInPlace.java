package quizbot.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * A sentence with a blank asked as a question, its question word in the blank's place, where the sentence cannot be
 * turned round (see {@link WhQuestions}): "JPL developed the radar with hardware contributions from ____." → "JPL
 * developed the radar with hardware contributions from which company?"; "____ of Broomfield, Colorado, designed and
 * built CloudSat." → "Which company of Broomfield, Colorado, designed and built CloudSat?". Only where the blank is
 * a whole phrase after the clause's verb, or its subject: not a word describing a noun ("the ____ rocket"), not in an
 * opening phrase before the subject ("By ____, that number had fallen …"), not a bound ("more than ____"), not in a
 * quotation or a list, not where no question word asks for the fact's kind. Stateless.
 */
final class WhInPlace {

    private static final String BLANK = QuestionWriter.BLANK;
    /** Words of rough size that a question word takes the place of: "produces about ____" → "produces what percentage". */
    private static final String ROUGH_WORDS = "about|nearly|almost|around|roughly|approximately|some";
    private static final Pattern ROUGHLY = Pattern.compile("(?i)\\b(?:" + ROUGH_WORDS + ") $");
    /** Words that make a figure or date a bound, of which a question word would ask the wrong thing. */
    private static final Pattern BOUND = Pattern.compile(
            "(?i)\\b(?:more than|less than|fewer than|over|under|up to|at least|at most|between|from|by|before|after|until|till|since) $");
    /** A blank after which its phrase goes on, "the ____ rocket", "____'s covering fire": it is a word of a bigger phrase. */
    private static final Pattern PHRASE_GOES_ON = Pattern.compile("[’']s?|[-‐]");
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|(?<=\\s))[Tt]he $");
    /** "in ____ and 1909", "Pal in Bengal and ____ in Punjab": one item of a list, which a question word asks as a whole. */
    private static final Pattern LIST_AROUND = Pattern.compile("(?:,|\\band|\\bor|\\bas well as)\\s*$|^\\s*(?:,\\s*\\S+\\s*,|and\\b|or\\b)");
    /** Where the clause of the answer ends, and what only adds to it begins. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?:, (?!\\d)| [–—] |[;:] | \\(| (?:who|whom|which|where) ).*$");
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "whom", "whose", "which", "where", "when", "while", "though",
            "although", "because", "if", "unless", "whereas", "such", "like", "including");
    /** A pronoun as the prompt's subject, which a question in the blank's place would leave unanchored: "Until then, he …". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)(?:^|, )(?:I|we|you|he|she|it|they) ");
    private static final Set<String> SCALE = Set.of("thousand", "million", "billion", "trillion", "lakh", "crore");

    private WhInPlace() {
    }

    /**
     * The prompt as a question, or empty where none fits. {@code feature}: the kind of feature a site is ("river"), or "".
     */
    static Optional<String> of(Fact fact, String prompt, String feature) {
        int blank = prompt.indexOf(BLANK);
        if (blank < 0 || prompt.indexOf(BLANK, blank + 1) >= 0 || prompt.startsWith(Clauses.ELLIPSIS) || prompt.matches("(?s).*[“”\"].*")
                || !prompt.matches("(?s).*(?:[.!]|" + Clauses.ELLIPSIS + ")")) {
            return Optional.empty();
        }
        String before = prompt.substring(0, blank);
        String after = prompt.substring(blank + BLANK.length());
        boolean subject = before.isEmpty();
        Token next = fact.sentence().nextToken(fact.end());
        if ((subject ? after.startsWith(",") : !inMainClause(fact) || next != null && next.isInflectedVerb())
                || describesANoun(fact) || BOUND.matcher(before).find() || LIST_AROUND.matcher(before).find() || LIST_AROUND.matcher(after).find()
                || !subject && !afterVerbOrPreposition(fact) || Clauses.insideBrackets(before) || PRONOUN_SUBJECT.matcher(before).find()) {
            return Optional.empty(); // "Who, Associate General Counsel …, served …"; "…; which organisation kept a watch …"
        }
        if (fact.value() instanceof Name name && name.type() == NameType.TERM && !subject && !after.matches("\\s*[.!]?")) {
            return Optional.empty(); // "transported through what also known as gravitational waves": "what" asks only at an end
        }
        Token verbAfter = subject ? nextVerb(fact) : null;
        int clauseFrom = !subject ? 0 : verbAfter == null ? -1 : after.indexOf(verbAfter.text());
        if (clauseFrom < 0) {
            return Optional.empty();
        }
        after = after.substring(0, clauseFrom) + CLAUSE_END.matcher(after.substring(clauseFrom)).replaceFirst("."); // ", since …", " — and none of …"
        String preposition = before.isEmpty() ? "" : before.strip().substring(before.strip().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        Optional<String> asked = askedBy(fact, preposition, after, feature);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        String word = asked.get();
        if (word.startsWith("how many ") && !fact.answer().matches(".*\\p{L}.*")) {
            after = after.replaceFirst("^\\s+\\p{Ll}+", ""); // "____ students" → "how many students"
        }
        String head = THE_BEFORE.matcher(before).replaceFirst("");
        head = ROUGHLY.matcher(head).replaceFirst("");
        String question = head + word + after.replaceFirst("\\s*(?:[.!]|" + Clauses.ELLIPSIS + ")$", "") + "?";
        return Optional.of(QuestionWriter.capitalize(question));
    }

    /**
     * Whether the word before the fact (past "the" and "about") is a verb or a preposition, of which the question word is
     * the object: not "met with the president ____" or "Vice President ____", where the answer names the one the word
     * before it says, nor "an approximate ____", "NASA’s ____", "the two ____", where it is a word of a bigger phrase.
     */
    private static boolean afterVerbOrPreposition(Fact fact) {
        List<Token> tokens = fact.sentence().tokens();
        int before = fact.sentence().tokenFrom(fact.start()) - 1;
        while (before > 0 && tokens.get(before).text().matches("(?i)the|" + ROUGH_WORDS)) {
            before--;
        }
        return before >= 0 && Set.of(PosTag.ADP, PosTag.VERB, PosTag.AUX).contains(tokens.get(before).tag());
    }

    /** The first inflected verb after the fact: a subject's. */
    private static Token nextVerb(Fact fact) {
        List<Token> tokens = fact.sentence().tokens();
        for (int i = Math.max(0, fact.sentence().tokenFrom(fact.end())); i < tokens.size(); i++) {
            if (tokens.get(i).isInflectedVerb()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** Whether the fact is a word before a noun or a possessive, not a phrase of its own (a bare number before its noun is counted). */
    private static boolean describesANoun(Fact fact) {
        Token next = fact.sentence().nextToken(fact.end());
        boolean counted = fact.value() instanceof Amount && !fact.answer().matches(".*\\p{L}.*");
        return next != null && next.start() == fact.end() && PHRASE_GOES_ON.matcher(next.text()).matches()
                || next != null && next.tag() == PosTag.NOUN && !counted;
    }

    /**
     * Whether the fact stands after the verb of the sentence's main clause: an inflected verb before it (not "By 2020, that
     * number had …"), no word opening a clause of another before it ("When AOL reduced … in 2003, …", "… who participated
     * in …", "… noted that …"), and after a comma that follows the verb only a participle's phrase ("…, proposed by Albert
     * Einstein in 1915").
     */
    private static boolean inMainClause(Fact fact) {
        Sentence sentence = fact.sentence();
        int first = sentence.tokenFrom(fact.start());
        boolean verb = false;
        for (int i = 0; i < first; i++) {
            Token token = sentence.tokens().get(i);
            String word = token.text().toLowerCase(Locale.ROOT);
            if (token.tag() == PosTag.SCONJ || CLAUSE_WORDS.contains(word) || word.equals("that") && token.tag() != PosTag.DET) {
                return false;
            }
            Token next = sentence.tokens().get(i + 1);
            if (token.text().equals(",") && verb && (!WhQuestions.isPast(next) || NameWords.SAYING.contains(next.text()))) {
                return false; // not "…, said ____": who said it
            }
            verb |= token.tag() == PosTag.AUX || token.tag() == PosTag.VERB && token.isInflectedVerb() && !word.endsWith("ing"); // "will"
        }
        return verb;
    }

    /** The question word for the fact after its preposition and before what follows it. */
    private static Optional<String> askedBy(Fact fact, String preposition, String after, String feature) {
        if (fact.value() instanceof DateValue date) {
            if (!Set.of("in", "on", "during", "").contains(preposition)) {
                return Optional.empty();
            }
            return Optional.ofNullable(switch (date.style()) {
                case YEAR -> "which year";
                case MONTH_YEAR -> "which month";
                case DECADE -> "which decade";
                case MONTH_DAY, DAY_MONTH -> "which date";
            });
        }
        if (fact.value() instanceof Amount amount) {
            if (amount.ordinal()) {
                return Optional.empty();
            }
            if (amount.money()) {
                return Optional.of("how much");
            }
            String suffix = amount.suffix().strip();
            if (suffix.equals("%") || suffix.equals("percent") || suffix.equals("per cent")) {
                return Optional.of("what percentage");
            }
            String noun = suffix.replaceFirst("^(?:" + String.join("|", SCALE) + ")\\s*", "");
            if (noun.matches("\\p{Ll}[\\p{Ll} -]*s") && amount.ceiling() == null) {
                return Optional.of("how many " + noun);
            }
            if (suffix.isEmpty() && after.matches("\\s+\\p{Ll}+s\\b.*")) {
                return Optional.of("how many");
            }
            return Optional.empty();
        }
        if (fact.value() instanceof TreatyRef treaty) {
            return Optional.of("which " + WhQuestions.kindOf(treaty));
        }
        if (!(fact.value() instanceof Name name)) {
            return Optional.empty();
        }
        boolean afterPreposition = !preposition.isEmpty() && Character.isLowerCase(preposition.codePointAt(0))
                && Set.of("by", "with", "to", "from", "for", "of", "about", "against", "under", "than").contains(preposition);
        return Optional.ofNullable(switch (name.type()) {
            case PERSON -> fact.kind() == Kind.PERSON ? afterPreposition ? "whom" : "who" : null;
            case COMPANY -> "which company";
            case ORGANISATION -> "which organisation";
            case CLUB -> "which club";
            case COUNTRY -> "which country";
            case CITY -> "which city";
            case REGION -> "which region";
            case SITE -> feature.isEmpty() ? null : "which " + feature;
            case TERM -> "what";
            default -> null;
        });
    }
}
