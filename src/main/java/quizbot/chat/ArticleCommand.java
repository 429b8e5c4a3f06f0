package quizbot.chat;

import java.util.List;

/**
 * /article &lt;text or link&gt;: a teacher's article said to be one, whatever its length and whether a quiz runs
 * (the rest of the message, its lines kept, or a link to read). The console sends a pasted article this way.
 */
record ArticleCommand(TeacherChat teaching) implements Command {

    private static final Spec SPEC = Spec.of("article", Role.TEACHER).in(ChatType.PRIVATE,
            "/article <text or link> – make a draft set from an article (in the console: /article, the lines, then a line with only .)", null);

    static final String USAGE = "Usage: /article followed by the article's text or a link, in the same message."
            + " In the console: /article alone, then the article's lines, then a line holding only \".\"; or /article FILE.txt or FILE.html.";

    @Override
    public List<Reply> handle(Request request) {
        String text = request.argument();
        if (text.isBlank()) {
            return Command.say(request.chatId(), USAGE);
        }
        return teaching.article(request.from(), request.chatId(), text);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
