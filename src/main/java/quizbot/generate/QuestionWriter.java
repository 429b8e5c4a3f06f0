package quizbot.generate;

import java.util.ArrayList;
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
 * Writes the question for a fact: a wh-question where the sentence allows ("When did …", "Who …",
 * "Which company …"), else the sentence with a blank where the answer stood. Discourse openers
 * ("However,", "It is worth noting that") are dropped so the prompt stands on its own.
 * Variants for variety: the same fact as true/false or as a typed answer. Thread-safe.
 */
final class QuestionWriter {

    static final String BLANK = "____";
    private static final int PERSON_LOOKBACK = 3;
    private static final Pattern OPENING_PRONOUN = Pattern.compile("(?:He|She|His|Her|It|Its)\\b");
    /** An acronym in brackets right after a name: the name's own, "European Medicines Agency (EMA)". */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(" \\((?:\\p{Lu}[\\p{Lu}&.-]{1,9})\\)");
    private static final Pattern OPENER = Pattern.compile(
            "^(?:(?:However|Thus|Indeed|In turn|By the way|Then|After all|Presumably|Meanwhile|Moreover|Furthermore|"
                    + "In addition|Besides|Also|Still|Yet|So|And|But|Therefore|Nevertheless|Of course|In fact|"
                    + "At the same time|As a result|In other words|To date|Now|At the moment|Finally|Instead|"
                    + "Above all|In short|In any case|Incidentally|Notably|Importantly|Likewise|Similarly),?\\s+"
                    + "|It (?:is|was) (?:worth noting|worth mentioning|notable|known|clear|reported) that\\s+"
                    + "|It should be (?:noted|said|mentioned) that\\s+|It became known that\\s+|Note that\\s+)+");
    /** "On November 1, " before the clause: a date that opens the sentence. */
    private static final Pattern DATE_OPENING = Pattern.compile(
            "^(?:Back\\s+)?(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Dd]uring)\\s+(?<QUALIFIER>(?:the\\s+(?:end|beginning|start|middle)\\s+of|early|late)\\s+)?$");

