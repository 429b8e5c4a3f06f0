package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.questions.Limits;
import quizbot.questions.QuestionType;

/**
 * Decides whether a draft is good enough to give to a class. A draft fails when the prompt gives
 * the answer away (its text or another name for it), starts with a pronoun or "This/Such", or asks a question ending in one (it
 * would not stand on its own), says too little (fewer than four words besides the blank: "In ____."),
 * holds page furniture, or breaks a Telegram limit; and a choice draft
 * fails when its options repeat, differ in form, include one the article makes true as well, or
 * number fewer than four. Stateless and thread-safe.
 */
final class QualityGate {

    static final int OPTIONS = 1 + Distractors.WANTED;
    private static final Pattern LOCATIVE = Pattern.compile(
            "\\b(?:in|at|to|from|near|into|across|throughout|visited|visit|towards|inside|outside)\\s+"
                    + "(?:(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}’'.-]*(?:\\s+(?:of\\s+|and\\s+)?(?-i:\\p{Lu})[\\p{L}’'.-]*)*,\\s+(?:and\\s+)?)*(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "The shapes of galaxies in this image …", "(pictured, left)", "shown here": a caption's words. */
    private static final Pattern PICTURE = Pattern.compile(
            "(?i)\\b(?:this|the above|the following) (?:image|photo|photograph|picture|illustration|diagram|animation|video)\\b"
                    + "|\\bpictured\\b|\\b(?:shown|seen) (?:here|above|below)\\b|\\((?:left|right|centre|center|above|below)\\)");
    /** Names of everyday speech, which a blank asks as a common word: "beams of energy at ____ (Earth)". */
    private static final Set<String> EVERYDAY_NAMES = Set.of("earth", "moon", "sun", "world");
    /** "the CloudSat Project", "the Mozilla Community": the name before is the subject's when the headline names it. */
    private static final Pattern SUBJECTS_PART = Pattern.compile("(?:the )?(.+) (?:Project|Community|Team|Program|Programme)");
    /** What stands between two items of a list: ", ", ", and ", " and ", " or ", with "the" or "also" after it. */
    private static final Pattern LIST_GLUE = Pattern.compile("(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:also\\s+)?(?:the\\s+)?");
    /** "— and was held here …", "and then …": a sentence that opens with a dash or a lower-case word continues another. */
    private static final Pattern CONTINUATION = Pattern.compile("[—–-]|\\p{Ll}");
    /** "Chubut province", "the Hudson river", "the PACE satellite": a place's or a craft's own noun, not a noun the name describes. */
    private static final Set<String> PLACE_NOUNS = Set.of("province", "region", "state", "county", "district", "city",
            "town", "village", "island", "islands", "river", "rivers", "range", "ranges", "hills", "valley", "mountains",
            "peninsula", "desert", "basin", "area", "capital", "department", "prefecture", "municipality",
            "satellite", "spacecraft", "rover", "probe", "telescope", "rocket", "mission");
    private static final Pattern MONTH = Pattern.compile("\\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.|" + DateExtractor.MONTH_NAMES);
    private static final Pattern ORDINAL_ENDING = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** "10-____", "____-jin", "____ion": a blank glued to letters, digits or a hyphen stands inside a word. */
    private static final Pattern BLANK_IN_A_WORD = Pattern.compile("[\\p{L}\\d][-‐]?" + QuestionWriter.BLANK + "|"
            + QuestionWriter.BLANK + "[-‐]?[\\p{L}\\d]");
    /**
     * "… the Mozilla ____ team", "… and Firefox ____, an operating system": a capitalised word right before the blank, which
     * the answer finishes (a person's title may stand there, and a sentence's first word is capitalised anyway unless it is
     * a word of a name the article gives: "Mozilla ____ is a team …", not "Recent ____ decisions …").
     */
    private static final Pattern NAME_WORD_BEFORE_BLANK = Pattern.compile("(?<![\\p{L}’'])(\\p{Lu}[\\p{L}\\d]*) " + QuestionWriter.BLANK);
    private static final Pattern QUOTATION = Pattern.compile("[“\"]([^”\"]*)[”\"]");
    /** "Some devices using this ____ include …": which one it is stands in a sentence the prompt does not show. */
    private static final Pattern DEMONSTRATIVE_BLANK = Pattern.compile("(?i)\\b(?:this|these|those) " + QuestionWriter.BLANK); // not "that", also a conjunction
    /** How far into a prompt "this …" points back out of it; further on, what it points at may stand in the prompt itself. */
    private static final int POINTER_REACH = 8;
    /**
     * "Who used this theory …?", "Thousands of these beds …", "Riemann developed this into …": near the prompt's start, what
     * it is stands in a sentence before (not a time, "this year", nor "this is", where the sentence goes on to name it).
     */
    private static final Pattern DEMONSTRATIVE_THING = Pattern.compile("\\b(?:[Tt]his|[Tt]hese) (?!(?:is|was|are|were|has|have|will"
            + "|can|would|could|may|might|year|week|month|morning|afternoon|evening|spring|summer|autumn|fall|winter|time)\\b)\\p{Ll}+");
    /** The fewest words a prompt cut short with "…" keeps: fewer are a fragment ("Under the arrangement signed in ____…"). */
    private static final int MIN_CUT_WORDS = 12;
    private static final Pattern PRONOUN_START = Pattern.compile(
            "^(?:True or false\\? )?(?:He|She|It|They|We|I|You|His|Her|Its|Their|Them|Him|Our|This|These|That|Those|Such|"
                    + "Here|There(?! (?:is|are|was|were|has|have|had|will|would)\\b))\\b");

    /** "Who wrote about him?": a question that ends in a pronoun says not whom it is about. */
    private static final Pattern PRONOUN_END = Pattern.compile("\\b(?:him|her|them|it|us|me)\\?$");
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)\\b(?:i|you|we|they|he|she|it|that|there|what|here|who|let)['’](?:s|re|m|ve|ll|d)\\b|n['’]t\\b");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");
    /** "measures", "lies", "shocked": a word the tagger may have read as a noun; "process", "campus", "analysis" are not. */
    private static final Pattern MAYBE_A_VERB = Pattern.compile("\\p{L}{2,}[\\p{L}&&[^sui]]s|\\p{L}{2,}ed");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final Set<String> LITTLE_WORDS = Set.of("the", "of", "and", "for", "in", "on", "a", "an", "&");

    /** "Virtual reality" → "VR", "the Food and Drug Administration" → "FDA": the acronym a prompt may spell the answer with. */
    static String initials(String answer) {
        var letters = new StringBuilder();
        for (String word : answer.split("[\\s-]+")) {
            if (!word.isEmpty() && !LITTLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLetter(word.codePointAt(0))) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return answer.contains(" ") || answer.contains("-") ? letters.toString() : "";
    }

    /** The reasons the draft fails; empty when it passes. */
    List<String> problems(Draft draft, ArticleFacts article) {
        var problems = new ArrayList<String>(promptProblems(draft, article));
        if (draft.type() == QuestionType.CHOICE) {
            problems.addAll(optionProblems(draft, article));
        }
        return problems;
    }

    /**
     * The reasons the prompt, explanation and mention fail, leaving the options aside: a choice
     * draft whose only problems are its options can still be asked as a typed question.
     */
    List<String> promptProblems(Draft draft, ArticleFacts article) {
        var problems = new ArrayList<String>();
        String prompt = draft.prompt();
        if (draft.type() != QuestionType.TRUE_FALSE) {
            String unhyphenated = Gazetteer.key(prompt).replace('-', ' '); // "the Biden-Harris Administration" names Harris
            for (String form : article.answerForms(draft.fact())) {
                if (Distractors.containsWord(Gazetteer.key(prompt), Gazetteer.key(form))
                        || Distractors.containsWord(unhyphenated, Gazetteer.key(form))) {
                    problems.add("the prompt gives the answer away: \"" + form + "\"");
                }
            }
            String initials = initials(draft.fact().answer());
            if (initials.length() >= 2 && Pattern.compile("\\b" + initials + "s?\\b").matcher(prompt).find()) {
                problems.add("the prompt gives the answer away by its initials: \"" + initials + "\"");
            }
        }
        if (article.isSubject(draft.fact().answer()) || subjectsPart(draft.fact().answer(), article)) {
            problems.add("the answer is the article's own subject, which every question names");
        }
        if (EVERYDAY_NAMES.contains(draft.fact().answer().replaceFirst("^the ", "").toLowerCase(Locale.ROOT))) {
            problems.add("the answer is a name of everyday speech (\"Earth\", \"the Moon\"), which anyone guesses");
        }
        problems.addAll(mentionProblems(draft));
        if (draft.type() != QuestionType.TRUE_FALSE && inAList(draft.fact(), article)) {
            problems.add("the answer is one name of a list of three or more (\"Varchi, Beato, ____ and Bellaso\"): trivia, and any of them fits");
        }
        if (BLANK_IN_A_WORD.matcher(prompt).find()) {
            problems.add("the blank cuts a word or a hyphenated name apart");
        }
        String statement = prompt.replaceFirst("^True or false\\? ", "");
        Matcher nameBefore = NAME_WORD_BEFORE_BLANK.matcher(statement);
        boolean titleOrDate = draft.fact().kind() == Kind.PERSON || draft.fact().kind() == Kind.DATE; // "Prime Minister ____", "Challenge ____"
        if (!titleOrDate && nameBefore.find() && !NameWords.NOT_NAMES.contains(nameBefore.group(1)) && (nameBefore.start() > 0
                || article.all().stream().anyMatch(name -> (" " + name.answer() + " ").contains(" " + nameBefore.group(1) + " ")))) {
            problems.add("the blank is the rest of a name whose first word the prompt prints (\"" + nameBefore.group(1) + " ____\")");
        }
        if (draft.type() != QuestionType.TRUE_FALSE && WORD.matcher(prompt.replace(QuestionWriter.BLANK, "")).results().count() < 4) {
            problems.add("the prompt says too little to be answered (\"In ____.\")");
        }
        if (PRONOUN_START.matcher(prompt).find() || PRONOUN_END.matcher(prompt).find()) {
            problems.add("the prompt starts or ends with a pronoun and does not stand on its own");
        }
        if (DEMONSTRATIVE_BLANK.matcher(prompt).find()) {
            problems.add("the blank follows \"this\" or \"these\": which one it is stands in a sentence the prompt does not show");
        }
        Matcher pointer = DEMONSTRATIVE_THING.matcher(prompt);
        boolean pointsBack = pointer.find() && !insideAQuotation(prompt, pointer.start()) && !PRONOUN_START.matcher(prompt).find()
                && prompt.substring(0, pointer.start()).replace("True or false? ", "").split("\\s+").length <= POINTER_REACH;
        if (pointsBack) {
            problems.add("the prompt points back at \"" + pointer.group() + "\", which a sentence it does not show names");
        }
        if (statement.endsWith(":")) {
            problems.add("the prompt announces what follows it (\"… the Viceroy recorded:\"), which it does not show");
        }
        if (statement.startsWith(Clauses.ELLIPSIS)) {
            problems.add("the prompt opens mid-sentence (the sentence is too long to ask whole), so it has no subject");
        } else if (statement.endsWith(Clauses.ELLIPSIS) && statement.split("\\s+").length < MIN_CUT_WORDS) {
            problems.add("the prompt is cut to a fragment (the sentence is too long to ask whole)");
        }
        if (ArticleCleaner.isFurniture(prompt.replaceFirst(Clauses.ELLIPSIS + "$", "."))) { // a clause cut off is no teaser's "…"
            problems.add("the prompt holds page furniture");
        }
        if (prompt.length() > Limits.MAX_PROMPT) {
            problems.add("the prompt is longer than " + Limits.MAX_PROMPT + " characters");
        }
        if (draft.explanation().length() > Limits.MAX_EXPLANATION) {
            problems.add("the explanation is longer than " + Limits.MAX_EXPLANATION + " characters");
        }
        return problems;
    }

    /** A mention not worth a question: in a sentence that asks, a name used as a describer, a place named in passing. */
    private static List<String> mentionProblems(Draft draft) {
        Fact fact = draft.fact();
        Sentence sentence = fact.sentence();
        var problems = new ArrayList<String>();
        if (sentence.text().endsWith("?")) {
            problems.add("the source sentence is itself a question");
        }
        if (hasNoVerb(sentence) && !(fact.kind() == Kind.DATE && fact.start() == 0)) {
            problems.add("the sentence has no verb: a caption, a heading or a list's fragment, not a statement");
        }
        Token first = sentence.tokens().isEmpty() ? null : sentence.tokens().get(0);
        boolean bareVerbOnly = first != null && first.tag() == PosTag.VERB && first.isCapitalized()
                && first.text().toLowerCase(Locale.ROOT).equals(first.lemma()) && !first.text().matches(".*(?:ing|ed|en)")
                && sentence.tokens().stream().skip(1).noneMatch(token -> token.tag() == PosTag.VERB || token.tag() == PosTag.AUX);
        if (bareVerbOnly) {
            problems.add("the sentence opens with a bare verb: a heading or an instruction (\"Drive opportunity …\"), not a statement");
        }
        if (CONTINUATION.matcher(sentence.text()).lookingAt()) {
            problems.add("the sentence goes on from one before it (\"— and was held …\"), so it has no subject of its own");
        }
        if (PICTURE.matcher(sentence.text()).find()) {
            problems.add("the sentence describes a picture (a caption), which the learner does not see");
        }
        if (insideAQuotation(sentence.text(), fact.start())) {
            problems.add("it stands inside a quotation, someone's words rather than the article's fact");
        }
        if (fact.value() instanceof Name) {
            describedNoun(fact).ifPresent(noun -> problems.add("the name only describes the noun after it (\"" + noun + "\")"));
        }
        boolean aFeature = fact.value() instanceof Name name && name.type() == NameType.SITE; // a river, a glacier: a thing of its own
        if (fact.kind() == Kind.PLACE && !aFeature && draft.prompt().contains(QuestionWriter.BLANK) && !LOCATIVE.matcher(
                sentence.text().substring(0, fact.start())).find()) {
            problems.add("the place is named in passing, not as where something is or happens");
        }
        return problems;
    }

    /** "the CloudSat Project", "the Mozilla Community" under a headline that names CloudSat or Mozilla: the subject's own team. */
    private static boolean subjectsPart(String answer, ArticleFacts article) {
        Matcher part = SUBJECTS_PART.matcher(answer);
        return part.matches() && (article.isSubject(part.group(1)) || article.inHeadline(part.group(1)));
    }

    /** Whether the fact stands in a list of three or more names of its sentence, of its kind or unsure, joined by commas, "and" or "or". */
    private static boolean inAList(Fact fact, ArticleFacts article) {
        List<Fact> names = article.inSentence(fact.sentence().index()).stream()
                .filter(other -> other.kind() == fact.kind() || other.kind() == Kind.OTHER || fact.kind() == Kind.OTHER) // a list's unsure names too
                .sorted(Comparator.comparingInt(Fact::start)).toList();
        int at = names.indexOf(fact);
        if (at < 0) {
            return false;
        }
        int first = at;
        while (first > 0 && joined(fact.sentence(), names.get(first - 1), names.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < names.size() && joined(fact.sentence(), names.get(last), names.get(last + 1))) {
            last++;
        }
        return last - first >= 2;
    }

    private static boolean joined(Sentence sentence, Fact before, Fact after) {
        return before.end() <= after.start()
                && LIST_GLUE.matcher(sentence.text().substring(before.end(), after.start())).matches();
    }

    /** The common noun right after a name that the name only describes ("NATO countries", "the Lal Bal Pal trio"), if any. */
    static Optional<String> describedNoun(Fact name) {
        Token next = name.sentence().nextToken(name.end());
        return next != null && next.tag() == PosTag.NOUN && !next.isCapitalized() && !PLACE_NOUNS.contains(next.text())
                ? Optional.of(next.text()) : Optional.empty();
    }

    /**
     * "Lala Lajpat Rai Statue, Lajpat Rai DAV College, Jagraon.", "An Open Letter to David Lloyd: Lajpat Rai.": no verb, so no
     * statement to ask about. The tagger misses many verbs of the present ("India measures …", "The range lies in …"), so a
     * sentence has a verb where it has a verb's tag, a word that may be one ("-s" or "-ed" and not a name), a pronoun that
     * is a subject, or a contraction ("It’s", "we’re"). A timeline's item that opens with its date ("24 January 1950: Last
     * meeting of …") still dates what it names.
     */
    private static boolean hasNoVerb(Sentence sentence) {
        return !CONTRACTION.matcher(sentence.text()).find() && sentence.tokens().stream().noneMatch(token -> token.tag() == PosTag.VERB
                || token.tag() == PosTag.AUX || token.tag() == PosTag.PRON && SUBJECT_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT))
                || token.tag() != PosTag.PROPN && MAYBE_A_VERB.matcher(token.text()).matches());
    }

    /** Whether the offset lies inside quotation marks that hold six words or more ("Earth in 2030 will be …"), not a quoted name. */
    private static boolean insideAQuotation(String text, int offset) {
        Matcher quote = QUOTATION.matcher(text);
        while (quote.find()) {
            if (quote.start() < offset && offset < quote.end() && quote.group(1).strip().split("\\s+").length >= 6) {
                return true;
            }
        }
        return false;
    }

    private static List<String> optionProblems(Draft draft, ArticleFacts article) {
        var problems = new ArrayList<String>();
        List<String> options = draft.options();
        if (draft.fact().value() instanceof Name name && name.type() == NameType.NAME) {
            problems.add("the name's type is unsure, so its distractors would be a grab-bag");
        }
        if (options.size() < OPTIONS) {
            problems.add("only " + (options.size() - 1) + " good distractors");
        }
        var seen = new HashSet<String>();
        var forms = new HashSet<String>();
        for (String option : options) {
            if (!seen.add(Gazetteer.key(option))) {
                problems.add("the option \"" + option + "\" repeats");
            }
            if (option.length() > Limits.MAX_OPTION) {
                problems.add("the option \"" + option + "\" is longer than " + Limits.MAX_OPTION + " characters");
            }
            forms.add(form(option));
        }
        // Figures and dates must look alike; a name that holds a year ("the Water Industry Act 1991") is a name.
        if (forms.size() > 1 && isFigure(draft.options().get(draft.correct())) && draft.fact().kind() != Kind.TREATY) {
            problems.add("the options differ in form: " + options);
        }
        for (String distractor : draft.distractors()) {
            if (article.couldAlsoBeTrue(draft.fact(), distractor)) {
                problems.add("the distractor \"" + distractor + "\" is true in the article too");
            }
        }
        return problems;
    }

    private static boolean isFigure(String option) {
        return option.matches(".*\\d.*");
    }

    /** The shape of a date or figure: digits and month names stripped, so "November 1" and "October 29" match. */
    /** An option's shape: months, numbers and ordinal endings made alike ("3rd of December" and "9th of January" match). */
    static String form(String option) {
        String months = MONTH.matcher(option).replaceAll("M");
        String days = ORDINAL_ENDING.matcher(months).replaceAll("$1");
        return NUMBER.matcher(days).replaceAll("9").toLowerCase(Locale.ROOT);
    }
}
