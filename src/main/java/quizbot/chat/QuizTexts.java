package quizbot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quizbot.questions.Kind;
import quizbot.questions.Limits;
import quizbot.questions.QuestionType;
import quizbot.quiz.AnswerResult;
import quizbot.quiz.GroupPoll;
import quizbot.quiz.QuestionView;
import quizbot.quiz.Summary;

/** How a quiz is worded: questions and their buttons, polls, verdicts and summaries. Stateless. */
final class QuizTexts {

    private static final Map<Kind, String> KIND_NAMES = Map.of(Kind.DATE, "dates", Kind.NUMBER, "figures",
            Kind.MONEY, "money", Kind.PERSON, "people", Kind.ORGANISATION, "organisations", Kind.PLACE, "places",
            Kind.TREATY, "treaties", Kind.OTHER, "other");

    private QuizTexts() {
    }

    /** "1 question", "12 questions". */
    static String questions(int count) {
        return count + (count == 1 ? " question" : " questions");
    }

    /** The text, or its first characters and "…" to make {@code most}, cut between code points (never inside an emoji). */
    static String cut(String text, int most) {
        if (text.codePointCount(0, text.length()) <= most) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, most - 1)).strip() + "…";
    }

    /** "dates", "people": a kind of question as the chat names it. */
    static String kindName(Kind kind) {
        return KIND_NAMES.get(kind);
    }

    /** A question as a message: its number, kind and prompt, with a button per option (none for a typed question). */
    static Reply question(long chat, QuestionView view) {
        String text = questionText(view);
        if (view.question().type() == QuestionType.TYPED) {
            return new Reply.Text(chat, text + "\n(Type your answer.)");
        }
        var buttons = new ArrayList<Reply.Button>();
        for (int i = 0; i < view.options().size(); i++) {
            buttons.add(new Reply.Button(view.options().get(i), new ButtonData.Answer(view.sessionId(), view.position(), i)));
        }
        return new Reply.Buttons(chat, text, buttons);
    }

    private static String questionText(QuestionView view) {
        return "Question " + (view.position() + 1) + "/" + view.total() + " · " + kindName(view.question().kind())
                + "\n" + view.question().prompt();
    }

    /** A group question as a quiz poll; the heading is dropped if the prompt would not fit Telegram's 300 characters. */
    static Reply.Poll poll(GroupPoll poll) {
        String heading = (poll.position() + 1) + "/" + poll.total() + " · " + kindName(poll.question().kind()) + "\n";
        String prompt = poll.question().prompt();
        String question = heading.length() + prompt.length() <= Limits.MAX_PROMPT ? heading + prompt : prompt;
        return new Reply.Poll(poll.chatId(), poll.runId(), poll.position(), question, poll.options(), poll.correctOption(),
                poll.question().explanation(), (int) poll.openPeriod().toSeconds());
    }

    /** The verdict on an answer, then the next question or the quiz's summary. */
    static List<Reply> feedback(long chat, AnswerResult result) {
        if (result instanceof AnswerResult.AlreadyAnswered) {
            return List.of(new Reply.Notice(chat, "You already answered that question."));
        }
        if (!(result instanceof AnswerResult.Judged judged)) {
            return List.of(new Reply.Notice(chat, "That question is not open any more."));
        }
        AnswerResult.Feedback feedback = judged.feedback();
        String verdict;
        if (judged instanceof AnswerResult.Correct) {
            verdict = "✅ Right!" + (feedback.streak() >= 2 ? " 🔥 " + feedback.streak() + " in a row." : "");
        } else if (judged instanceof AnswerResult.Expired) {
            verdict = "⌛ Time is up. The answer is: " + feedback.rightAnswer();
        } else {
            verdict = "❌ Not quite. The answer is: " + feedback.rightAnswer();
        }
        String explanation = feedback.explanation() == null ? "" : "\n" + feedback.explanation();
        var replies = new ArrayList<Reply>();
        replies.add(new Reply.Verdict(chat, questionText(feedback.answered()), verdict + explanation));
        if (feedback.finished()) {
            replies.add(new Reply.Text(chat, "Quiz finished! " + summaryText(feedback.summary())
                    + "\nPlay again with /quiz, see your progress with /score, or review with /review."));
        } else {
            replies.add(question(chat, feedback.next()));
        }
        return replies;
    }

    static String summaryText(Summary summary) {
        var text = new StringBuilder();
        text.append(summary.correct()).append("/").append(summary.session().size()).append(" right");
        if (summary.answered() < summary.session().size()) {
            text.append(" (").append(summary.answered()).append(" answered)");
        }
        text.append(" · best streak ").append(summary.bestStreak()).append(" · ").append(duration(summary.time()));
        if (!summary.byKind().isEmpty()) {
            text.append("\nBy kind:");
            for (Kind kind : Kind.values()) {
                Summary.KindScore score = summary.byKind().get(kind);
                if (score != null) {
                    text.append(" ").append(kindName(kind)).append(" ").append(score.correct()).append("/").append(score.answered()).append(";");
                }
            }
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    private static String duration(Duration time) {
        long seconds = time.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }
}
