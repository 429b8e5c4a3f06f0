package quizbot.chat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import quizbot.quiz.User;

/**
 * One slash command: its {@link Spec} (name, who it is for, the chats it works in with its line in
 * /help and the Telegram menu there) and what it does. {@link Commands} lists every command; adding
 * one is a class that implements this and one line there.
 */
interface Command {

    /** What the command was given: who typed it, in which chat, and the text after the command (stripped). */
    record Request(User from, long chatId, ChatType chat, String argument) {
    }

    /** How a command shows in one kind of chat: its /help line ("/top – the leaderboard") and menu text; null for none. */
    record Usage(String help, String menu) {
    }

    /** A command's name (typed after "/", lower case), who it is meant for, and where it works. */
    record Spec(String name, Role role, Map<ChatType, Usage> usage) {
        public Spec {
            usage = Map.copyOf(usage);
        }

        static Spec of(String name, Role role) {
            return new Spec(name, role, Map.of());
        }

        /** This spec, working in that chat too. */
        Spec in(ChatType chat, String help, String menu) {
            var more = new EnumMap<ChatType, Usage>(ChatType.class);
            more.putAll(usage);
            more.put(chat, new Usage(help, menu));
            return new Spec(name, role, more);
        }

        boolean worksIn(ChatType chat) {
            return usage.containsKey(chat);
        }
    }

    Spec spec();

    List<Reply> handle(Request request);

    /** A reply of one message. */
    static List<Reply> say(long chat, String text) {
        return List.of(new Reply.Text(chat, text));
    }
}
