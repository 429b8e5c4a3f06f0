package quizbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quizbot.chat.Conversation;
import quizbot.chat.Incoming;
import quizbot.chat.Reply;
import quizbot.failure.QuizbotException;
import quizbot.quiz.User;
import quizbot.report.ReportChart;
import quizbot.report.ReportCsv;

/**
 * The console chat: one learner, one private chat (the chat id is the user's id). Typing a number
 * presses that button of the bot's last message, when it has buttons; anything else is sent as text. Reads
 * until the end of input, so piped scripts work; with {@code echo} on, each line read is printed
 * after "> " so a transcript reads like a conversation. Not thread-safe.
 */
public final class ConsoleChat {

    private final Conversation conversation;
    private final User user;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean echo;
    private final Path reports;
    private List<Reply.Button> lastButtons = List.of();

    public ConsoleChat(Conversation conversation, User user, BufferedReader in, PrintStream out, boolean echo, Path reports) {
        this.conversation = conversation;
        this.user = user;
        this.in = in;
        this.out = out;
        this.echo = echo;
        this.reports = reports;
    }

    /** Plays until the end of input. */
    public void run() {
        out.println("Quizbot console – you are " + user.name() + ". Type /help for commands; end with Ctrl-D.");
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (echo) {
                    out.println("> " + line);
                }
                Path file = articleFile(line.strip());
                if (line.strip().equalsIgnoreCase("/article")) {
                    handle(new Incoming.Text(user.id(), false, user, "/article\n" + pastedArticle()));
                } else if (file != null) {
                    sendFile(file);
                } else if (!line.isBlank()) {
                    handle(event(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    /** The lines of a pasted article: up to one holding only "." or the end of input, as they are. */
    private String pastedArticle() throws IOException {
        var article = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.strip().equals(".")) {
            article.append(line).append('\n');
        }
        if (echo) {
            out.println("(" + article.toString().lines().count() + " lines read as one article)");
        }
        return article.toString().strip();
    }

    /** Prints the bot's replies; when one of the bot's failures stops the event (the database's), says so and why, and goes on. */
    private void handle(Incoming event) {
        List<Reply> replies;
        try {
            replies = runSlowWork(conversation.handle(event));
        } catch (QuizbotException e) {
            out.println(Conversation.whenFailed(e) + "\n(" + e.getMessage() + ")");
            return;
        }
        replies.stream().filter(reply -> reply.chatId() == user.id()).forEach(this::print); // not what goes to other people's chats
        if (!replies.isEmpty() && !(replies.get(replies.size() - 1) instanceof Reply.Notice)) {
            Reply last = replies.get(replies.size() - 1);
            lastButtons = last instanceof Reply.Buttons buttons ? buttons.buttons() : List.of();
        }
    }

    /** One person at a terminal waits for slow work anyway: it runs at once, its replies in place. */
    private static List<Reply> runSlowWork(List<Reply> replies) {
        var done = new ArrayList<Reply>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Slow slow) {
                if (slow.started() != null) {
                    done.add(new Reply.Text(slow.chatId(), slow.started()));
                }
                done.addAll(runSlowWork(slow.work().get()));
            } else {
                done.add(reply);
            }
        }
        return done;
    }

    /** The file of "/article PATH" when it names one that exists here (a saved page or a text file), else null. */
    private static Path articleFile(String line) {
        if (!line.startsWith("/article ")) {
            return null;
        }
        try {
            Path file = Path.of(line.substring("/article ".length()).strip());
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A file sent as the document it is, as in Telegram; one that cannot be read is said so. */
    private void sendFile(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println("Cannot read " + file + ": " + e.getMessage() + "\n");
            return;
        }
        handle(new Incoming.Document(user.id(), false, user, file.getFileName().toString(), content.length, content));
    }

    /** What a line is: a press when it is the number of one of the last message's buttons, else a message. */
    private Incoming event(String line) {
        if (line.matches("\\d{1,2}")) {
            int index = Integer.parseInt(line) - 1;
            if (index >= 0 && index < lastButtons.size()) {
                return new Incoming.Press(user.id(), false, user, lastButtons.get(index).data());
            }
        }
        return new Incoming.Text(user.id(), false, user, line);
    }

    /** Files the bot sends (report charts, CSV) go to the reports folder; the path is printed. */
    private Path save(String fileName, byte[] content) {
        try {
            Files.createDirectories(reports);
            Path file = reports.resolve(fileName);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + fileName + " in " + reports, e);
        }
    }

    private void print(Reply reply) {
        if (reply instanceof Reply.Buttons buttons) {
            out.println(buttons.text());
            int index = 0;
            for (List<Reply.Button> row : buttons.rows()) {
                var line = new StringBuilder();
                for (Reply.Button button : row) {
                    line.append("  ").append(++index).append(") ").append(button.label());
                }
                out.println(line);
            }
        } else if (reply instanceof Reply.ReportFiles files) {
            out.println(files.chartCaption() + " → " + save(files.chartFile(), ReportChart.png(files.report())));
            out.println();
            out.println(files.csvCaption() + " → " + save(files.csvFile(), ReportCsv.utf8WithBom(files.report())));
        } else if (reply instanceof Reply.Verdict verdict) {
            out.println(verdict.verdict());
        } else if (reply instanceof Reply.Notice notice) {
            out.println("(" + notice.text() + ")");
        } else if (reply instanceof Reply.Text text) {
            out.println(text.text());
        }
        out.println();
    }
}
