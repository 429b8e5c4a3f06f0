package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import quizbot.questions.Kind;
import quizbot.questions.Limits;
import quizbot.questions.QuestionType;

/**
 * Writes the question for a fact: a wh-question where the sentence allows ("When did …", "Who …",
 * "Which company …"), else the sentence with a blank where the answer stood. Discourse openers
 * ("However,", "It is worth noting that") are dropped so the prompt stands on its own.
 * Variants for variety: the same fact as true/false or as a typed answer. Thread-safe.
 */
final class QuestionWriter {

    static final String BLANK = "____";
    private static final int PERSON_LOOKBACK = 3;
    /** The most words a sentence with a blank keeps: longer ones are cut to the blank's clauses (see {@link Clauses#withinWords}). */
    static final int MAX_WORDS = 30;
    /** "in that year", "by that year", "the same year": a year the sentence before names (the preposition kept, "in" when none). */
    private static final Pattern THAT_YEAR = Pattern.compile("\\b(?:([Ii]n|[Dd]uring|[Bb]y|[Uu]ntil) )?(?:[Tt]hat|[Tt]he same|[Tt]hat same) year\\b");
    private static final List<String> COUNT_WORDS = List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten");
    private static final Pattern YEARS_LATER = Pattern.compile("(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\\d{1,2}) years? later(,?) ");
    /** A group that "they" may stand for: "The CloudSat team developed … Their solutions …". */
    private static final Set<String> COLLECTIVE = Set.of("team", "crew", "group", "staff", "committee", "government", "family", "police");
    private static final Pattern OPENING_PRONOUN = Pattern.compile("(?:He|She|His|Her|It|Its|They|Their)\\b");
    /**
     * "the Society", "The Accords": "the" and one capitalised word that is no name's first ("the Deccan Education Society" is
     * whole) and that no "of"/"for" and a name go on from ("the Parliament of India" is whole too).
     */
    private static final Pattern SHORT_NAME = Pattern.compile("\\b([Tt]he) (\\p{Lu}\\p{Ll}+)\\b(?! \\p{Lu})(?![’']s? \\p{Lu})(?! (?:of|for) (?:the )?\\p{Lu})");
    /** Words before a figure or date that make it a bound, of which another value may be as true: "by", "more than". */
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|before|until|till|since|after|over|under|more than|less than|fewer than|at least|at most|up to)$");
    /** An acronym in brackets right after a name: the name's own, "European Medicines Agency (EMA)". */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(" \\((?:\\p{Lu}[\\p{Lu}&.-]{1,9})\\)");

    /** What comes before another name of someone already named: "popularly known as", "nicknamed", a bracket. */
    private static final Pattern ALIAS_BEFORE = Pattern.compile("(?:\\b(?:known as|called|nicknamed|dubbed|styled)\\s+(?:the\\s+)?|\\()$");

    private final Distractors distractors;

    QuestionWriter(Distractors distractors) {
        this.distractors = distractors;
    }

    /** The multiple-choice question for a fact; its options may be fewer than four (the gate decides). */
    Draft choice(Fact fact, ArticleFacts article) {
        Optional<LifeSpan> lifeSpan = LifeSpan.of(fact, article);
        String prompt = lifeSpan.map(span -> span.question((DateValue) fact.value()))
                .or(() -> turnedRound(fact, article, pronoun -> antecedent(pronoun, fact, article))
                        .map(question -> anchoredInTime(Clauses.withoutAsides(question, BLANK), fact, article)))
                .orElseGet(() -> blankStem(fact, article));
        prompt = namedInFull(prompt, fact, article, distractors.gazetteer());
        prompt = headlineNamed(prompt, fact, article);
        var options = new ArrayList<String>();
        options.add(fact.answer());
        options.addAll(distractors.forFact(fact, article, prompt));
        String source = lifeSpan.map(LifeSpan::source).orElse(fact.sentence().text());
        return new Draft(fact, QuestionType.CHOICE, prompt, options, 0, List.of(),
                lifeSpan.isPresent() ? source : explanation(fact), source);
    }

    /** The fact as a statement to judge: true as written, or false with the first distractor in the answer's place. */
    Draft trueFalse(Draft choice, ArticleFacts article, boolean statementIsTrue) {
        Fact fact = choice.fact();
        String filler = statementIsTrue ? fact.answer() : choice.distractors().get(0);
        String statement = LifeSpan.of(fact, article).map(span -> span.statement(filler, (DateValue) fact.value()))
                .orElseGet(() -> capitalize(blankStem(fact, article).replace(BLANK, filler)));
        return new Draft(fact, QuestionType.TRUE_FALSE, "True or false? " + statement,
                List.of("True", "False"), statementIsTrue ? 0 : 1, List.of(), choice.explanation(), choice.source());
    }

    /**
     * Whether a false statement made from this question reads as a plausible claim: a figure or a date swapped for
     * another, a place for another of its class that the article names, or a person's full name for another's, standing
     * alone (not after a title or a capitalised word: "Lady ____", "Tibet, ____"). Another name or treaty in its place
     * mostly makes a claim no one would believe ("The chairman of the Kremlin …", "reforms required under the North
     * Atlantic Treaty with the EU"). Not a date or a
     * figure that is a bound ("fell below 1 % by 2020" stays true "by 2021"; "more than 40" of "more than 30").
     */
    static boolean canBeFalse(Draft choice, ArticleFacts article) {
        Fact fact = choice.fact();
        String before = fact.sentence().text().substring(0, fact.start()).strip();
        String wordBefore = before.substring(before.lastIndexOf(' ') + 1);
        boolean alone = wordBefore.isEmpty() || !Character.isUpperCase(wordBefore.codePointAt(0)) && !wordBefore.equals("of");
        boolean bound = BOUND_BEFORE.matcher(before).find();
        return switch (fact.kind()) {
            case DATE, MONEY, NUMBER -> !bound;
            case PERSON -> alone && fact.answer().split("\\s+").length >= 2 && choice.distractors().get(0).split("\\s+").length >= 2;
            case PLACE -> alone && fact.value() instanceof Name place && article.all().stream() // "… continues into China": a place
                    .anyMatch(other -> other.answer().equals(choice.distractors().get(0)) && other.value() instanceof Name named
                            && named.type() == place.type() && !CONTINENTS.contains(other.answer())); // of the article, of its class
            default -> false;
        };
    }

    /**
     * The same question answered by typing; every form of the answer the article uses is accepted, and a person's surname
     * alone where no one else of the article bears it ("Deborah Vane", "Vane"), as the quiz accepts it.
     */
    Draft typed(Draft choice, ArticleFacts article) {
        var accepted = new ArrayList<String>();
        var forms = new ArrayList<>(article.answerForms(choice.fact()));
        surname(choice.fact(), article).ifPresent(forms::add);
        for (String form : forms) {
            String plain = form.replaceFirst("^the ", "");
            if (accepted.stream().noneMatch(plain::equalsIgnoreCase)) {
                accepted.add(plain);
            }
        }
        return new Draft(choice.fact(), QuestionType.TYPED, choice.prompt(), List.of(), 0, accepted,
                choice.explanation(), choice.source());
    }

    /** A person's last name, when the answer is a full name and no other person of the article ends in it; never an initial. */
    private static Optional<String> surname(Fact fact, ArticleFacts article) {
        String[] words = fact.answer().split("\\s+");
        if (fact.kind() != Kind.PERSON || words.length < 2 || !(fact.value() instanceof Name name)) {
            return Optional.empty();
        }
        String last = words[words.length - 1];
        if (last.replace(".", "").length() < 2) {
            return Optional.empty();
        }
        boolean shared = article.all().stream().anyMatch(other -> other.kind() == Kind.PERSON && other.value() instanceof Name person
                && !person.entity().equals(name.entity()) && (" " + other.answer()).endsWith(" " + last));
        return shared ? Optional.empty() : Optional.of(last);
    }

    /** Answers short enough to type: a year, a figure, a name of up to three words. */
    static boolean isTypable(Fact fact) {
        int words = fact.answer().replaceFirst("^the ", "").split("\\s+").length;
        boolean term = fact.value() instanceof Name name && name.type() == NameType.TERM; // a phrase: fair to choose, not to type
        return words <= (fact.value() instanceof Name ? 3 : 2) && fact.kind() != Kind.TREATY && fact.kind() != Kind.MONEY
                && !(fact.value() instanceof DateRange) && !term;
    }

    static String explanation(Fact fact) {
        return Clauses.around(fact.sentence().text(), fact.start(), fact.end(), Limits.MAX_EXPLANATION);
    }

    /**
     * The sentence with a blank for the answer, an opening pronoun replaced by what it stands for, so the prompt stands
     * on its own: "He"/"She"/"His"/"Her" by the one person last named ("He declined …" → "Daniel Whitcombe declined …"),
     * or by a biography's subject when the sentences before name no one else,
     * "It"/"Its" and "They"/"Their" by the subject of the sentence before ("Its final cost …" → "The bridge’s final
     * cost …"). Left as it is when unsure; the gate then drops the question.
     */
    static String blankStem(Fact fact, ArticleFacts article) {
        String stem = anchoredInTime(blankStem(fact), fact, article);
        Matcher pronoun = OPENING_PRONOUN.matcher(stem);
        if (!pronoun.lookingAt()) {
            return stem;
        }
        String word = pronoun.group();
        Optional<String> antecedent = antecedent(word, fact, article);
        if (antecedent.isEmpty()) {
            return stem;
        }
        boolean possessive = word.equals("His") || word.equals("Her") || word.equals("Its") || word.equals("Their");
        String resolved = antecedent.get() + (possessive ? "’s" : "") + stem.substring(pronoun.end());
        return resolved.length() <= Limits.MAX_PROMPT - 20 ? resolved : stem;
    }

    /**
     * "The Society", "the Accords", "the Act" written as the one name the article gave before that ends in the word ("the
     * Deccan Education Society"), so the prompt says which; left as it is when none or several do, and for a post ("the
     * President" is no "Vice President").
     */
    static String namedInFull(String prompt, Fact fact, ArticleFacts article, Gazetteer gazetteer) {
        Matcher shortName = SHORT_NAME.matcher(prompt);
        var out = new StringBuilder();
        while (shortName.find()) {
            String word = shortName.group(2);
            List<String> names = gazetteer.isPersonTitle(word) ? List.of() : article.all().stream()
                    .filter(other -> other.sentence().index() < fact.sentence().index() && other.value() instanceof Name name
                            && name.type() != NameType.PERSON && other.answer().endsWith(" " + word)
                            && other.answer().replaceFirst("^the ", "").contains(" "))
                    .map(other -> other.answer().replaceFirst("^the ", "")).distinct().toList();
            String full = names.size() == 1 && !names.get(0).equalsIgnoreCase(fact.answer().replaceFirst("^the ", ""))
                    ? shortName.group(1) + " " + names.get(0) : shortName.group();
            shortName.appendReplacement(out, Matcher.quoteReplacement(full));
        }
        shortName.appendTail(out);
        String named = out.toString();
        return named.length() <= Limits.MAX_PROMPT ? named : prompt;
    }

    /**
     * "the spacecraft", "the mission’s", "The bill" written as the craft or the act the headline names and the article names
     * most ("the spacecraft was recently decommissioned" → "CloudSat was recently decommissioned" under "NASA’s CloudSat Ends
     * Mission …"; "The bill will also support …" → "The CHIPS and Science Act will also support …"), so the prompt says which;
     * left as it is when the headline names none, or the answer is that name.
     */
    static String headlineNamed(String prompt, Fact fact, ArticleFacts article) {
        Matcher craft = THE_CRAFT.matcher(prompt);
        Matcher act = THE_ACT.matcher(prompt);
        Optional<String> name = Optional.empty();
        Matcher found = null;
        if (craft.find()) {
            name = article.headlineName(other -> other.value() instanceof Name named && named.type() == NameType.CRAFT);
            found = craft;
        } else if (act.find()) {
            name = article.headlineName(other -> other.value() instanceof TreatyRef);
            found = act;
        }
        if (name.isEmpty() || Gazetteer.key(name.get()).equals(Gazetteer.key(fact.answer()))) {
            return prompt;
        }
        String replacement = found.start() == 0 ? capitalize(name.get()) : name.get();
        String named = prompt.substring(0, found.start()) + replacement + prompt.substring(found.end());
        return named.length() <= Limits.MAX_PROMPT ? named : prompt;
    }

    /** A continent is no region of a country's kind: "Dal Lake in Asia" for "in Kashmir" is no claim anyone would make. */
    private static final Set<String> CONTINENTS = Set.of("Asia", "Europe", "Africa", "North America", "South America", "Oceania", "Antarctica");

    /** "the spacecraft", "The mission" (its "’s" kept), not "the mission Artemis II", which names its own. */
    private static final Pattern THE_CRAFT = Pattern.compile("\\b[Tt]he (?:spacecraft|satellite|mission|probe|rover|telescope)\\b(?! \\p{Lu})");
    private static final Pattern THE_ACT = Pattern.compile("\\b[Tt]he (?:bill|law|legislation|act)\\b(?! \\p{Lu})");

    /** What an opening pronoun of the fact's sentence stands for, when sure (see {@link #blankStem(Fact, ArticleFacts)}). */
    private static Optional<String> antecedent(String pronoun, Fact fact, ArticleFacts article) {
        boolean plural = pronoun.startsWith("The");
        return pronoun.startsWith("It") || plural
                ? thingBefore(fact.sentence(), article, plural)
                : (noOneNamedLately(fact, article) ? article.subjectPerson() : onePerson(fact, article));
    }

    /**
     * The subject of the sentence before, when it is of the pronoun's number; past a sentence that opens with "These"/"Those"
     * (which says more of what came before: "The bill requires …. These funds also come with …. It will also support …").
     */
    private static Optional<String> thingBefore(Sentence sentence, ArticleFacts article, boolean plural) {
        Optional<Sentence> before = article.before(sentence);
        while (!plural && before.isPresent() && before.get().text().matches("(?:These|Those) .*")) {
            before = article.before(before.get());
        }
        return before.flatMap(earlier -> subject(earlier, article, plural));
    }

    /**
     * The one person the nearest sentence before that names anyone names, as it names them, looking back at most
     * {@value #PERSON_LOOKBACK} sentences (a biography's "She" runs on for several); none when that sentence also
     * names someone of unsure type by a name of two words or more, who may be the one meant.
     */
    private static Optional<String> onePerson(Fact fact, ArticleFacts article) {
        for (int back = 1; back <= PERSON_LOOKBACK; back++) {
            List<Fact> names = article.inSentence(fact.sentence().index() - back);
            if (names.stream().anyMatch(other -> mayBeSomeone(other) && other.answer().contains(" "))) {
                return Optional.empty(); // "Tycho Brahe created … His assistant": a full name of unsure type may be the one meant
            }
            List<Fact> people = names.stream().filter(other -> other.value() instanceof Name name && name.type() == NameType.PERSON)
                    .toList();
            if (!people.isEmpty()) {
                return people.stream().map(person -> ((Name) person.value()).entity()).distinct().count() == 1
                        ? Optional.of(people.get(0).answer()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "In that year" / "the same year", and an opening "Two years later", written as the year they mean when the sentence
     * before names one year ("In 1846, …. In that year, Le Verrier …" → "In 1846, Le Verrier …"; "Who used this theory
     * in 1846?"), so the prompt stands on its own; else as it is.
     */
    private static String anchoredInTime(String prompt, Fact fact, ArticleFacts article) {
        Optional<Integer> year = article.before(fact.sentence()).flatMap(ArticleFacts::onlyYear);
        if (year.isEmpty()) {
            return prompt;
        }
        String anchored = capitalize(THAT_YEAR.matcher(prompt)
                .replaceAll(that -> (that.group(1) == null ? "in" : that.group(1).toLowerCase(Locale.ROOT)) + " " + year.get()));
        Matcher later = YEARS_LATER.matcher(anchored);
        if (!later.lookingAt()) {
            return anchored;
        }
        int step = later.group(1).matches("\\d+") ? Integer.parseInt(later.group(1)) : COUNT_WORDS.indexOf(later.group(1)) + 1;
        return "In " + (year.get() + step) + later.group(2) + " " + anchored.substring(later.end());
    }

    /** Whether the {@value #PERSON_LOOKBACK} sentences before name no one but the article's subject: a biography's "He" is then its subject. */
    private static boolean noOneNamedLately(Fact fact, ArticleFacts article) {
        for (int back = 1; back <= PERSON_LOOKBACK; back++) {
            if (article.inSentence(fact.sentence().index() - back).stream().anyMatch(other -> (mayBeSomeone(other)
                    || other.value() instanceof Name name && name.type() == NameType.PERSON) && !article.isSubject(other.answer()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name of unsure type that may be the person a "He" means: not one that only describes the noun after it ("one of
     * the members of the Lal Bal Pal trio"), nor another name of someone ("known as Punjab Kesari (Lion of Punjab)"), nor
     * one written with "the" ("The Tribune").
     */
    private static boolean mayBeSomeone(Fact name) {
        return name.value() instanceof Name unsure && unsure.type() == NameType.NAME && QualityGate.describedNoun(name).isEmpty()
                && !name.answer().startsWith("the ")
                && !ALIAS_BEFORE.matcher(name.sentence().text().substring(0, name.start())).find();
    }

    /**
     * What "It" or "They" in the next sentence stands for: the subject of this one, right before its verb, when that is a
     * name, maybe with a noun or two after it ("The Artemis Accords establish …", "CloudSat flew …", "The CloudSat team
     * developed …"), or "The" and up to three nouns, names and adjectives ("The bridge was built …", "The Accords
     * reinforce …"), singular for "It" and plural for "They" (or a group: a team, a crew, a government).
     */
    private static Optional<String> subject(Sentence sentence, ArticleFacts article, boolean plural) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int nameStart = tokens.get(0).text().equals("The") && tokens.size() > 1 ? tokens.get(1).start() : tokens.get(0).start();
        int end = article.inSentence(sentence.index()).stream()
                .filter(fact -> Set.of(Kind.ORGANISATION, Kind.PLACE, Kind.TREATY, Kind.OTHER).contains(fact.kind())
                        && (fact.start() == tokens.get(0).start() || fact.start() == nameStart)).findFirst()
                .map(fact -> sentence.tokenFrom(fact.end())).orElse(-1);
        for (int nouns = 0; end > 0 && end < tokens.size() && nouns < 2 && tokens.get(end).tag() == PosTag.NOUN; nouns++) {
            end++; // "The CloudSat team developed …"
        }
        boolean indefinite = tokens.get(0).text().matches("An?");
        if (end < 0 && (tokens.get(0).text().equals("The") || indefinite)) {
            end = 1;
            while (end < tokens.size() && end <= 4 && (Set.of(PosTag.NOUN, PosTag.PROPN, PosTag.ADJ).contains(tokens.get(end).tag())
                    || isModifyingParticiple(tokens, end) || isAndBetweenModifiers(tokens, end))) {
                end++;
            }
            end = Set.of(PosTag.NOUN, PosTag.PROPN).contains(tokens.get(end - 1).tag()) ? end : -1;
        }
        if (end <= 0 || end >= tokens.size() || !Set.of(PosTag.VERB, PosTag.AUX).contains(tokens.get(end).tag())) {
            return Optional.empty();
        }
        String written = sentence.text().substring(tokens.get(0).start(), tokens.get(end - 1).end());
        String subject = indefinite ? written.replaceFirst("^An? ", "The ") : written; // "An enclosed rover will … It" → "The enclosed rover"
        String head = tokens.get(end - 1).text().toLowerCase(Locale.ROOT);
        boolean pluralSubject = head.endsWith("s") && !head.endsWith("ss") || IntStream.range(0, end - 1)
                .anyMatch(i -> tokens.get(i).text().equals("and") && !isAndBetweenModifiers(tokens, i));
        return pluralSubject == plural || plural && COLLECTIVE.contains(head) ? Optional.of(subject) : Optional.empty();
    }

    /** "The pressurized rover": a participle before a noun describes it. */
    private static boolean isModifyingParticiple(List<Token> tokens, int index) {
        return tokens.get(index).tag() == PosTag.VERB && tokens.get(index).text().matches("\\p{Ll}+(?:ed|ing)") && index + 1 < tokens.size()
                && (Set.of(PosTag.NOUN, PosTag.ADJ).contains(tokens.get(index + 1).tag()) || isAndBetweenModifiers(tokens, index + 1));
    }

    /** "enclosed and pressurized rover": an "and" that joins two words describing one noun, not two subjects. */
    private static boolean isAndBetweenModifiers(List<Token> tokens, int index) {
        return tokens.get(index).text().equals("and") && index > 0 && index + 2 < tokens.size()
                && Set.of(PosTag.ADJ, PosTag.VERB).contains(tokens.get(index - 1).tag())
                && (tokens.get(index + 1).tag() == PosTag.ADJ || tokens.get(index + 1).tag() == PosTag.VERB
                        && tokens.get(index + 1).text().matches("\\p{Ll}+ed"));
    }

    /** The sentence with a blank for the answer, without its opener, cut to Telegram's limit around the blank. */
    static String blankStem(Fact fact) {
        String text = Clauses.withoutTrailingClauses(fact.sentence(), fact.end());
        Matcher acronym = ACRONYM_AFTER.matcher(text).region(fact.end(), text.length());
        int after = acronym.lookingAt() ? acronym.end() : fact.end(); // "the ____ (ESC)" would spell the answer out
        String blanked = Clauses.withoutAsides(text.substring(0, fact.start()) + BLANK + text.substring(after), BLANK);
        Matcher opener = WhQuestions.OPENER.matcher(blanked);
        int cut = opener.lookingAt() ? opener.end() : 0;
        String stem = capitalize(blanked.substring(cut));
        int blank = stem.indexOf(BLANK);
        String shortened = Clauses.withinWords(stem, blank, blank + BLANK.length(), MAX_WORDS);
        int kept = shortened.indexOf(BLANK);
        String fits = Clauses.withinChars(shortened, kept, kept + BLANK.length(), Limits.MAX_PROMPT - 20);
        int left = fits.indexOf(BLANK);
        return Clauses.around(fits, left, left + BLANK.length(), Limits.MAX_PROMPT - 20); // from the middle only when nothing else fits
    }

    /** The wh-question of the fact with its clause turned round (no pronoun resolved); empty where none fits. */
    static Optional<String> whQuestion(Fact fact, ArticleFacts article) {
        return turnedRound(fact, article, pronoun -> Optional.empty());
    }

    /** The wh-question of the fact's sentence ({@link WhQuestions}), else of the clause it stands in ({@link CoreClause}). */
    private static Optional<String> turnedRound(Fact fact, ArticleFacts article, Function<String, Optional<String>> antecedent) {
        String feature = feature(fact, article);
        return WhQuestions.of(fact, feature, antecedent).or(() -> CoreClause.of(fact).flatMap(clause -> WhQuestions.of(clause, feature, antecedent)));
    }

    /**
     * The sentence with a blank asked with its question word in the blank's place ({@link WhInPlace}), else the clause
     * the fact stands in, asked so; empty where neither fits.
     */
    static Optional<String> inPlace(Fact fact, String blankPrompt, ArticleFacts article) {
        String feature = feature(fact, article);
        return WhInPlace.of(fact, blankPrompt, feature)
                .or(() -> CoreClause.of(fact).flatMap(clause -> WhInPlace.of(clause, blankStem(clause), feature)));
    }

    /** The kind of feature a site is, which its question asks by ("Which river …?"); "" for any other fact. */
    private static String feature(Fact fact, ArticleFacts article) {
        return fact.value() instanceof Name name && name.type() == NameType.SITE ? article.featureOf(name) : "";
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
