package quizbot.chat;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import quizbot.questions.Question;
import quizbot.questions.QuestionSet;

/** Turns an article a teacher sent into a question set (the generator, behind a seam the chat layer owns). */
@FunctionalInterface
public interface ArticleQuestions {

    /** A text that is only a web link. */
    Pattern LINK = Pattern.compile("(?i)https?://\\S+");
    /** The name of a saved page. */
    Pattern PAGE = Pattern.compile("(?i).*\\.html?");

    /** Where an article comes from: text (a message or a .txt file), a saved page (.html), or a link. */
    sealed interface Source {
        /** True for a text that is only a web link ("https://…"). */
        static boolean isLink(String text) {
            return LINK.matcher(text).matches();
        }

        /** True for the name of a saved page (.html, .htm). */
        static boolean isPageName(String fileName) {
            return PAGE.matcher(fileName).matches();
        }

        record Text(String text) implements Source {
            public Text {
                Objects.requireNonNull(text, "text");
            }
        }

        record Html(byte[] html) implements Source {
            public Html {
                html = html.clone();
            }

            @Override
            public byte[] html() {
                return html.clone();
            }
        }

        record Link(String url) implements Source {
            public Link {
                Objects.requireNonNull(url, "url");
            }
        }
    }

    /**
     * The set made from an article, how much of it was read (an article over the budget is cut, not refused), and the
     * next-best questions held back for {@code /more}.
     */
    record Draft(QuestionSet set, int wordsUsed, int wordsTotal, List<Question> reserve) {
        public Draft {
            reserve = List.copyOf(reserve);
        }

        /** A draft with nothing held back. */
        public Draft(QuestionSet set, int wordsUsed, int wordsTotal) {
            this(set, wordsUsed, wordsTotal, List.of());
        }

        public boolean cut() {
            return wordsUsed < wordsTotal;
        }
    }

    /**
     * The draft for the article; an {@link IllegalArgumentException} says why when there is nothing
     * to ask, generation took longer than its time budget, or a link could not be read.
     */
    Draft generate(Source source, String setId);
}
