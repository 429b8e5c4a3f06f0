package quizbot.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import quizbot.questions.Kind;
import quizbot.questions.QuestionType;

/**
 * From an article's facts to the questions of its set. Facts are taken in order of {@link Importance},
 * the best of each kind first (so a short set spans dates, money, people, places…), then the rest; each
 * is asked at the first of its mentions whose question passes the quality gate, in a sentence no
 * question of the set comes from yet, and neither printing another chosen question's answer in its
 * prompt nor printed in theirs. So a sentence is asked about its most important fact, and a learner
 * never meets a question that another one answers. Then some are asked another way, for variety. Holds
 * no state between articles; as thread-safe as its writer.
 */
final class Drafting {

    private static final Pattern IN_OR_AT = Pattern.compile("\\b(?:in|at)\\s+$");

    private final QuestionWriter writer;
    private final QualityGate gate;

    Drafting(QuestionWriter writer, QualityGate gate) {
        this.writer = writer;
        this.gate = gate;
    }

    /** A set's questions in reading order, and the next-best ones held back, best first. */
    record Chosen(List<Draft> set, List<Draft> reserve) {
    }

    /**
     * At most {@code max} questions, in reading order, and up to {@code reserve} more held back; why each fact not asked
     * was left out of the set goes to {@code dropped}. The reserve is chosen once the set is final, so it changes nothing
     * in the set, and it is held to the set's rules: a sentence gives one question, and none gives another's answer away.
     */
    Chosen choose(ArticleFacts facts, Article article, int max, int reserve, List<String> dropped, Deadline deadline) {
        Map<String, List<Fact>> mentions = new LinkedHashMap<>();
        for (Fact fact : facts.all()) {
            mentions.computeIfAbsent(fact.key(), key -> new ArrayList<>()).add(fact);
        }
        for (List<Fact> sameFact : mentions.values()) {
            Map<Fact, Integer> rank = new IdentityHashMap<>();
            sameFact.forEach(mention -> rank.put(mention, placeRank(mention)));
            sameFact.sort(Comparator.comparingInt(rank::get));
        }
        var set = new SetInProgress(facts, max, deadline);
        List<List<Fact>> byImportance = new Importance(facts.sentences(), article).order(mentions.values());
        Set<Kind> kindsAsked = EnumSet.of(Kind.OTHER);
        for (List<Fact> sameFact : byImportance) {
            if (!kindsAsked.contains(sameFact.get(0).kind()) && set.ask(sameFact, false)) {
                kindsAsked.add(sameFact.get(0).kind());
            }
        }
        byImportance.forEach(sameFact -> set.ask(sameFact, false));
        set.dropGivenAway();
        byImportance.forEach(sameFact -> set.ask(sameFact, true));
        set.problems.forEach((sameFact, problems) -> dropped.add(sameFact.get(0).kind().jsonName() + " \""
                + sameFact.get(0).answer() + "\": " + String.join("; ", problems)
                + (set.refused.containsKey(sameFact) ? " (" + set.refused.get(sameFact) + ")" : "")));
        List<Draft> chosen = vary(set, facts);
        if (reserve == 0) {
            return new Chosen(chosen, List.of());
        }
        set.chosen.clear();
        set.chosen.addAll(chosen); // the reserve is checked against the questions as they are asked, varied ones too
        set.max = max + reserve;
        try {
            byImportance.forEach(sameFact -> set.ask(sameFact, true));
        } catch (GenerationCancelledException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e; // cancelled: no set at all
            }
            // out of time while holding questions back: the set is whole, the reserve is what was found so far
        }
        return new Chosen(chosen, List.copyOf(set.chosen.subList(chosen.size(), set.chosen.size())));
    }

    /**
     * The set as it is chosen: its questions, the sentences they come from, and why each fact not
     * asked was not. First filled by importance, a sentence to a question; then the questions whose
     * answer another one's prompt prints are dropped (a name the article keeps naming is given away by
     * many, and they stay); then the set is filled again, each question now giving none away and given
     * away by none, the dropped questions' sentences free for their other facts.
     */
    private final class SetInProgress {
        final List<Draft> chosen = new ArrayList<>();
        final Map<List<Fact>, List<String>> problems = new LinkedHashMap<>();
        /** The prompt of a fact's last refused draft, so whoever reads why it was dropped sees what it would have asked. */
        final Map<List<Fact>, String> refused = new HashMap<>();
        private final Map<List<Fact>, Draft> askedBy = new IdentityHashMap<>();
        private final Map<Fact, Draft> drafted = new IdentityHashMap<>();
        private final Map<Draft, List<String>> gateProblems = new IdentityHashMap<>();
        private final Set<Long> units = new HashSet<>();
        private final ArticleFacts facts;
        private final Giveaways giveaways;
        private int max;
        private final Deadline deadline;

        SetInProgress(ArticleFacts facts, int max, Deadline deadline) {
            this.facts = facts;
            this.giveaways = new Giveaways(facts);
            this.max = max;
            this.deadline = deadline;
        }

        /** Asks the fact at its first mention that may be asked, unless the set is full or asks it already. */
        boolean ask(List<Fact> sameFact, boolean apart) {
            if (askedBy.containsKey(sameFact)) {
                return false;
            }
            if (chosen.size() >= max) {
                problems.putIfAbsent(sameFact, List.of("the set is full with " + max + " more important questions"));
                return false;
            }
            List<String> why = List.of();
            String prompt = null;
            for (Fact mention : sameFact) {
                deadline.check("drafting questions");
                if (units.contains(unit(mention))) {
                    why = List.of("its sentences already give a question");
                    prompt = null;
                    continue;
                }
                Draft draft = drafted.computeIfAbsent(mention, this::draft);
                why = gateProblems.computeIfAbsent(draft, passing -> gate.problems(passing, facts));
                prompt = draft.prompt();
                if (why.isEmpty() && apart && chosen.stream().anyMatch(other -> giveaways.between(other, draft))) {
                    why = List.of("another question of the set prints its answer, or it prints theirs");
                }
                if (why.isEmpty()) {
                    chosen.add(draft);
                    askedBy.put(sameFact, draft);
                    units.add(unit(mention));
                    problems.remove(sameFact);
                    return true;
                }
            }
            problems.put(sameFact, why);
            if (prompt == null) {
                refused.remove(sameFact);
            } else {
                refused.put(sameFact, prompt);
            }
            return false;
        }

        /** What a question is made from, of which a set asks one: its sentence, or a life span in brackets within it. */
        private long unit(Fact mention) {
            return 2L * mention.sentence().index() + (LifeSpan.of(mention, facts).isPresent() ? 1 : 0);
        }

        /** Drops every question whose answer another one's prompt prints, freeing its sentence. */
        void dropGivenAway() {
            List<Draft> givenAway = chosen.stream()
                    .filter(draft -> chosen.stream().anyMatch(other -> other != draft && giveaways.prints(other, draft))).toList();
            chosen.removeAll(givenAway);
            askedBy.values().removeAll(givenAway);
            givenAway.forEach(draft -> units.remove(unit(draft.fact())));
        }

        /** Whether a chosen question's variation gives none of the others away, and is given away by none. */
        boolean fits(Draft variation, Draft original) {
            return chosen.stream().noneMatch(other -> other != original && giveaways.between(other, variation));
        }

        /**
         * The multiple-choice question for a mention, or its typed form where only its options fail the gate; a sentence
         * with a blank that passes is asked with its question word in the blank's place where one fits and passes too.
         */
        private Draft draft(Fact mention) {
            Draft choice = writer.choice(mention, facts);
            boolean passes = gate.problems(choice, facts).isEmpty();
            Draft draft = !passes && QuestionWriter.isTypable(mention) && gate.promptProblems(choice, facts).isEmpty()
                    ? writer.typed(choice, facts) : choice;
            if (draft != choice) {
                passes = gate.problems(draft, facts).isEmpty();
            }
            return !passes ? draft : QuestionWriter.inPlace(mention, draft.prompt(), facts).map(draft::withPrompt)
                    .filter(question -> gate.problems(question, facts).isEmpty()).orElse(draft);
        }
    }

    /**
     * A fact is best asked where the sentence says it, not in a bracket's aside ("Tilak (23 July 1856 –
     * 1 August 1920) was …" against "… was born on 23 July 1856"); a place, where something happens
     * in it ("held in Havana"), before where someone goes.
     */
    private static int placeRank(Fact mention) {
        String before = mention.sentence().text().substring(0, mention.start());
        if (before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count()) {
            return 2;
        }
        boolean happensThere = mention.kind() == Kind.PLACE && IN_OR_AT.matcher(before).find();
        return happensThere ? 0 : 1;
    }

    /**
     * For variety, every fourth multiple-choice question in reading order is asked another way, where
     * that passes the gate and gives no other question of the set away: alternately as a true/false
     * statement (false where one is plausible, see {@link QuestionWriter#canBeFalse}, and true where not, so the
     * set holds as many of either within one; it shows its sentence, which no other question of the set
     * comes from) and, while typed questions stay under a fifth of the set and the answer is short, as a
     * typed answer. The questions come back in reading order.
     */
    private List<Draft> vary(SetInProgress set, ArticleFacts facts) {
        var drafts = new ArrayList<>(set.chosen);
        drafts.sort(Comparator.comparingInt((Draft draft) -> draft.fact().sentence().index()).thenComparingInt(draft -> draft.fact().start()));
        var varied = new ArrayList<Draft>();
        int choices = 0;
        int changed = 0;
        int typedSoFar = 0;
        int trueSoFar = 0;
        int falseSoFar = 0;
        for (Draft draft : drafts) {
            if (draft.type() == QuestionType.CHOICE && ++choices % 4 == 3) {
                boolean typed = changed % 2 == 1 && QuestionWriter.isTypable(draft.fact()) && typedSoFar * 5L < drafts.size();
                boolean statementIsTrue = trueSoFar < falseSoFar || trueSoFar == falseSoFar && !QuestionWriter.canBeFalse(draft, facts);
                Draft other = typed ? writer.typed(draft, facts) : writer.trueFalse(draft, facts, statementIsTrue);
                boolean plausible = typed || statementIsTrue || QuestionWriter.canBeFalse(draft, facts);
                if (plausible && gate.problems(other, facts).isEmpty() && set.fits(other, draft)) {
                    draft = other;
                    changed++;
                }
            }
            if (draft.type() == QuestionType.TYPED) {
                typedSoFar++;
            } else if (draft.type() == QuestionType.TRUE_FALSE) {
                trueSoFar += draft.correct() == 0 ? 1 : 0;
                falseSoFar += draft.correct() == 1 ? 1 : 0;
            }
            varied.add(draft);
        }
        return varied;
    }
}
