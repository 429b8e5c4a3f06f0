package quizbot.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import quizbot.questions.Question;

/** Whether a question asks about a key fact a teacher listed, the way the recall tests count it. */
public final class KeyFacts {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    private KeyFacts() {
    }

    /**
     * Asked: the fact is the right answer of a question, an accepted typed answer, or the statement of
     * a true/false question. A figure counts as asked when the answer holds every number of the fact
     * and nothing the fact does not say ("26 years" asks "26 years old", "$242 billion" asks "more than
     * $242 billion", "2020" asks "In 2020"): the rest stands in the prompt. A name must be whole.
     */
    public static boolean asks(Question question, String fact) {
        return asks(question, fact, true);
    }

    /** Asked with the answer exactly the fact, figures too (the measure before figures were allowed their words around). */
    public static boolean asksExactly(Question question, String fact) {
        return asks(question, fact, false);
    }

    private static boolean asks(Question question, String fact, boolean figureInItsWords) {
        String wanted = plain(fact);
        return switch (question.type()) {
            case CHOICE -> answers(plain(question.correctAnswer()), wanted, figureInItsWords);
            case TYPED -> question.accepted().stream().anyMatch(answer -> answers(plain(answer), wanted, figureInItsWords));
            case TRUE_FALSE -> question.correct() == 0
                    ? plain(question.prompt()).contains(wanted)
                    : plain(question.source()).contains(wanted) && !plain(question.prompt()).contains(wanted);
        };
    }

    private static boolean answers(String answer, String fact, boolean figureInItsWords) {
        if (answer.equals(fact)) {
            return true;
        }
        List<String> numbers = NUMBER.matcher(fact).results().map(MatchResult::group).toList();
        return figureInItsWords && !numbers.isEmpty() && !answer.isEmpty()
                && (" " + fact + " ").contains(" " + answer + " ")
                && NUMBER.matcher(answer).results().map(MatchResult::group).toList().equals(numbers);
    }

    /** Accents, quotes, case and a leading "the", "Dr.", "from", "since"… do not matter. */
    public static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[“”\"’']", "").replaceAll("^(?:from|since|on|by|about|nearly|around|almost|roughly) ", "")
                .replaceAll("^the (?:end|beginning|start|middle) of ", "").replaceAll("^(?:the|dr\\.?|mr\\.?|mrs\\.?|ms\\.?) ", "")
                .replace("sunday, ", "").replaceAll("\\s+", " ").strip();
    }
}
