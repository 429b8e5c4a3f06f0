package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import quizbot.questions.QuestionSet;
import quizbot.quiz.GroupQuizzes;
import quizbot.quiz.QuestionView;
import quizbot.quiz.Quizzes;
import quizbot.quiz.StatsStore;
import quizbot.quiz.StoredSet;
import quizbot.quiz.User;

/**
 * What the learner's commands and buttons share: the list of sets, starting a quiz in a private
 * chat or a group (at most 5 starts at once per user, then one every 10 s), and the leaderboard.
 * Thread-safe when the quizzes and stats are.
 */
final class QuizPlay {

    static final String TOO_MANY_STARTS = "You have started many quizzes just now. Please wait a few seconds before you"
            + " start another.";

    /**
     * What "/quiz [set] [count]" asks for: the set (null when not named and not obvious) and the count; {@code problem}
     * says what is wrong with the request (null when nothing is).
     */
    record QuizRequest(String setId, int count, String problem) {
    }

    final Quizzes quizzes;
    final GroupQuizzes groupQuizzes;
    final Conversation.Settings settings;
    private final StatsStore stats;
    private final Function<StoredSet, String> loaderName;
    /** Per user: 5 quiz starts at once, then one every 10 s, so nobody piles up hundreds of sessions. */
    private final TokenBuckets starts = new TokenBuckets(5, 0.1, System::nanoTime);
    /** A learner refused a start is told so at most every 30 s; a flood of starts gets no flood of replies. */
    private final TokenBuckets startRefusals = new TokenBuckets(1, 1 / 30.0, System::nanoTime);

    QuizPlay(Quizzes quizzes, GroupQuizzes groupQuizzes, StatsStore stats, Conversation.Settings settings,
             Function<StoredSet, String> loaderName) {
        this.quizzes = quizzes;
        this.groupQuizzes = groupQuizzes;
        this.stats = stats;
        this.settings = settings;
        this.loaderName = loaderName;
    }

    /** The sets with a button each to play one, under the heading. */
    List<Reply> sets(long chat, String heading) {
        List<StoredSet> sets = quizzes.sets();
        if (sets.isEmpty()) {
            return List.of(new Reply.Text(chat, "No question sets are loaded yet."));
        }
        var buttons = new ArrayList<Reply.Button>();
        var text = new StringBuilder(heading);
        for (StoredSet set : sets) {
            QuestionSet content = set.content();
            String loader = loaderName.apply(set);
            text.append("\n• ").append(content.title()).append(" (").append(set.id()).append(", version ").append(set.version())
                    .append(loader == null ? "" : " by " + loader).append(", ").append(QuizTexts.questions(content.questions().size())).append(")");
            buttons.add(new Reply.Button(content.title(), new ButtonData.PickSet(set.id())));
        }
        return List.of(new Reply.Buttons(chat, text.toString(), buttons));
    }

    /**
     * The set (its id as stored, whatever the case typed) and count of "/quiz [set] [count]", in either order (a count
     * over what a quiz holds is clipped later); a count that is no whole number of at least 1, or a second word besides
     * the set, is a problem named in words.
     */
    QuizRequest quizRequest(String argument) {
        Integer count = null;
        String setId = null;
        for (String word : argument.isEmpty() ? new String[0] : argument.split("\\s+")) {
            if (word.matches("[-+]?\\d+([.,]\\d+)?") && count == null) {
                count = word.matches("\\d{1,6}") ? Integer.parseInt(word) : word.matches("\\d+") ? Integer.MAX_VALUE : 0;
                if (count < 1) {
                    return new QuizRequest(null, 0, "The number of questions must be a whole number of at least 1; \"" + word
                            + "\" is not. For example: /quiz " + (setId == null ? "" : setId + " ") + "5");
                }
            } else if (setId == null) {
                setId = word;
            } else {
                return new QuizRequest(null, 0, "/quiz takes one set and a number of questions, e.g. /quiz " + setId
                        + " 5; I don't know what \"" + word + "\" means here.");
            }
        }
        List<StoredSet> sets = quizzes.sets();
        String wanted = setId;
        String stored = setId == null ? (sets.size() == 1 ? sets.get(0).id() : null)
                : sets.stream().map(StoredSet::id).filter(id -> id.equalsIgnoreCase(wanted)).findFirst().orElse(setId);
        return new QuizRequest(stored, count == null ? settings.questionsPerQuiz() : count, null);
    }

    boolean setExists(String setId) {
        return quizzes.set(setId).isPresent();
    }

    /** The replies of {@code start} when the user may start another quiz now; else a refusal (at most every 30 s). */
    List<Reply> ifAllowedToStart(User user, long chat, Supplier<List<Reply>> start) {
        if (starts.take(user.id())) {
            return start.get();
        }
        return startRefusals.take(user.id()) ? List.of(new Reply.Text(chat, TOO_MANY_STARTS)) : List.of();
    }

    List<Reply> startQuiz(User user, long chat, String setId, int count) {
        return ifAllowedToStart(user, chat, () -> {
            QuestionView first = quizzes.start(user, chat, setId, count, settings.timeLimit());
            String limit = first.timeLimit() == null ? "" : " You have " + first.timeLimit().toSeconds() + " s per question.";
            return List.of(new Reply.Text(chat, "Quiz: " + first.setTitle() + ", " + QuizTexts.questions(first.total()) + "." + limit),
                    QuizTexts.question(chat, first));
        });
    }

    List<Reply> startGroupQuiz(User user, long chat, String setId, int count) {
        return ifAllowedToStart(user, chat, () -> groupQuizzes.start(chat, user, setId, count, settings.pollPeriod())
                .<List<Reply>>map(first -> List.of(new Reply.Text(chat, "Group quiz: " + first.setTitle() + ", " + QuizTexts.questions(first.total())
                        + ", " + first.openPeriod().toSeconds() + " s each. Answer the polls!"), QuizTexts.poll(first)))
                .orElseGet(() -> List.of(new Reply.Text(chat, "That set has no question a poll can ask (only typed ones)."))));
    }

    /** The leaderboard of everyone, or in a group of that group's answers only. */
    Reply top(long chat, boolean group) {
        List<StatsStore.Standing> standings = stats.leaderboard(group ? chat : null, 10);
        if (standings.isEmpty()) {
            return new Reply.Text(chat, "No answers yet: the leaderboard is empty.");
        }
        var text = new StringBuilder(group ? "This group's leaderboard (right answers):" : "Leaderboard (right answers):");
        for (int i = 0; i < standings.size(); i++) {
            StatsStore.Standing standing = standings.get(i);
            text.append("\n").append(i + 1).append(". ").append(standing.name()).append(" – ").append(standing.correct())
                    .append(" of ").append(standing.answered());
        }
        return new Reply.Text(chat, text.toString());
    }
}
