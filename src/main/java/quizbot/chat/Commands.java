package quizbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quizbot.quiz.StatsStore;
import quizbot.quiz.Teaching;

/**
 * Every slash command, in the order /help lists them. /help for each chat and role and the Telegram
 * menu are derived from this list. To add a command, write a class that implements {@link Command}
 * and add one line below. Thread-safe when the commands are.
 */
final class Commands {

    /** The /help text of a chat for a role. */
    @FunctionalInterface
    interface HelpText {
        String text(ChatType chat, Role role);
    }

    private static final Map<ChatType, String> INTRODUCTION = Map.of(
            ChatType.PRIVATE, "Quizbot asks you questions about articles: dates, figures, names and treaties.",
            ChatType.GROUP, "Quizbot plays quizzes with the whole group: each question is a quiz poll, everyone answers.");
    private static final Map<ChatType, String> CLOSING = Map.of(
            ChatType.PRIVATE, "Answer with the buttons, or type the answer when a question asks you to.",
            ChatType.GROUP, "For quizzes of your own, your score and reviews, talk to me in a private chat.");
    /** What a role's part of the private /help begins and ends with (the learner's part has neither). */
    private static final Map<Role, List<String>> ROLE_PART = Map.of(
            Role.TEACHER, List.of("Teachers:", "Send me an article (a .txt or .html file, a long message or a link) for a draft set."),
            Role.ADMIN, List.of("Admins:", "Send me a question-set file (JSON, GIFT, Aiken, CSV) to load it."));

    private final List<Command> all;

    Commands(QuizPlay play, TeacherChat teaching, StatsStore stats) {
        Teaching core = teaching.teaching;
        all = List.of(
                new StartCommand(play, teaching, this::help),
                new SetsCommand(play),
                new QuizCommand(play),
                new StopCommand(play, teaching),
                new ScoreCommand(stats),
                new TopCommand(play),
                new StatsCommand(stats),
                new ReviewCommand(play),
                new HomeworkCommand(core.assignments()),
                new HelpCommand(teaching, this::help),
                new NewClassCommand(teaching),
                new ClassesCommand(teaching),
                new AssignCommand(core.assignments(), teaching.assignWalk),
                new ReportCommand(core.reports()),
                new RemoveCommand(core.classrooms()),
                new ArticleCommand(teaching),
                new DraftCommand(core.drafts()),
                new DropCommand(core.drafts(), false),
                new DropCommand(core.drafts(), true),
                new EditCommand(core.drafts()),
                new MoreCommand(core.drafts()),
                new TitleCommand(core.drafts()),
                new PublishCommand(core.drafts()),
                new ReopenCommand(core.drafts()),
                new DiscardCommand(core.drafts()),
                new TeacherCommand(core.roles()),
                new RetireCommand(core.catalogue()));
    }

    /** The command of that name (lower case) that works in that chat. */
    Optional<Command> find(String name, ChatType chat) {
        return all.stream().filter(command -> command.spec().name().equals(name) && command.spec().worksIn(chat)).findFirst();
    }

    /** /help: the chat's commands for the role, and in a private chat those of each role below it. */
    String help(ChatType chat, Role role) {
        var lines = new ArrayList<String>();
        lines.add(INTRODUCTION.get(chat));
        for (Role part : Role.values()) {
            if (role.covers(part)) {
                lines.add("");
                if (ROLE_PART.containsKey(part)) {
                    lines.add(ROLE_PART.get(part).get(0));
                }
                lines.addAll(helpLines(chat, part));
                if (ROLE_PART.containsKey(part)) {
                    lines.add(ROLE_PART.get(part).get(1));
                }
            }
        }
        lines.add("");
        lines.add(CLOSING.get(chat));
        return String.join("\n", lines);
    }

    private List<String> helpLines(ChatType chat, Role role) {
        return all.stream().filter(command -> command.spec().role() == role && command.spec().worksIn(chat))
                .map(command -> command.spec().usage().get(chat).help()).filter(line -> line != null).toList();
    }

    /** The Telegram menu of a chat: the learner's commands that have a menu text there. */
    List<Conversation.MenuEntry> menu(ChatType chat) {
        return all.stream().filter(command -> command.spec().role() == Role.LEARNER && command.spec().worksIn(chat))
                .filter(command -> command.spec().usage().get(chat).menu() != null)
                .map(command -> new Conversation.MenuEntry(command.spec().name(), command.spec().usage().get(chat).menu())).toList();
    }
}
