package quizbot.generate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words around a name of no known type say it is, by the shape of the sentence: a person has initials
 * ("B. R. Ambedkar"), a lifespan in brackets ("Isaac Newton (1642–1727)") or a life's events ("… was born", "…
 * was cremated"); a place is a town's ("the village of Banga"), a district's ("the Lyallpur district") or stands
 * before its country ("Mandalay, Burma"). Stateless.
 */
final class NameContext {

    private static final Pattern LIFESPAN = Pattern.compile("^\\s?\\((?:born |b\\. |c\\. |died |d\\. )?(?:\\d{1,2} \\p{L}+ )?\\d{3,4}\\b");
    private static final Set<String> LIFE_EVENTS = Set.of("born", "died", "cremated", "buried", "hanged", "executed",
            "assassinated", "knighted", "married", "widowed");
    private static final Set<String> TOWN_NOUNS = Set.of("village", "town", "city", "hamlet", "port");
    private static final Set<String> REGION_NOUNS = Set.of("district", "province", "county", "state", "region", "prefecture");

    private NameContext() {
    }

    /** Whether the run from {@code from} to {@code to} names a person by the words around it. */
    static boolean isPerson(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        boolean initial = false;
        for (int i = from; i + 1 < to; i++) {
            initial |= tokens.get(i).text().matches("\\p{Lu}") && tokens.get(i + 1).text().equals(".");
        }
        if (initial && tokens.get(to - 1).text().length() > 1) {
            return true;
        }
        int next = to < tokens.size() && Set.of("was", "were").contains(tokens.get(to).text()) ? to + 1 : to;
        return next < tokens.size() && LIFE_EVENTS.contains(tokens.get(next).text())
                || to < tokens.size() && LIFESPAN.matcher(sentence.text().substring(tokens.get(to - 1).end())).find();
    }

    /** {@link NameType#PLACE} when the words around the run say it names a place of no known class; else null. */
    static NameType place(Sentence sentence, int from, int to, Gazetteer gazetteer) {
        List<Token> tokens = sentence.tokens();
        if (from >= 2 && tokens.get(from - 1).text().equals("of") && TOWN_NOUNS.contains(tokens.get(from - 2).text())) {
            return NameType.PLACE;
        }
        if (to < tokens.size() && REGION_NOUNS.contains(tokens.get(to).text())) {
            return NameType.PLACE;
        }
        if (to + 1 < tokens.size() && tokens.get(to).text().equals(",")) {
            Gazetteer.Entry after = gazetteer.place(tokens.get(to + 1).text());
            boolean country = after != null && (after.type() == NameType.COUNTRY || after.type() == NameType.REGION);
            return country ? NameType.PLACE : null;
        }
        return null;
    }
}