    /** Adjectives from names keep their capital: "Cuban", "Russian", "Chinese", "British", "Swiss". */
    private static final Pattern PROPER_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ese|ish|ch|ss|i|ic)");
    /** "On November 1, " before a name that is the subject. */
    private static final Pattern LEADING_DATE = Pattern.compile("^((?:On|In|At)\\s+[^,]{3,30}),\\s+");
    /** "crossed from the left and Lucy Brennan …": a second subject, whose verb comes after the comma. */
    private static final Pattern SECOND_SUBJECT = Pattern.compile("\\band\\s+\\p{Lu}");
    /** "Who was/is/has …" reads well; "Which club are …" does not. */
    private static final Set<String> SINGULAR_AUX = Set.of("was", "is", "has", "had");
    private static final Set<String> PAST_BE = Set.of("was", "were");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "such");

    private final Distractors distractors;

    QuestionWriter(Distractors distractors) {
        this.distractors = distractors;
    }

    /** The multiple-choice question for a fact; its options may be fewer than four (the gate decides). */
    Draft choice(Fact fact, ArticleFacts article) {
        String prompt = whQuestion(fact).orElseGet(() -> blankStem(fact, article));
        var options = new ArrayList<String>();
        options.add(fact.answer());
        options.addAll(distractors.forFact(fact, article, prompt));
        return new Draft(fact, QuestionType.CHOICE, prompt, options, 0, List.of(), explanation(fact), fact.sentence().text());
    }

    /** The fact as a statement to judge: true as written, or false with the first distractor in the answer's place. */
    Draft trueFalse(Draft choice, ArticleFacts article, boolean statementIsTrue) {
        String stem = blankStem(choice.fact(), article);
        String filler = statementIsTrue ? choice.fact().answer() : choice.distractors().get(0);
        String statement = capitalize(stem.replace(BLANK, filler));
        return new Draft(choice.fact(), QuestionType.TRUE_FALSE, "True or false? " + statement,
                List.of("True", "False"), statementIsTrue ? 0 : 1, List.of(), choice.explanation(), choice.source());
    }

    /** The same question answered by typing; every form of the answer the article uses is accepted. */
    Draft typed(Draft choice, ArticleFacts article) {
        var accepted = new ArrayList<String>();
        for (String form : article.answerForms(choice.fact())) {
            String plain = form.replaceFirst("^the ", "");
            if (accepted.stream().noneMatch(plain::equalsIgnoreCase)) {
                accepted.add(plain);
            }
        }
        return new Draft(choice.fact(), QuestionType.TYPED, choice.prompt(), List.of(), 0, accepted,
                choice.explanation(), choice.source());
    }

    /** Answers short enough to type: a year, a figure, a name of up to three words. */
    static boolean isTypable(Fact fact) {
        int words = fact.answer().replaceFirst("^the ", "").split("\\s+").length;
        boolean term = fact.value() instanceof Name name && name.type().equals("term"); // a phrase: fair to choose, not to type
        return words <= (fact.value() instanceof Name ? 3 : 2) && fact.kind() != Kind.TREATY && fact.kind() != Kind.MONEY
                && !(fact.value() instanceof DateRange) && !term;
    }

    static String explanation(Fact fact) {
        return Clauses.around(fact.sentence().text(), fact.start(), fact.end(), Limits.MAX_EXPLANATION);
    }

    /**
     * The sentence with a blank for the answer, an opening pronoun replaced by what it stands for, so the prompt stands
     * on its own: "He"/"She"/"His"/"Her" by the one person last named ("He declined …" → "Daniel Whitcombe declined …"),
     * "It"/"Its" by the subject of the sentence before when that is "The" and a noun ("Its final cost …" → "The bridge’s
     * final cost …"). Left as it is when unsure; the gate then drops the question.
     */
    static String blankStem(Fact fact, ArticleFacts article) {
        String stem = blankStem(fact);
        Matcher pronoun = OPENING_PRONOUN.matcher(stem);
        if (!pronoun.lookingAt()) {
            return stem;
        }
        String word = pronoun.group();
        Optional<String> antecedent = word.startsWith("It") ? article.before(fact.sentence()).flatMap(QuestionWriter::nounSubject)
                : onePerson(fact, article);
        if (antecedent.isEmpty()) {
            return stem;
        }
        boolean possessive = word.equals("His") || word.equals("Her") || word.equals("Its");
        String resolved = antecedent.get() + (possessive ? "’s" : "") + stem.substring(pronoun.end());
        return resolved.length() <= Limits.MAX_PROMPT - 20 ? resolved : stem;
    }

    /**
     * The one person the nearest sentence before that names anyone names, as it names them, looking back at most
     * {@value #PERSON_LOOKBACK} sentences (a biography's "She" runs on for several).
     */
    private static Optional<String> onePerson(Fact fact, ArticleFacts article) {
        for (int back = 1; back <= PERSON_LOOKBACK; back++) {
            List<Fact> people = article.inSentence(fact.sentence().index() - back).stream()
                    .filter(other -> other.value() instanceof Name name && name.type().equals("person"))
                    .toList();
            if (!people.isEmpty()) {
                return people.stream().map(person -> ((Name) person.value()).entity()).distinct().count() == 1
                        ? Optional.of(people.get(0).answer()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "The bridge was built …" → "The bridge": "The", then up to three nouns and adjectives, then the verb. */
    private static Optional<String> nounSubject(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || !tokens.get(0).text().equals("The")) {
            return Optional.empty();
        }
        int end = 1;
        while (end < tokens.size() && end <= 3 && Set.of("NOUN", "ADJ").contains(tokens.get(end).tag())) {
            end++;
        }
        boolean endsInNoun = end > 1 && tokens.get(end - 1).tag().equals("NOUN");
        if (!endsInNoun || end >= tokens.size() || !tokens.get(end).isInflectedVerb()) {
            return Optional.empty();
        }
        return Optional.of(sentence.text().substring(tokens.get(0).start(), tokens.get(end - 1).end()));
    }

    /** The sentence with a blank for the answer, without its opener, cut to Telegram's limit around the blank. */
    static String blankStem(Fact fact) {
        String text = fact.sentence().text();
        Matcher acronym = ACRONYM_AFTER.matcher(text).region(fact.end(), text.length());
        int after = acronym.lookingAt() ? acronym.end() : fact.end(); // "the ____ (ESC)" would spell the answer out
        String blanked = text.substring(0, fact.start()) + BLANK + text.substring(after);
        Matcher opener = OPENER.matcher(blanked);
        int cut = opener.lookingAt() ? opener.end() : 0;
        String stem = capitalize(blanked.substring(cut));
        int blank = stem.indexOf(BLANK);
        return Clauses.around(stem, blank, blank + BLANK.length(), Limits.MAX_PROMPT - 20);
    }

    /** "When did …?" for a date opening the sentence, "Who/Which …?" for a name that is its subject; empty otherwise. */
    static Optional<String> whQuestion(Fact fact) {
        Matcher opener = OPENER.matcher(fact.sentence().text());
        int clauseStart = opener.lookingAt() ? opener.end() : 0;
        if (fact.value() instanceof DateValue date) {
            return whenQuestion(fact, date, clauseStart);
        }
        return fact.value() instanceof Name name ? whoQuestion(fact, name, clauseStart) : Optional.empty();
    }

    private static Optional<String> whenQuestion(Fact fact, DateValue date, int clauseStart) {
        String text = fact.sentence().text();
        Matcher opening = DATE_OPENING.matcher(text.substring(clauseStart, fact.start()));
        if (!opening.matches() || !text.startsWith(", ", fact.end())) {
            return Optional.empty();
        }
        return clauseQuestion(fact.sentence(), fact.end() + 2, date.style() == DateValue.Style.YEAR ? "In which year" : "When");
    }

    /** "Cuban leader X made his first visit, …" → "Who made his first visit …?"; a date that opened the sentence moves to the end. */
    private static Optional<String> whoQuestion(Fact fact, Name name, int clauseStart) {
        String asked = switch (name.type()) {
            case "person" -> "Who";
            case "company" -> "Which company";
            case "organisation" -> "Which organisation";
            case "club" -> "Which club";
            case "country" -> "Which country";
            default -> null; // a city as subject mostly stands for its government ("Washington is discontent")
        };
        Sentence sentence = fact.sentence();
        String text = sentence.text();
        if (asked == null) {
            return Optional.empty();
        }
        String before = text.substring(clauseStart, fact.start());
        String dateAtEnd = "";
        Matcher leadingDate = LEADING_DATE.matcher(before);
        if (leadingDate.find()) {
            dateAtEnd = " " + leadingDate.group(1).substring(0, 1).toLowerCase(Locale.ROOT) + leadingDate.group(1).substring(1);
            before = before.substring(leadingDate.end());
        }
        Token verb = sentence.nextToken(fact.end());
        if (!onlyDescribers(sentence, fact.start() - before.length(), fact.start()) || verb == null
                || !verb.isInflectedVerb() || verb.tag().equals("AUX") && !SINGULAR_AUX.contains(verb.text())) {
            return Optional.empty();
        }
        String predicate = untilComma(text.substring(verb.start()));
        if (SECOND_SUBJECT.matcher(predicate).find()) {
            return Optional.empty();
        }
        return Optional.of(asked + " " + predicate + dateAtEnd + "?");
    }

    /** A clause from {@code from}: subject, then a past-tense verb → "When did subject verb …?" (or "When was subject opened …?"). */
    private static Optional<String> clauseQuestion(Sentence sentence, int from, String asked) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenFrom(from);
        if (first < 0 || tokens.get(first).tag().equals("PRON") || tokens.get(first).tag().equals("DET") && isDemonstrative(tokens.get(first))) {
            return Optional.empty();
        }
        for (int i = first + 1; i < tokens.size() && i < first + 12; i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                return Optional.empty();
            }
            if (token.tag().equals("VERB") || token.tag().equals("AUX")) {
                if (!plainClause(sentence, first, i)) {
                    return Optional.empty();
                }
                String subject = lowerFirst(tokens.get(first), sentence.text().substring(tokens.get(first).start(), token.start()).strip());
                String rest = untilComma(sentence.text().substring(token.end()).strip());
                boolean passive = token.tag().equals("AUX") && PAST_BE.contains(token.text())
                        && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("VERB");
                if (passive) {
                    return Optional.of(asked + " " + token.text() + " " + subject + " " + rest + "?");
                }
                if (token.tag().equals("VERB") && isPast(token)) {
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

    private static boolean isDemonstrative(Token token) {
        return DEMONSTRATIVES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isPast(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        return !word.equals(token.lemma()) && !word.endsWith("ing") && !(word.endsWith("s") && !word.endsWith("ss"));
    }

    /** Only titles and describing words between clause start and the name: "Cuban leader", "the president". */
    private static boolean onlyDescribers(Sentence sentence, int from, int to) {
        int words = 0;
        for (Token token : sentence.tokens()) {
            if (token.start() >= from && token.end() <= to) {
                if (!List.of("DET", "ADJ", "NOUN", "PROPN").contains(token.tag()) || ++words > 4) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String untilComma(String text) {
        int comma = text.indexOf(", ");
        String clause = comma < 0 ? text : text.substring(0, comma);
        return clause.replaceAll("[.!?;:]+$", "").strip();
    }

    /** "The United States" stays, "the parties" and "several outlets" lose the capital of the sentence start. */
    private static String lowerFirst(Token first, String text) {
        boolean common = Set.of("DET", "NUM", "PRON", "NOUN").contains(first.tag()) || first.tag().equals("ADJ") && !PROPER_ADJECTIVE.matcher(first.text()).matches();
        return common && !text.isEmpty() ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
