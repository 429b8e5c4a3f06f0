package quizbot.generate;

import java.util.Optional;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * A date of a person's life span, in brackets right after their name: "Bal Gangadhar Tilak (born
 * Keshav Gangadhar Tilak; 23 July 1856 – 1 August 1920) was …", "Isaac Newton (born 4 January 1643)".
 * The bracket is a statement of its own, apart from its sentence: "When was Bal Gangadhar Tilak
 * born?", "Bal Gangadhar Tilak died on 1 August 1920."
 *
 * @param person the name before the bracket, as the article gives it
 * @param born   whether the date is the birth (else the death)
 * @param source the name and its bracket: what the question is made from
 */
record LifeSpan(String person, boolean born, String source) {

    /** Right after the first date of a span: a dash and the second. */
    private static final Pattern BIRTH_BEFORE_DASH = Pattern.compile("^\\s*[–—-]\\s*[^()]*\\d[^()]*\\)");
    /** Right before the second date of a span: the first and a dash. */
    private static final Pattern DEATH_AFTER_DASH = Pattern.compile("\\d\\s*[–—-]\\s*$");
    private static final Pattern BORN = Pattern.compile("(?:\\bborn|\\bb\\.)\\s+(?:on\\s+)?$");

    /** The life span the date stands in, when it is one right after a person named in its sentence. */
    static Optional<LifeSpan> of(Fact date, ArticleFacts article) {
        String text = date.sentence().text();
        if (!(date.value() instanceof DateValue) || text.lastIndexOf('(', date.start()) < 0) {
            return Optional.empty();
        }
        int open = outermostOpen(text, date.start());
        if (open < 0) {
            return Optional.empty();
        }
        int close = closing(text, open);
        String before = text.substring(open + 1, date.start());
        String after = text.substring(Math.min(date.end(), close + 1), close + 1);
        boolean died = DEATH_AFTER_DASH.matcher(before).find();
        boolean born = !died && (BIRTH_BEFORE_DASH.matcher(after).find() || BORN.matcher(before).find());
        if (!born && !died) {
            return Optional.empty();
        }
        return article.inSentence(date.sentence().index()).stream()
                .filter(fact -> fact.kind() == Kind.PERSON && fact.end() <= open && text.substring(fact.end(), open).isBlank())
                .findFirst()
                .map(person -> new LifeSpan(person.answer(), born, text.substring(person.start(), close + 1)));
    }

    /** The question: "When was X born?" / "When did X die?" ("In which year …" for a year alone). */
    String question(DateValue date) {
        String when = date.style() == DateValue.Style.YEAR ? "In which year" : "When";
        return born ? when + " was " + person + " born?" : when + " did " + person + " die?";
    }

    /** The span as a statement with this date: "X was born on 23 July 1856.", "X died in 1727." */
    String statement(String date, DateValue value) {
        String preposition = value.style() == DateValue.Style.YEAR || value.style() == DateValue.Style.MONTH_YEAR ? "in" : "on";
        return person + (born ? " was born " : " died ") + preposition + " " + date + ".";
    }

    /** The opening bracket that holds the offset at the top level. */
    private static int outermostOpen(String text, int offset) {
        int depth = 0;
        int open = -1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '(' && depth++ == 0) {
                open = i;
            } else if (text.charAt(i) == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? open : -1;
    }

    /** The bracket that closes the one opened at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
