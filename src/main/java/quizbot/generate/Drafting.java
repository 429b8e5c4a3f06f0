package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.questions.QuestionType;

/**
 * From an article's facts to drafts: one per fact, its mentions tried in order until one passes the
 * quality gate, each sentence giving at most one, to its most important fact; then some asked another way,
 * for variety. Holds no state between articles; as thread-safe as its writer.
 */
final class Drafting {

    /** Kinds by importance: the order in which a sentence's one question goes to its facts (rarest first). */
    private static final List<Kind> PRIORITY = List.of(Kind.TREATY, Kind.DATE, Kind.MONEY, Kind.PERSON, Kind.NUMBER,
            Kind.ORGANISATION, Kind.PLACE, Kind.OTHER);

    private static final Pattern IN_OR_AT = Pattern.compile("\\b(?:in|at)\\s+$");
    private static final Pattern SAID_ON = Pattern.compile(
            "\\b(?:said|says|told|announced|stated|added|explained|wrote|reported)\\b[^,.;]{0,40}\\s(?:on|in)\\s+$");

    private final QuestionWriter writer;
    private final QualityGate gate;

    Drafting(QuestionWriter writer, QualityGate gate) {
        this.writer = writer;
        this.gate = gate;
    }

    /**
     * One draft per fact: the first mention whose question passes the gate, in a sentence that has
     * not given a question already, so no two questions of a set share a sentence (the one would
     * print the other's answer). Facts are drafted in order of importance, so a sentence goes to its
     * treaties, dates, money and people before its places, and a fact named again elsewhere is asked
     * there; the drafts are returned in reading order.
     */
    List<Draft> drafts(ArticleFacts facts, List<String> dropped, Deadline deadline) {
        Map<String, List<Fact>> mentions = new LinkedHashMap<>();
        for (Fact fact : facts.all()) {
            mentions.computeIfAbsent(fact.key(), key -> new ArrayList<>()).add(fact);
        }
        for (List<Fact> sameFact : mentions.values()) {
            Map<Fact, Integer> rank = new IdentityHashMap<>();
            sameFact.forEach(mention -> rank.put(mention, placeRank(mention)));
            sameFact.sort(Comparator.comparingInt(rank::get));
        }
        Map<List<Fact>, Integer> importance = new IdentityHashMap<>();
        mentions.values().forEach(sameFact -> importance.put(sameFact, importance(sameFact.get(0))));
        var byImportance = new ArrayList<>(mentions.values());
        byImportance.sort(Comparator.comparingInt(importance::get));
        var drafts = new ArrayList<Draft>();
        var asked = new HashSet<Integer>();
        for (List<Fact> sameFact : byImportance) {
            List<String> problems = List.of();
            for (Fact mention : sameFact) {
                deadline.check("drafting questions");
                Sentence sentence = mention.sentence();
                if (asked.contains(sentence.index())) {
                    problems = List.of("its sentences already give a question");
                    continue;
                }
                Draft draft = writer.choice(mention, facts);
                problems = gate.problems(draft, facts);
                if (!problems.isEmpty() && QuestionWriter.isTypable(mention) && gate.promptProblems(draft, facts).isEmpty()) {
                    draft = writer.typed(draft, facts);
                    problems = gate.problems(draft, facts);
                }
                if (problems.isEmpty()) {
                    drafts.add(draft);
                    asked.add(sentence.index());
                    break;
                }
            }
            if (!problems.isEmpty()) {
                Fact first = sameFact.get(0);
                dropped.add(first.kind().jsonName() + " \"" + first.answer() + "\": " + String.join("; ", problems));
            }
        }
        drafts.sort(Comparator.comparingInt((Draft draft) -> draft.fact().sentence().index()).thenComparingInt(draft -> draft.fact().start()));
        return drafts;
    }

    /** A place is best asked where something happens in it ("held in Havana"), before where someone goes. */
    private static int placeRank(Fact mention) {
        boolean happensThere = mention.kind() == Kind.PLACE
                && IN_OR_AT.matcher(mention.sentence().text().substring(0, mention.start())).find();
        return happensThere ? 0 : 1;
    }

    /** Lower is more important: the kind's place in {@link #PRIORITY}; a date that only times a statement ("said on May 2") comes last. */
    private static int importance(Fact fact) {
        boolean timesAStatement = fact.kind() == Kind.DATE
                && SAID_ON.matcher(fact.sentence().text().substring(0, fact.start())).find();
        return timesAStatement ? PRIORITY.size() : PRIORITY.indexOf(fact.kind());
    }

    /**
     * For variety, every fourth multiple-choice draft is asked another way: alternately as a
     * true/false statement (alternately true and false; it shows its sentence, which no other
     * question of the set comes from) and, while typed questions stay under a fifth of the set and
     * the answer is short, as a typed answer.
     */
    List<Draft> vary(List<Draft> drafts, ArticleFacts facts) {
        var varied = new ArrayList<Draft>();
        int choices = 0;
        int changed = 0;
        int typedSoFar = 0;
        for (Draft draft : drafts) {
            if (draft.type() == QuestionType.CHOICE && ++choices % 4 == 3) {
                boolean typed = changed % 2 == 1 && QuestionWriter.isTypable(draft.fact()) && typedSoFar * 5L < drafts.size();
                Draft other = typed ? writer.typed(draft, facts) : writer.trueFalse(draft, facts, changed % 4 == 0);
                if (gate.problems(other, facts).isEmpty()) {
                    draft = other;
                    changed++;
                }
            }
            if (draft.type() == QuestionType.TYPED) {
                typedSoFar++;
            }
            varied.add(draft);
        }
        return varied;
    }
}
