package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import quizbot.questions.Limits;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;
import quizbot.quiz.DraftSet;

/**
 * A whole draft, shown page by page: every question under its number for good, its kind, type,
 * options and answer, and under the page a button per question that drops it (✕) or brings it back
 * (↺), then ◀ ▶ to turn pages. Pages hold at most ten questions and fit one Telegram message; they
 * are cut by the questions in full, dropped ones included, so dropping never moves a question to
 * another page. Stateless.
 */
final class DraftPages {

    static final int PAGE_QUESTIONS = 10;
    /** The questions' part of a page; header and footer keep the whole under Telegram's 4,096 characters. */
    static final int PAGE_CHARS = 3_300;
    private static final int BUTTONS_PER_ROW = 5;
    private static final int DROPPED_PROMPT = 70;
    /** Up to this many dropped numbers are listed in a page's header; more are counted. */
    private static final int LISTED_DROPPED = 20;

    private DraftPages() {
    }

    /** How many pages the draft has. */
    static int count(DraftSet draft) {
        return starts(draft).size();
    }

    /** The page that shows question {@code number}. */
    static int pageOf(DraftSet draft, int number) {
        List<Integer> starts = starts(draft);
        int page = 1;
        while (page < starts.size() && starts.get(page) <= number) {
            page++;
        }
        return page;
    }

    /**
     * Page {@code page} (1-based, within {@link #count}) as a message with its buttons; {@code replacesPressed} when it
     * answers a press on the draft's own buttons, so that Telegram edits that message instead of sending another.
     */
    static Reply.Buttons page(long chat, DraftSet draft, int page, boolean replacesPressed) {
        List<Integer> starts = starts(draft);
        int first = starts.get(page - 1);
        int last = page < starts.size() ? starts.get(page) - 1 : draft.size();
        var text = new StringBuilder(header(draft, page, starts.size()));
        var toggles = new ArrayList<Reply.Button>();
        long created = draft.created().toEpochMilli();
        for (int number = first; number <= last; number++) {
            boolean dropped = draft.isDropped(number);
            text.append("\n\n").append(dropped ? droppedEntry(number, draft.question(number)) : entry(number, draft.question(number)));
            toggles.add(new Reply.Button((dropped ? "↺ " : "✕ ") + number, new ButtonData.MarkQuestion(created, number, !dropped)));
        }
        text.append("\n\n✕ n drops question n, ↺ n brings it back (or /drop 2 5, /restore 2); /edit n changes it. /title <text> renames"
                + " the set, /publish [id] publishes it, /discard throws it away."
                + (draft.reserve().isEmpty() ? "" : " /more adds the article's next-best questions (" + draft.reserve().size() + " held back)."));
        var rows = new ArrayList<List<Reply.Button>>();
        for (int i = 0; i < toggles.size(); i += BUTTONS_PER_ROW) {
            rows.add(toggles.subList(i, Math.min(i + BUTTONS_PER_ROW, toggles.size())));
        }
        var turns = new ArrayList<Reply.Button>();
        if (page > 1) {
            turns.add(new Reply.Button("◀ page " + (page - 1), new ButtonData.DraftPage(created, page - 1)));
        }
        if (page < starts.size()) {
            turns.add(new Reply.Button("page " + (page + 1) + " ▶", new ButtonData.DraftPage(created, page + 1)));
        }
        if (!turns.isEmpty()) {
            rows.add(turns);
        }
        return new Reply.Buttons(chat, text.toString(), rows, replacesPressed);
    }

    private static String header(DraftSet draft, int page, int pages) {
        String dropped = draft.dropped().size() > LISTED_DROPPED ? draft.dropped().size() + " dropped"
                : "dropped: " + draft.dropped().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String kept = draft.dropped().isEmpty() ? QuizTexts.questions(draft.size())
                : draft.kept() + " of " + QuizTexts.questions(draft.size()) + " kept (" + dropped + ")";
        return "Draft: " + draft.set().title() + " (" + draft.set().id() + "), " + kept + "." + (pages > 1 ? " Page " + page + " of " + pages + "." : "");
    }

    /** A question as the teacher reviews it: number, kind and type, the prompt, the options with the right one marked. */
    static String entry(int number, Question question) {
        var text = new StringBuilder(number + ". " + question.kind().jsonName() + " · " + typeName(question.type()) + "\n"
                + question.prompt() + "\n");
        if (question.type() == QuestionType.TYPED) {
            text.append("✓ ").append(accepted(question));
        } else {
            for (int i = 0; i < question.options().size(); i++) {
                text.append(i == 0 ? "" : "  ").append(i == question.correct() ? "✓ " : "· ").append(question.options().get(i));
            }
        }
        if (question.explanation() != null && !question.explanation().isBlank()) {
            text.append("\nℹ ").append(question.explanation());
        }
        return text.toString();
    }

    /** A typed question's accepted answers, as many as fit a line of {@link Limits#MAX_PROMPT} characters. */
    static String accepted(Question question) {
        return QuizTexts.cut(String.join(" / ", question.accepted()), Limits.MAX_PROMPT);
    }

    private static String droppedEntry(int number, Question question) {
        return number + ". ✕ dropped: " + QuizTexts.cut(question.prompt(), DROPPED_PROMPT);
    }

    private static String typeName(QuestionType type) {
        return switch (type) {
            case CHOICE -> "choice";
            case TRUE_FALSE -> "true or false";
            case TYPED -> "typed answer";
        };
    }

    /** The first number of each page. */
    private static List<Integer> starts(DraftSet draft) {
        var starts = new ArrayList<Integer>();
        int questions = 0;
        int chars = 0;
        for (int number = 1; number <= draft.size(); number++) {
            int length = entry(number, draft.question(number)).length() + 2;
            if (starts.isEmpty() || questions == PAGE_QUESTIONS || chars + length > PAGE_CHARS) {
                starts.add(number);
                questions = 0;
                chars = 0;
            }
            questions++;
            chars += length;
        }
        return starts;
    }
}
