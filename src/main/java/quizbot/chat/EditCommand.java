package quizbot.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Question;
import quizbot.questions.QuestionType;
import quizbot.quiz.DraftSet;
import quizbot.quiz.Drafts;
import quizbot.quiz.Outcome;
import quizbot.quiz.QuestionEdit;
import quizbot.quiz.Refusal;

/**
 * /edit &lt;number&gt; [what]: a teacher changes one question of their draft (its prompt, an option, all options,
 * the right answer, the explanation, or typed instead of choice) and sees it as learners will.
 */
record EditCommand(Drafts drafts) implements Command {

    private static final Spec SPEC = Spec.of("edit", Role.TEACHER).in(ChatType.PRIVATE, "/edit <number> – change a question of your draft", null);

    private static final Pattern EDIT = Pattern.compile("(\\d{1,4})(?:\\s+(\\S+)\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("(\\d{1,2})\\s+(.+)", Pattern.DOTALL);
    private static final String USAGE = """
            /edit N prompt <the new prompt>
            /edit N option K <new text> – option K (1, 2, …)
            /edit N options *right; other; other – all options, * marks the right one
            /edit N answer K – the right option (true or false: answer true; typed: answer a; b)
            /edit N explanation <text> – what learners read after answering (- for none)
            /edit N typed – learners type the answer instead of choosing""";

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        Matcher edit = EDIT.matcher(request.argument().strip());
        if (!edit.matches()) {
            return Command.say(chat, "Usage, N being a question's number in /draft:\n" + USAGE);
        }
        int number = Integer.parseInt(edit.group(1));
        Outcome<DraftSet> draft = drafts.draft(request.from());
        if (!(draft instanceof Outcome.Done<DraftSet> done)) {
            return DraftCommand.shown(chat, draft, any -> 1);
        }
        if (number < 1 || number > done.value().size()) {
            return Command.say(chat, RefusalTexts.words(new Refusal.NoSuchQuestionNumber(done.value().size())));
        }
        Question question = done.value().question(number);
        if (edit.group(2) == null) {
            return Command.say(chat, "Question " + number + ", as learners see it:\n" + asLearnersSeeIt(question) + "\n\nTo change it:\n"
                    + USAGE.replace(" N ", " " + number + " "));
        }
        String what = edit.group(2).toLowerCase(Locale.ROOT);
        String rest = edit.group(3).strip();
        QuestionEdit change = change(what, rest, question);
        if (change == null) {
            return Command.say(chat, "I don't know how to change \"" + edit.group(2) + "\" with \"" + rest + "\". One of:\n"
                    + USAGE.replace(" N ", " " + number + " "));
        }
        Outcome<DraftSet> edited = drafts.edit(request.from(), number, change);
        if (edited instanceof Outcome.Done<DraftSet> changed) {
            return Command.say(chat, "Question " + number + " is changed; learners see it as:\n" + asLearnersSeeIt(changed.value().question(number))
                    + "\n\n/draft " + DraftPages.pageOf(changed.value(), number) + " shows its page.");
        }
        return Command.say(chat, RefusalTexts.of(edited));
    }

    /** The edit the words ask for, or null when they ask for none. */
    private static QuestionEdit change(String what, String rest, Question question) {
        switch (what) {
            case "prompt", "question" -> {
                return rest.isEmpty() ? null : new QuestionEdit.Prompt(rest);
            }
            case "option" -> {
                Matcher option = OPTION.matcher(rest);
                return option.matches() ? new QuestionEdit.Option(Integer.parseInt(option.group(1)), option.group(2)) : null;
            }
            case "options" -> {
                List<String> options = items(rest);
                var marked = new ArrayList<Integer>();
                var plain = new ArrayList<String>();
                for (int i = 0; i < options.size(); i++) {
                    String option = options.get(i);
                    if (option.startsWith("*")) {
                        marked.add(i);
                    }
                    plain.add(option.startsWith("*") ? option.substring(1) : option);
                }
                return options.isEmpty() || marked.size() > 1 ? null : new QuestionEdit.Options(plain, marked.isEmpty() ? null : marked.get(0));
            }
            case "answer", "right" -> {
                return answer(rest, question);
            }
            case "explanation" -> {
                return rest.isEmpty() ? null : new QuestionEdit.Explanation(rest.equals("-") ? null : rest);
            }
            case "typed" -> {
                return rest.isEmpty() ? new QuestionEdit.ToTyped() : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** "answer Paris" or "answer true" (an option's words), "answer 2" (its number), or a typed question's "answer a; b". */
    private static QuestionEdit answer(String rest, Question question) {
        if (rest.isEmpty()) {
            return null;
        }
        if (question.type() == QuestionType.TYPED) {
            return new QuestionEdit.Accepted(items(rest));
        }
        // an option's words first: "answer 1969" among the years 1967, 1969, … means that year, not option 1969
        int option = question.options().stream().map(text -> text.toLowerCase(Locale.ROOT)).toList().indexOf(rest.toLowerCase(Locale.ROOT));
        if (option >= 0) {
            return new QuestionEdit.RightOption(option + 1);
        }
        return rest.matches("\\d{1,2}") ? new QuestionEdit.RightOption(Integer.parseInt(rest)) : null;
    }

    /** "a; b; c" (or "a | b | c") as its items. */
    private static List<String> items(String text) {
        return Arrays.stream(text.split("[;|]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** A question as a learner meets it, then its right answer and explanation. */
    static String asLearnersSeeIt(Question question) {
        var text = new StringBuilder("Question · " + QuizTexts.kindName(question.kind()) + "\n" + question.prompt() + "\n");
        if (question.type() == QuestionType.TYPED) {
            text.append("(Type your answer.) Accepted: ").append(DraftPages.accepted(question));
        } else {
            question.options().forEach(option -> text.append("[ ").append(option).append(" ] "));
            text.append(question.type() == QuestionType.CHOICE ? "(in a new order each quiz)\n" : "\n");
            text.append("Right: ").append(question.correctAnswer());
        }
        if (question.explanation() != null) {
            text.append("\nThen: ").append(question.explanation());
        }
        return text.toString();
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
