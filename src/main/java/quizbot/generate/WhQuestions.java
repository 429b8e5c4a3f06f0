package quizbot.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wh-questions that stand on their own, where the sentence allows: "When did …?" for a date that
 * opens it, "Who …?", "Which company …?" for a name that is its subject. Stateless.
 */
final class WhQuestions {

    /** Discourse openers that a prompt drops: "However,", "It is worth noting that". */
    static final Pattern OPENER = Pattern.compile(
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
    private static final Pattern CLAUSE_COMMA = Pattern.compile(", (?!\\d)");
    /** "Who was/is/has …" reads well; "Which club are …" does not. */
    private static final Set<String> SINGULAR_AUX = Set.of("was", "is", "has", "had");
    private static final Set<String> PAST_BE = Set.of("was", "were");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "such");

    private WhQuestions() {
    }

    /** "When did …?" for a date opening the sentence, "Who/Which …?" for a name that is its subject; empty otherwise. */
    static Optional<String> of(Fact fact) {
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
            case PERSON -> "Who";
            case COMPANY -> "Which company";
            case ORGANISATION -> "Which organisation";
            case CLUB -> "Which club";
            case COUNTRY -> "Which country";
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
    private static Optional<String> clauseQuestion(Sentence sentence, int from, String asked) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenFrom(from);
        if (first < 0 || tokens.get(first).tag() == PosTag.PRON || tokens.get(first).tag() == PosTag.DET && isDemonstrative(tokens.get(first))) {
            return Optional.empty();
        }
        for (int i = first + 1; i < tokens.size() && i < first + 12; i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                return Optional.empty();
            }
            if (token.tag() == PosTag.VERB || token.tag() == PosTag.AUX) {
                if (!plainClause(sentence, first, i)) {
                    return Optional.empty();
                }
                String subject = lowerFirst(tokens.get(first), sentence.text().substring(tokens.get(first).start(), token.start()).strip());
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
                if (!List.of(PosTag.DET, PosTag.ADJ, PosTag.NOUN, PosTag.PROPN).contains(token.tag()) || ++words > 4) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The text up to its first comma that ends a clause, not one inside a date ("March 11, 1937"). */
    private static String untilComma(String text) {
        Matcher comma = CLAUSE_COMMA.matcher(text);
        String clause = comma.find() ? text.substring(0, comma.start()) : text;
        return clause.replaceAll("[.!?;:]+$", "").strip();
    }

    /** "The United States" stays, "the parties" and "several outlets" lose the capital of the sentence start. */
    private static String lowerFirst(Token first, String text) {
        boolean common = Set.of(PosTag.DET, PosTag.NUM, PosTag.PRON, PosTag.NOUN).contains(first.tag()) || first.tag() == PosTag.ADJ && !PROPER_ADJECTIVE.matcher(first.text()).matches();
        return common && !text.isEmpty() ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }
}
