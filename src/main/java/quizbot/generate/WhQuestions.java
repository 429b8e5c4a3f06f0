package quizbot.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import quizbot.questions.Kind;

/**
 * Wh-questions that stand on their own, where the sentence allows: "When did …?" for a date that
 * opens it, "Who …?", "Which company …?" for a name that is its subject. Stateless.
 */
final class WhQuestions {

    /** Discourse openers that a prompt drops: "However,", "It is worth noting that", and "Soon after," with nothing to be after. */
    static final Pattern OPENER = Pattern.compile(
            "^(?:(?:However|Thus|Indeed|In turn|By the way|Then|After all|Presumably|Meanwhile|Moreover|Furthermore|"
                    + "In addition|Besides|Also|Still|Yet|So|And|But|Therefore|Nevertheless|Of course|In fact|"
                    + "At the same time|As a result|In other words|To date|Now|At the moment|Finally|Instead|"
                    + "Above all|In short|In any case|Incidentally|Notably|Importantly|Likewise|Similarly|"
                    + "Soon after(?:wards)?|Shortly after(?:wards)?|Afterwards|Subsequently|Eventually|Later on|"
                    + "(?:One|A) day later|The next day|The following day),?\\s+"
                    + "|It (?:is|was) (?:worth noting|worth mentioning|notable|known|clear|reported) that\\s+"
                    + "|It should be (?:noted|said|mentioned) that\\s+|It became known that\\s+|Note that\\s+)+");
    /** "On November 1, " before the clause: a date that opens the sentence. */
    private static final Pattern DATE_OPENING = Pattern.compile(
            "^(?:Back\\s+)?(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Dd]uring)\\s+(?<QUALIFIER>(?:the\\s+(?:end|beginning|start|middle)\\s+of|early|late)\\s+)?$");
    /** Adjectives from names keep their capital: "Cuban", "Russian", "Chinese", "British", "Swiss". */
    private static final Pattern PROPER_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ese|ish|ch|ss|i|ic)");
    /** "crossed from the left and Lucy Brennan …": a second subject, whose verb comes after the comma. */
    private static final Pattern SECOND_SUBJECT = Pattern.compile("\\band\\s+\\p{Lu}");
    private static final Pattern CLAUSE_COMMA = Pattern.compile(", (?!\\d)");
    /** An opening phrase that a question moves to its end: "In 1921, …", "After graduating, …", "During his lifetime, …". */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^((?:On|In|At|During|After|Before|By|Since|Following|Under|Until|Throughout|Over|As part of|With|Through|Despite|Within"
                    + "|Among|Across|Along with|Together with|Thanks to|Because of|Due to|According to|For)\\s[^,]{3,40}|[A-Z][^,]{2,30} ago),\\s+");
    /** ", the ruler of Kolhapur," after a name: what it is, up to the next comma, dash or the sentence's end. */
    private static final Pattern APPOSITIVE = Pattern.compile(", ((?:[Tt]he |\\p{Lu}\\S*[’']s )?\\p{Ll}[^,;:()“”\"]{2,100}?)(?:, | [–—] |[.;]?$)");
    /** "The police superintendent in Lahore, " before a name: who it is, from the clause's start or a comma. */
    private static final Pattern DESCRIPTION_BEFORE = Pattern.compile("(?:^|, )([Tt]he \\p{Ll}[^,;:()“”\"]{2,80}), $");
    /** "the condition of another hunger striker": what the name after is stands after "of a"/"of another", not at the head. */
    private static final Pattern OF_ANOTHER = Pattern.compile("\\bof (?:a|an|another|one)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}+[’']s");
    private static final Pattern POSSESSIVE_ENDING = Pattern.compile("[’']s?\\b");
    private static final Set<PosTag> APPOSITIVE_TAGS = Set.of(PosTag.DET, PosTag.ADJ, PosTag.NOUN, PosTag.PROPN, PosTag.ADP,
            PosTag.CCONJ, PosTag.NUM, PosTag.PUNCT, PosTag.PART);
    /** A clause after the answer that says more of it: "where his father was transferred", "which the Act created". */
    private static final Pattern RELATIVE = Pattern.compile("(?:where|which|who|whom|whose|when|because|while|although|though|whereas)\\b");
    /** A place's own noun right after it: "Gujarat state", "the Lyallpur district". */
    private static final Pattern PLACE_NOUN = Pattern.compile("(state|district|province|county|region|city|town|village)\\b");
    /**
     * ", and the Parsis …", "; Nehru …", "… on Friday as Slovenia became …": a second clause with a subject of its own (a
     * pronoun's would be the first's).
     */
    private static final Pattern LATER_CLAUSE = Pattern.compile(
            "(?:, (?:and|but|while|whereas) |; | (?:as|when|after|because|although|since|until) )(?=\\p{Lu}|the )");
    private static final Function<String, Optional<String>> NO_ANTECEDENT = pronoun -> Optional.empty();
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("that|which|who|whom|whose");
    private static final Pattern COORDINATED = Pattern.compile("(?:and|or|as well as)\\b");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("He", "She", "It", "They");
    /** Prepositions a date or a place stands after and goes with into "When"/"Where": "in 1884", "on 3 May", "at Wembley". */
    private static final Set<String> SETTING = Set.of("in", "on", "at", "during");
    /** Auxiliaries a question puts before the subject: "was the society founded", "will the act create". */
    private static final Set<String> INVERTING_AUX = Set.of("was", "were", "is", "are", "has", "have", "had", "will", "would",
            "can", "could", "may", "might", "must", "should", "shall");
    /** What a subject that a question can move is made of: describing words, names, "of", "'s", "and". */
    private static final Set<PosTag> SUBJECT_TAGS = Set.of(PosTag.DET, PosTag.ADJ, PosTag.NOUN, PosTag.PROPN, PosTag.NUM,
            PosTag.ADP, PosTag.PART, PosTag.CCONJ);
    /** "Who was/is/has/will …" reads well; "Which club are …" does not. */
    private static final Set<String> SINGULAR_AUX = Set.of("was", "is", "has", "had", "will", "would", "can", "could", "should",
            "may", "might", "must");
    private static final Set<String> PAST_BE = Set.of("was", "were");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    private static final Set<PosTag> NOUNS = Set.of(PosTag.NOUN, PosTag.PROPN, PosTag.NUM);
    /** Verbs whose past is their base form: after a date of the past ("In 1928, the United Kingdom set up …") they are past. */
    private static final Set<String> SAME_IN_THE_PAST = Set.of("set", "put", "cut", "hit", "let", "shut", "spread", "cost", "quit", "cast",
            "broadcast", "burst", "split", "upset", "thrust", "forecast", "bid");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "such");

    private WhQuestions() {
    }

    /**
     * "When did …?" for a date opening the sentence, "Who/Which …?" for a name that is its subject, else
     * the question of a fact inside the main clause (see {@link #predicateQuestion}), whose subject may
     * be a pronoun that {@code antecedent} says what it stands for ("He" → "Tilak"); empty when the
     * sentence allows none.
     */
    static Optional<String> of(Fact fact, String feature, Function<String, Optional<String>> antecedent) {
        Matcher opener = OPENER.matcher(fact.sentence().text());
        int clauseStart = opener.lookingAt() ? opener.end() : 0;
        Optional<String> question = Optional.empty();
        if (fact.value() instanceof DateValue date) {
            question = whenQuestion(fact, date, clauseStart, antecedent);
        } else if (fact.value() instanceof Name name) {
            String asked = askedAsSubject(name, feature);
            question = appositiveQuestion(fact, asked).or(() -> describedBeforeQuestion(fact, asked, clauseStart))
                    .or(() -> whoQuestion(fact, asked, clauseStart));
        }
        return question.or(() -> predicateQuestion(fact, clauseStart, feature, antecedent))
                .or(() -> laterClause(fact, clauseStart).flatMap(later -> fact.value() instanceof Name name
                        ? whoQuestion(fact, askedAsSubject(name, feature), later).or(() -> predicateQuestion(fact, later, feature, NO_ANTECEDENT))
                        : predicateQuestion(fact, later, feature, NO_ANTECEDENT)));
    }

    /**
     * Where the clause the fact stands in starts, when it is the second of two joined by ", and", ", but", ";" or a
     * subordinating word ("as", "when", "after", …) and has a subject of its own ("Frank Anthony represented the Anglo-Indians, and the Parsis were represented by H. P. Modi"); empty
     * when the fact is in the first.
     */
    private static Optional<Integer> laterClause(Fact fact, int clauseStart) {
        Matcher join = LATER_CLAUSE.matcher(fact.sentence().text()).region(clauseStart, fact.start()).useTransparentBounds(true);
        int later = -1;
        while (join.find()) {
            later = join.end();
        }
        return later < 0 ? Optional.empty() : Optional.of(later);
    }

    /**
     * A fact inside the main clause, after its verb, asked by its question word with the clause turned
     * round: "The society was founded in 1884 by Tilak." → "In which year was the society founded by
     * Tilak?"; "Tilak joined the Indian National Congress in 1890." → "Which organisation did Tilak
     * join in 1890?"; "The act will create 40,000 new jobs." → "How many new jobs will the act
     * create?". A preposition before a name stays at the end ("Which treaty did Trump decide to
     * withdraw the United States from?"); one before a date or a place goes with "When"/"Where". Only
     * where the clause is plain: a subject of describing words and names, one verb (with its
     * auxiliaries and infinitives), no subordinate clause before the fact, no negation.
     */
    private static Optional<String> predicateQuestion(Fact fact, int clauseStart, String feature, Function<String, Optional<String>> antecedent) {
        Sentence sentence = fact.sentence();
        String text = sentence.text();
        List<Token> tokens = sentence.tokens();
        String dateAtEnd = "";
        Matcher leadingPhrase = LEADING_PHRASE.matcher(text.substring(clauseStart));
        if (leadingPhrase.find()) {
            dateAtEnd = " " + leadingPhrase.group(1).substring(0, 1).toLowerCase(Locale.ROOT) + leadingPhrase.group(1).substring(1);
            clauseStart += leadingPhrase.end();
        }
        int first = sentence.tokenFrom(clauseStart);
        int factFirst = sentence.tokenFrom(fact.start());
        if (first < 0 || factFirst <= first || isDemonstrative(tokens.get(first)) || tokens.get(first).tag() == PosTag.ADP) {
            return Optional.empty(); // "Under the arrangement, …" is no subject
        }
        Optional<String> resolved = Optional.empty();
        if (tokens.get(first).tag() == PosTag.PRON) {
            resolved = resolve(tokens.get(first), antecedent);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
        }
        int verb = resolved.isPresent() ? first + 1 : first;
        while (verb < factFirst && !isVerbal(tokens.get(verb))) {
            boolean adverbOfTheVerb = tokens.get(verb).tag() == PosTag.ADV && verb > first && isVerbal(tokens.get(verb + 1)); // "AOL greatly reduced"
            if (!SUBJECT_TAGS.contains(tokens.get(verb).tag()) && !adverbOfTheVerb || tokens.get(verb).text().equals(",")
                    || RELATIVE_PRONOUN.matcher(tokens.get(verb).text()).matches()) {
                return Optional.empty();
            }
            verb++;
        }
        if (verb == first && resolved.isEmpty() || verb == factFirst || verb - first > 10 || resolved.isPresent() && verb != first + 1
                || tokens.get(verb - 1).text().equals("to")) { // "The signing certified … commitment to pursue": "pursue" is no clause's verb
            return Optional.empty();
        }
        int subjectEnd = verb;
        if (resolved.isEmpty() && tokens.subList(first, verb).stream().noneMatch(token -> NOUNS.contains(token.tag()))) {
            return Optional.empty(); // "The signing took place …" tagged as a verb: no subject
        }
        int second = secondVerb(tokens, verb, factFirst);
        if (!plainClause(sentence, first, second < 0 ? verb : tokens.size())) {
            return Optional.empty();
        }
        verb = Math.max(verb, second); // "Rai did not recover and died on …": the fact's own verb is asked
        for (int i = verb + 1; i < factFirst; i++) {
            Token token = tokens.get(i);
            boolean verbal = isVerbal(token);
            boolean chained = verbal && (isVerbal(tokens.get(i - 1)) || tokens.get(i - 1).text().equals("to")
                    || tokens.get(i - 1).tag() == PosTag.ADV && isVerbal(tokens.get(i - 2))); // "was eventually measured"
            if (verbal && !chained || token.tag() == PosTag.SCONJ || token.tag() == PosTag.PRON && !token.text().matches("(?i)its|their|his|her")
                    || token.text().equals(",") || token.text().matches("(?i)not|n't|never")) {
                return Optional.empty();
            }
        }
        int from = factFirst;
        boolean term = fact.value() instanceof Name name && name.type() == NameType.TERM;
        while (term && from - 1 > verb && (tokens.get(from - 1).tag() == PosTag.ADJ || tokens.get(from - 1).text().startsWith("-"))) {
            from--; // "discovered the first-ever ____": "What" asks for the whole object
        }
        if (from - 1 > verb && tokens.get(from - 1).text().matches("(?i)the|an?")) {
            from--;
        }
        String preposition = from - 1 > verb && tokens.get(from - 1).tag() == PosTag.ADP ? tokens.get(from - 1).text() : null;
        Token head = tokens.get(verb);
        String subject = resolved.map(name -> name.replaceFirst("^The ", "the "))
                .orElseGet(() -> lowerFirst(tokens.get(first), text.substring(tokens.get(first).start(), tokens.get(subjectEnd).start()).strip()));
        int complement = verb + 1;
        while (complement < factFirst && tokens.get(complement).tag() == PosTag.ADV) {
            complement++; // "was eventually measured"
        }
        Token next = tokens.get(complement);
        if (COPULAS.contains(head.text().toLowerCase(Locale.ROOT)) && !isVerbal(next) && next.tag() != PosTag.ADP) {
            boolean anchored = resolved.isPresent() || tokens.subList(first + 1, subjectEnd).stream()
                    .anyMatch(token -> token.isCapitalized() || token.text().matches("[’']s"));
            return from == complement && anchored ? copulaQuestion(fact, head.text().toLowerCase(Locale.ROOT) + " " + subject + dateAtEnd)
                    : Optional.empty(); // "One of the examples … is the decision to withdraw from ____": no question word asks into it
        }
        String asked = askedWord(fact, preposition, head, feature);
        Token before = tokens.get(from - 1);
        boolean object = before.tag() == PosTag.VERB || before.tag() == PosTag.AUX; // not "in the 1967 ____"
        Token afterFact = sentence.nextToken(fact.end());
        boolean bareDate = fact.value() instanceof DateValue && (afterFact == null || !NOUNS.contains(afterFact.tag())); // "took place April 9"
        if (asked == null || preposition == null && !object && !bareDate) {
            return Optional.empty();
        }
        boolean prepositionGoes = preposition != null && (asked.startsWith("When") || asked.startsWith("In which") || asked.equals("Where"));
        int cut = prepositionGoes || preposition != null ? tokens.get(from - 1).start() : tokens.get(from).start();
        Matcher comma = CLAUSE_COMMA.matcher(text).region(fact.end(), text.length());
        int end = comma.find() ? comma.start() : text.length();
        String after = text.substring(fact.end(), end).replaceAll("[.!?;:]+$", "").strip();
        if (POSSESSIVE_ENDING.matcher(after).lookingAt()) {
            return Optional.empty(); // "injured by Bhagat Singh's covering fire": the name is no object of its own
        }
        Matcher placeNoun = PLACE_NOUN.matcher(after);
        if (asked.equals("Where") && placeNoun.lookingAt()) { // "is located in Gujarat state" → "In which state is … located?"
            asked = "In which " + placeNoun.group(1);
            after = after.substring(placeNoun.end()).strip();
        }
        if (RELATIVE.matcher(after).lookingAt()) {
            after = ""; // "moved to Hisar where his father was transferred": what the answer is, not what is asked
        }
        if (COORDINATED.matcher(after).lookingAt()) {
            return Optional.empty(); // "supported by the Mozilla Foundation and its subsidiary": the question word would ask for half
        }
        String stranded = preposition != null && !prepositionGoes ? preposition : "";
        String between = text.substring(head.end(), cut).strip();
        String inverted;
        if (head.tag() == PosTag.AUX && INVERTING_AUX.contains(head.text().toLowerCase(Locale.ROOT))) {
            inverted = head.text().toLowerCase(Locale.ROOT) + " " + subject;
        } else if (head.tag() == PosTag.VERB && head.isInflectedVerb() && !head.text().endsWith("ing") && !isParticiple(sentence, verb)) {
            inverted = (isPast(head) ? "did " : "does ") + subject + " " + head.lemma();
        } else {
            return Optional.empty();
        }
        String question = String.join(" ", Stream.of(asked, inverted, between, stranded, after)
                .filter(part -> !part.isEmpty()).toList()) + dateAtEnd + "?";
        return question.contains("\"") || question.contains("“") ? Optional.empty() : Optional.of(question);
    }

    /**
     * What the subject is, when the fact is all of it and ends the clause: "The estimated cost of the Constituent Assembly was
     * ₹6.3 crore." → "What was the estimated cost of the Constituent Assembly?"; "India's highest peak is Kanchenjunga." →
     * "What is India's highest peak?". {@code rest}: the copula, the subject and what moved to the end.
     */
    private static Optional<String> copulaQuestion(Fact fact, String rest) {
        String text = fact.sentence().text();
        Matcher comma = CLAUSE_COMMA.matcher(text).region(fact.end(), text.length());
        String after = text.substring(fact.end(), comma.find() ? comma.start() : text.length()).replaceAll("[.!?;:]+$", "").strip();
        String asked = fact.value() instanceof DateValue ? "When" : fact.kind() == Kind.PERSON ? "Who"
                : fact.value() instanceof Name name && name.type() == NameType.NAME ? null : "What";
        if (asked == null || !after.isEmpty() && !RELATIVE.matcher(after).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(asked + " " + rest + "?");
    }

    /**
     * The second of two verbs the subject does, joined by "and", when the fact is the second's ("Rai did not recover from his
     * injuries and died on 17 November 1928"): its index, else -1. Not after a passive or perfect first verb ("was arrested
     * and sent": "did … send" would say the subject sent), nor after a comma.
     */
    private static int secondVerb(List<Token> tokens, int verb, int factFirst) {
        if (tokens.get(verb).tag() == PosTag.AUX && !tokens.get(verb).text().matches("(?i)did|does|do")) {
            return -1;
        }
        int second = -1;
        for (int i = verb + 1; i + 1 < factFirst; i++) {
            Token next = tokens.get(i + 1);
            if (tokens.get(i).text().equals(",")) {
                return -1;
            }
            if (tokens.get(i).text().equals("and") && next.tag() == PosTag.VERB && next.isInflectedVerb() && isPast(next)) {
                second = i + 1;
            }
        }
        return second;
    }

    private static boolean isVerbal(Token token) {
        return token.tag() == PosTag.VERB || token.tag() == PosTag.AUX;
    }

    /** The question word for the fact after its preposition (null: none fits, or none is needed). */
    private static String askedWord(Fact fact, String preposition, Token verb, String feature) {
        boolean setting = preposition == null || SETTING.contains(preposition.toLowerCase(Locale.ROOT));
        if (fact.value() instanceof DateValue date) {
            return !setting ? null : date.style() == DateValue.Style.YEAR ? "In which year" : "When";
        }
        if (fact.value() instanceof TreatyRef treaty) {
            return "Which " + kindOf(treaty);
        }
        if (fact.value() instanceof Amount amount) {
            String noun = amount.suffix().strip();
            if (amount.money()) {
                return verb.lemma().equals("cost") && preposition == null ? "How much" : null;
            }
            return preposition == null && noun.matches("\\p{Ll}[\\p{Ll} -]*s") && amount.ceiling() == null ? "How many " + noun : null;
        }
        if (!(fact.value() instanceof Name name)) {
            return null;
        }
        return switch (name.type()) {
            case PERSON -> "Who";
            case COMPANY -> "Which company";
            case ORGANISATION -> "Which organisation";
            case CLUB -> "Which club";
            case COUNTRY -> preposition == null ? "Which country" : null;
            case CITY, SITE, PLACE, REGION -> preposition != null && setting && !preposition.equalsIgnoreCase("during") ? "Where"
                    : preposition == null && name.type() == NameType.SITE && !feature.isEmpty() ? "Which " + feature : null;
            case TERM -> preposition == null ? "What" : null;
            default -> null;
        };
    }

    /** What a treaty is called in its question: "agreement" for accords, "law" for an act, "convention", … else "treaty". */
    static String kindOf(TreatyRef treaty) {
        String last = treaty.name().substring(treaty.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return switch (last) {
            case "agreement", "accords", "accord" -> "agreement";
            case "convention", "protocol", "pact", "charter" -> last;
            case "act" -> "law";
            default -> "treaty";
        };
    }

    private static Optional<String> whenQuestion(Fact fact, DateValue date, int clauseStart, Function<String, Optional<String>> antecedent) {
        String text = fact.sentence().text();
        Matcher opening = DATE_OPENING.matcher(text.substring(clauseStart, fact.start()));
        if (!opening.matches() || !text.startsWith(", ", fact.end())) {
            return Optional.empty();
        }
        return clauseQuestion(fact.sentence(), fact.end() + 2, date.style() == DateValue.Style.YEAR ? "In which year" : "When", antecedent);
    }

    /**
     * A person or organisation followed by what it is, between commas: "Shahu, the ruler of the princely
     * state of Kolhapur, had several conflicts …" → "Who was the ruler of the princely state of Kolhapur?";
     * "X, president of Mozilla Europe, has said …" → "Who is president of Mozilla Europe?". Only a definite
     * description ("the …", a post "of" something, "CloudSat’s project manager", not "the mission’s …", which leans on
     * the text before), nouns and names with no verb (not "a fellow
     * inmate", which many are); "is" or "was" as the sentence's first verb.
     */
    private static Optional<String> appositiveQuestion(Fact fact, String asked) {
        Sentence sentence = fact.sentence();
        String text = sentence.text();
        Matcher appositive = APPOSITIVE.matcher(text).region(fact.end(), text.length());
        if (asked == null || !appositive.lookingAt()) {
            return Optional.empty();
        }
        List<Token> tokens = sentence.tokens().stream()
                .filter(token -> token.start() >= appositive.start(1) && token.end() <= appositive.end(1)).toList();
        boolean definite = tokens.get(0).text().equalsIgnoreCase("the")
                || tokens.size() > 2 && (tokens.get(0).tag() == PosTag.NOUN && tokens.get(1).text().equals("of")
                        || POSSESSIVE.matcher(tokens.get(0).text()).matches() || tokens.get(1).text().matches("[’']s")); // "CloudSat’s project manager"
        boolean describes = tokens.stream().allMatch(token -> (APPOSITIVE_TAGS.contains(token.tag()) || POSSESSIVE.matcher(token.text()).matches())
                        && !token.text().equals("who"))
                && tokens.stream().anyMatch(token -> token.tag() == PosTag.NOUN);
        boolean anchored = tokens.stream().noneMatch(token -> POSSESSIVE.matcher(token.text()).matches()
                && Character.isLowerCase(token.text().codePointAt(0))); // "the mission’s principal investigator": which mission?
        List<Token> head = tokens.stream().takeWhile(token -> token.tag() != PosTag.ADP).toList();
        boolean one = head.isEmpty() || !head.get(head.size() - 1).text().matches("\\p{Ll}+[^s]s"); // not ", the Banas and the Luni rivers": a list goes on
        if (!definite || !describes || !anchored || !one || tokens.size() < 2) {
            return Optional.empty();
        }
        boolean past = sentence.tokens().stream().filter(Token::isInflectedVerb).findFirst().map(WhQuestions::isPast).orElse(true);
        String description = appositive.group(1);
        return Optional.of(asked + (past ? " was " : " is ") + lowerFirst(tokens.get(0), description) + "?");
    }

    /**
     * A person or organisation named after what it is, between commas: "The police superintendent in Lahore, James A. Scott,
     * ordered …" → "Who was the police superintendent in Lahore?". The description one of a kind: "the", nouns and names
     * with no verb, its head noun singular (not "the three Tayal brothers, Dr. Ram, …").
     */
    private static Optional<String> describedBeforeQuestion(Fact fact, String asked, int clauseStart) {
        Sentence sentence = fact.sentence();
        String text = sentence.text();
        Matcher description = DESCRIPTION_BEFORE.matcher(text.substring(clauseStart, fact.start()));
        if (asked == null || !description.find() || !text.startsWith(", ", fact.end())) {
            return Optional.empty();
        }
        int from = clauseStart + description.start(1);
        int to = clauseStart + description.end(1);
        List<Token> tokens = sentence.tokens().stream().filter(token -> token.start() >= from && token.end() <= to).toList();
        List<Token> head = tokens.stream().takeWhile(token -> token.tag() != PosTag.ADP).toList();
        boolean describes = tokens.stream().allMatch(token -> APPOSITIVE_TAGS.contains(token.tag()))
                && head.size() > 1 && head.get(head.size() - 1).tag() == PosTag.NOUN && !head.get(head.size() - 1).text().endsWith("s")
                && !OF_ANOTHER.matcher(description.group(1)).find(); // "the condition of another hunger striker, Das": Das is no condition
        if (!describes) {
            return Optional.empty();
        }
        boolean past = sentence.tokens().stream().filter(Token::isInflectedVerb).findFirst().map(WhQuestions::isPast).orElse(true);
        return Optional.of(asked + (past ? " was " : " is ") + lowerFirst(tokens.get(0), description.group(1)) + "?");
    }

    /**
     * The question word for a name that is a clause's subject: a site by the kind of feature it is ("Which river"); "What"
     * for one of the article's terms; null for a town or a name of unsure type.
     */
    private static String askedAsSubject(Name name, String feature) {
        return switch (name.type()) {
            case PERSON -> "Who";
            case COMPANY -> "Which company";
            case ORGANISATION -> "Which organisation";
            case CLUB -> "Which club";
            case COUNTRY -> "Which country";
            case SITE -> feature.isEmpty() ? null : "Which " + feature;
            case TERM -> "What";
            default -> null; // a city as subject mostly stands for its government ("Washington is discontent")
        };
    }

    /** "Cuban leader X made his first visit, …" → "Who made his first visit …?"; a date that opened the sentence moves to the end. */
    private static Optional<String> whoQuestion(Fact fact, String asked, int clauseStart) {
        Sentence sentence = fact.sentence();
        String text = sentence.text();
        if (asked == null) {
            return Optional.empty();
        }
        String before = text.substring(clauseStart, fact.start());
        String dateAtEnd = "";
        Matcher leadingDate = LEADING_PHRASE.matcher(before);
        if (leadingDate.find()) {
            dateAtEnd = " " + leadingDate.group(1).substring(0, 1).toLowerCase(Locale.ROOT) + leadingDate.group(1).substring(1);
            before = before.substring(leadingDate.end());
        }
        Token verb = sentence.nextToken(fact.end());
        if (!onlyDescribers(sentence, fact.start() - before.length(), fact.start()) || verb == null
                || !verb.isInflectedVerb() || verb.tag() == PosTag.AUX && !SINGULAR_AUX.contains(verb.text())) {
            return Optional.empty();
        }
        String predicate = untilComma(text.substring(verb.start()));
        if (SECOND_SUBJECT.matcher(predicate).find()) {
            return Optional.empty();
        }
        return Optional.of(asked + " " + predicate + dateAtEnd + "?");
    }

    /** A clause from {@code from}: subject, then a past-tense verb → "When did subject verb …?" (or "When was subject opened …?"). */
    private static Optional<String> clauseQuestion(Sentence sentence, int from, String asked, Function<String, Optional<String>> antecedent) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenFrom(from);
        if (first < 0 || tokens.get(first).tag() == PosTag.DET && isDemonstrative(tokens.get(first))) {
            return Optional.empty();
        }
        Optional<String> resolved = Optional.empty();
        if (tokens.get(first).tag() == PosTag.PRON) {
            resolved = resolve(tokens.get(first), antecedent);
            if (resolved.isEmpty() || first + 1 >= tokens.size() || !isVerbal(tokens.get(first + 1))) {
                return Optional.empty();
            }
        }
        for (int i = first + 1; i < tokens.size() && i < first + 12; i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",") || RELATIVE_PRONOUN.matcher(token.text()).matches()) {
                return Optional.empty(); // "the Deccan Education Society that Tilak founded …": the verb is the relative clause's
            }
            if (token.tag() == PosTag.VERB || token.tag() == PosTag.AUX) {
                if (!plainClause(sentence, first, i)) {
                    return Optional.empty();
                }
                String subject = resolved.map(name -> name.replaceFirst("^The ", "the "))
                        .orElseGet(() -> lowerFirst(tokens.get(first), sentence.text().substring(tokens.get(first).start(), token.start()).strip()));
                String rest = untilComma(sentence.text().substring(token.end()).strip());
                boolean passive = token.tag() == PosTag.AUX && PAST_BE.contains(token.text())
                        && i + 1 < tokens.size() && tokens.get(i + 1).tag() == PosTag.VERB;
                if (passive) {
                    return Optional.of(asked + " " + token.text() + " " + subject + " " + rest + "?");
                }
                if (token.tag() == PosTag.VERB && isPast(token)) {
                    return Optional.of(asked + " did " + subject + " " + token.lemma() + (rest.isEmpty() ? "" : " " + rest) + "?");
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A clause that can be turned around: no quotation marks round its words, and no second verb
     * joined by "and" ("resigned and agreed"), which the question would leave in the wrong tense.
     */
    private static boolean plainClause(Sentence sentence, int first, int verb) {
        List<Token> tokens = sentence.tokens();
        for (int i = first; i < tokens.size() && !tokens.get(i).text().equals(","); i++) {
            String word = tokens.get(i).text();
            if (word.matches("[“”\"‘’«»]")) {
                return false;
            }
            if (i > verb && word.equals("and") && i + 1 < tokens.size() && tokens.get(i + 1).isInflectedVerb()) {
                return false;
            }
        }
        return true;
    }

    /** What a subject pronoun ("He", "they") stands for, when the writer is sure. */
    private static Optional<String> resolve(Token pronoun, Function<String, Optional<String>> antecedent) {
        String word = QuestionWriter.capitalize(pronoun.text().toLowerCase(Locale.ROOT));
        return SUBJECT_PRONOUNS.contains(word) ? antecedent.apply(word) : Optional.empty();
    }

    private static boolean isDemonstrative(Token token) {
        return DEMONSTRATIVES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A verb that is a past participle with no auxiliary, which do-support would turn into nonsense: "a banquet given in
     * honour of …" ("given", "taken", "written"), or one followed by a comma or "by" ("the committee appointed, with …").
     */
    private static boolean isParticiple(Sentence sentence, int verb) {
        Token head = sentence.tokens().get(verb);
        Token next = verb + 1 < sentence.tokens().size() ? sentence.tokens().get(verb + 1) : null;
        return head.text().endsWith("en") || next != null && (next.text().equals(",") || next.text().equals("by"));
    }

    /** Whether a verb is in the past: inflected (not "-ing", not a present "-s"), or one whose past is its base ("set", "put"). */
    static boolean isPast(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        return SAME_IN_THE_PAST.contains(word) || !word.equals(token.lemma()) && !word.endsWith("ing") && !(word.endsWith("s") && !word.endsWith("ss"));
    }

    /** Only titles and describing words between clause start and the name: "Cuban leader", "the president". */
    private static boolean onlyDescribers(Sentence sentence, int from, int to) {
        int words = 0;
        for (Token token : sentence.tokens()) {
            if (token.start() >= from && token.end() <= to) {
                if (!List.of(PosTag.DET, PosTag.ADJ, PosTag.NOUN, PosTag.PROPN).contains(token.tag()) || ++words > 4) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The text up to its first comma that ends a clause (not one inside a date: "March 11, 1937") or its first colon. */
    private static String untilComma(String text) {
        Matcher comma = CLAUSE_COMMA.matcher(text);
        String clause = comma.find() ? text.substring(0, comma.start()) : text;
        clause = clause.contains(":") ? clause.substring(0, clause.indexOf(':')) : clause; // "two announcements: first, …"
        return clause.replaceAll("[.!?;:]+$", "").strip();
    }

    /** "The United States", "HERC" and a capital inside the sentence stay, "the parties" and "several outlets" lose the capital of the sentence start. */
    private static String lowerFirst(Token first, String text) {
        if (first.start() > 0 || first.text().matches("\\p{Lu}{2,}.*")) {
            return text; // "In March 2014, Mozilla promoted …": a capital inside the sentence is a name's; "HERC", "NASA's"
        }
        boolean common = Set.of(PosTag.DET, PosTag.NUM, PosTag.PRON, PosTag.NOUN).contains(first.tag()) || first.tag() == PosTag.ADJ && !PROPER_ADJECTIVE.matcher(first.text()).matches();
        return common && !text.isEmpty() ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }
}
