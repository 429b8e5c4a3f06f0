package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The clause a fact stands in, as a sentence of its own, where the sentence wraps it in more than a question can turn
 * round: an opening "When …," clause that holds the fact ("When AOL reduced its involvement in 2003, the foundation
 * …" → "AOL reduced its involvement in 2003."), an opening participle that holds it ("When launched in 2006,
 * CloudSat's radar was …" → "CloudSat's radar was launched in 2006."), a relative clause after a name ("Bill Nelson,
 * who runs NASA now." → "Bill Nelson runs NASA now."), or an aside between the subject and its verb ("CALIPSO, which
 * was a joint mission …, ended its mission in 2023." → "CALIPSO ended its mission in 2023."). The clause keeps the
 * sentence's tokens and tags; the fact moves with it. A sentence of clauses between semicolons gives the fact's clause first,
 * then any of the above within it. Stateless.
 */
final class CoreClause {

    /** Words that open a clause which states a fact of its own (not "If", "Unless": those are not facts). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "as", "while", "although", "though",
            "once", "since", "because", "whereas");
    private static final Set<String> RELATIVES = Set.of("who", "which");
    private static final Set<PosTag> SUBJECT_TAGS = Set.of(PosTag.DET, PosTag.ADJ, PosTag.NOUN, PosTag.PROPN, PosTag.NUM,
            PosTag.ADP, PosTag.PART, PosTag.CCONJ);

    private CoreClause() {
    }

    /** The fact in its clause, when the sentence wraps that clause in one of the ways above; empty otherwise. */
    static Optional<Fact> of(Fact fact) {
        Sentence sentence = fact.sentence();
        Matcher opener = WhQuestions.OPENER.matcher(sentence.text());
        int start = sentence.tokenFrom(opener.lookingAt() ? opener.end() : 0);
        int first = sentence.tokenFrom(fact.start());
        if (start < 0 || first < 0) {
            return Optional.empty();
        }
        return semicolonClause(fact, first).map(clause -> of(clause).orElse(clause)).or(() -> openingClause(fact, start, first))
                .or(() -> openingParticiple(fact, start, first)).or(() -> relativeClause(fact, first))
                .or(() -> withoutAside(fact, start, first));
    }

    /**
     * "The police blocked all exits; the Criminal Investigation Department kept a watch on all young men.": the clause
     * between semicolons that holds the fact, without its "and", where each clause has a verb of its own (not the items of a
     * list).
     */
    private static Optional<Fact> semicolonClause(Fact fact, int first) {
        List<Token> tokens = fact.sentence().tokens();
        var semicolons = new ArrayList<Integer>(List.of(-1));
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            depth += text.matches("[(\\[“]") ? 1 : text.matches("[)\\]”]") ? -1 : 0;
            if (depth == 0 && text.equals(";")) {
                semicolons.add(i);
            }
        }
        semicolons.add(tokens.size());
        int from = 0;
        int to = tokens.size();
        for (int s = 1; s < semicolons.size(); s++) {
            if (tokens.subList(semicolons.get(s - 1) + 1, semicolons.get(s)).stream().noneMatch(Token::isInflectedVerb)) {
                return Optional.empty(); // "Shaheed; 23rd March 1931; and The Legend …" is a list
            }
            if (semicolons.get(s - 1) < first && first < semicolons.get(s)) {
                from = semicolons.get(s - 1) + 1;
                to = semicolons.get(s);
            }
        }
        while (from < first && tokens.get(from).tag() == PosTag.CCONJ) {
            from++;
        }
        if (semicolons.size() == 2) {
            return Optional.empty();
        }
        return new Builder(fact).copy(from, to).capitalized().end();
    }

    /** "When AOL greatly reduced its involvement with Mozilla in 2003, …": the clause after "When", holding the fact and a verb of its own. */
    private static Optional<Fact> openingClause(Fact fact, int start, int first) {
        List<Token> tokens = fact.sentence().tokens();
        int comma = clauseComma(tokens, start + 1);
        if (!SUBORDINATORS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT)) || comma < 0 || first > comma
                || first <= start + 1 || !SUBJECT_TAGS.contains(tokens.get(start + 1).tag()) && tokens.get(start + 1).tag() != PosTag.PRON
                || tokens.subList(start + 2, first).stream().noneMatch(Token::isInflectedVerb)) {
            return Optional.empty();
        }
        return new Builder(fact).copy(start + 1, comma).end();
    }

    /**
     * "When launched in 2006, CloudSat's Cloud Profiling Radar was …", "Originally proposed as a NASA mission, CloudSat was
     * …": the subject after the comma, "was" (or "is", "were", "are", as its verb) and the participle's phrase.
     */
    private static Optional<Fact> openingParticiple(Fact fact, int start, int first) {
        List<Token> tokens = fact.sentence().tokens();
        int participle = start;
        boolean conjunction = tokens.get(start).text().matches("(?i)when|once|after|if");
        if (conjunction || tokens.get(start).tag() == PosTag.ADV) {
            participle++; // "When launched …", "Originally proposed …"
        }
        int comma = clauseComma(tokens, participle);
        if (comma < 0 || first > comma || first <= participle || !isParticiple(tokens.get(participle))) {
            return Optional.empty();
        }
        int verb = comma + 1;
        while (verb < tokens.size() && SUBJECT_TAGS.contains(tokens.get(verb).tag())) {
            verb++;
        }
        if (verb == comma + 1 || verb - comma > 10 || verb >= tokens.size() || !tokens.get(verb).isInflectedVerb()
                || tokens.subList(comma + 1, verb).stream().noneMatch(token -> token.tag() == PosTag.NOUN || token.tag() == PosTag.PROPN)) {
            return Optional.empty();
        }
        boolean plural = tokens.subList(comma + 1, verb).stream().anyMatch(token -> token.text().equals("and"))
                || tokens.get(verb).text().matches("were|are|have");
        String be = WhQuestions.isPast(tokens.get(verb)) || tokens.get(verb).text().matches("was|were|had")
                ? plural ? "were" : "was" : plural ? "are" : "is";
        Builder clause = new Builder(fact).copy(comma + 1, verb).word(be, PosTag.AUX, "be");
        if (participle > start && !conjunction) {
            Token adverb = tokens.get(start);
            clause.word(adverb.text().toLowerCase(Locale.ROOT), PosTag.ADV, adverb.lemma().toLowerCase(Locale.ROOT));
        }
        return clause.copy(participle, comma).end();
    }

    /** "Bill Nelson, who runs NASA now": the name, and the relative clause's verb and what follows, up to the next comma. */
    private static Optional<Fact> relativeClause(Fact fact, int first) {
        List<Token> tokens = fact.sentence().tokens();
        for (int relative = first - 1; relative >= 2; relative--) {
            if (tokens.get(relative).text().equals(",")) {
                return Optional.empty();
            }
            if (RELATIVES.contains(tokens.get(relative).text()) && tokens.get(relative - 1).text().equals(",")
                    && tokens.get(relative + 1).isInflectedVerb() && relative + 1 < first) {
                int name = relative - 1;
                while (name > 0 && tokens.get(name - 1).tag() == PosTag.PROPN) {
                    name--;
                }
                if (name > 0 && tokens.get(name - 1).text().equalsIgnoreCase("the")) {
                    name--;
                }
                int comma = clauseComma(tokens, relative + 1);
                if (name == relative - 1 || comma >= 0 && comma < first) {
                    return Optional.empty();
                }
                return new Builder(fact).copy(name, relative - 1).copy(relative + 1, comma < 0 ? tokens.size() : comma).end();
            }
        }
        return Optional.empty();
    }

    /**
     * "CALIPSO, which was a joint mission between NASA and the French space agency, CNES, ended its mission in …": the
     * subject's aside, from the comma after its noun to the comma that a verb follows, when the fact comes after the verb.
     */
    private static Optional<Fact> withoutAside(Fact fact, int start, int first) {
        List<Token> tokens = fact.sentence().tokens();
        int open = start;
        while (open < first && tokens.get(open).tag() != PosTag.VERB && tokens.get(open).tag() != PosTag.AUX
                && !tokens.get(open).text().equals(",")) {
            open++;
        }
        if (open >= first || !tokens.get(open).text().equals(",") || open == start || tokens.get(start).tag() == PosTag.ADP
                || tokens.get(open - 1).tag() != PosTag.NOUN && tokens.get(open - 1).tag() != PosTag.PROPN) {
            return Optional.empty(); // "For the first time, scientists could …" has no subject before its comma
        }
        boolean relative = RELATIVES.contains(tokens.get(open + 1).text()) || tokens.get(open + 1).text().equals("whose");
        for (int close = open + 1; close + 1 < first; close++) {
            List<Token> aside = tokens.subList(open + 1, close);
            boolean names = aside.stream().allMatch(Token::isCapitalized);
            boolean clause = !relative && aside.stream().anyMatch(token -> token.tag() == PosTag.AUX || token.isInflectedVerb() && !isParticiple(token));
            if (tokens.get(close).text().equals(",") && verbFollows(tokens, close + 1) && !names && !clause) { // "The current name, Firefox, was …" is which name
                return new Builder(fact).copy(0, open).copy(close + 1, tokens.size()).done();
            }
        }
        return Optional.empty();
    }

    private static boolean verbFollows(List<Token> tokens, int index) {
        Token next = tokens.get(index);
        return next.isInflectedVerb() && !next.text().endsWith("ing")
                || next.tag() == PosTag.ADV && index + 1 < tokens.size() && tokens.get(index + 1).isInflectedVerb();
    }

    private static boolean isParticiple(Token token) {
        return token.tag() == PosTag.VERB && token.isInflectedVerb() && token.text().matches("\\p{L}+(?:ed|en|wn|ght|lt|nt)");
    }

    /** The first comma from {@code from} that ends a clause (not the one of "March 11, 1937"), or -1. */
    private static int clauseComma(List<Token> tokens, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",") && tokens.get(i + 1).tag() != PosTag.NUM) {
                return i;
            }
        }
        return -1;
    }

    /** A new sentence from runs of the old one's tokens (with the text between them) and words of its own. */
    private static final class Builder {
        private final Fact fact;
        private final StringBuilder text = new StringBuilder();
        private final List<Token> tokens = new ArrayList<>();
        private int factStart = -1;

        Builder(Fact fact) {
            this.fact = fact;
        }

        Builder copy(int from, int to) {
            List<Token> old = fact.sentence().tokens();
            if (from >= to) {
                return this;
            }
            space();
            int shift = text.length() - old.get(from).start();
            text.append(fact.sentence().text(), old.get(from).start(), old.get(to - 1).end());
            for (Token token : old.subList(from, to)) {
                tokens.add(new Token(token.text(), token.tag(), token.lemma(), token.start() + shift, token.end() + shift));
            }
            if (fact.start() >= old.get(from).start() && fact.end() <= old.get(to - 1).end()) {
                factStart = fact.start() + shift;
            }
            return this;
        }

        /** The clause's first letter in upper case, as a sentence's ("the police …" after a semicolon). */
        Builder capitalized() {
            if (!tokens.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
                Token head = tokens.get(0);
                String word = head.text().substring(0, 1).toUpperCase(Locale.ROOT) + head.text().substring(1);
                tokens.set(0, new Token(word, head.tag(), head.lemma(), head.start(), head.end()));
                text.replace(0, 1, word.substring(0, 1));
            }
            return this;
        }

        Builder word(String word, PosTag tag, String lemma) {
            space();
            tokens.add(new Token(word, tag, lemma, text.length(), text.length() + word.length()));
            text.append(word);
            return this;
        }

        /** The clause, closed with a full stop. */
        Optional<Fact> end() {
            String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).text();
            if (!last.matches("[.!?]")) {
                tokens.add(new Token(".", PosTag.PUNCT, ".", text.length(), text.length() + 1));
                text.append('.');
            }
            return done();
        }

        /** The clause as built. */
        Optional<Fact> done() {
            if (factStart < 0) {
                return Optional.empty();
            }
            Sentence clause = new Sentence(fact.sentence().index(), text.toString(), tokens);
            return Optional.of(new Fact(fact.kind(), clause, factStart, factStart + fact.end() - fact.start(), fact.answer(), fact.value()));
        }

        private void space() {
            if (!text.isEmpty()) {
                text.append(' ');
            }
        }
    }
}
