package quizbot.generate;

import java.text.Normalizer;
import java.util.Locale;
import quizbot.questions.Question;

/** Whether a question asks about a key fact a teacher listed, the way the recall tests count it. */
public final class KeyFacts {

    private KeyFacts() {
    }

    /** Asked: the fact is the right answer of a question, an accepted typed answer, or the statement of a true/false question. */
    public static boolean asks(Question question, String fact) {
        String wanted = plain(fact);
        return switch (question.type()) {
            case CHOICE -> plain(question.correctAnswer()).equals(wanted);
            case TYPED -> question.accepted().stream().anyMatch(answer -> plain(answer).equals(wanted));
            case TRUE_FALSE -> question.correct() == 0
                    ? plain(question.prompt()).contains(wanted)
                    : plain(question.source()).contains(wanted) && !plain(question.prompt()).contains(wanted);
        };
    }

    /** Accents, quotes, case and a leading "the", "from", "since"… do not matter. */
    public static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[“”\"’']", "").replaceAll("^(?:from|since|on|by|about|nearly|around|almost|roughly) ", "")
                .replaceAll("^the (?:end|beginning|start|middle) of ", "").replaceAll("^the ", "")
                .replace("sunday, ", "").replaceAll("\\s+", " ").strip();
    }
}
