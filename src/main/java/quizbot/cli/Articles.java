package quizbot.cli;

import java.net.URI;
import java.time.Duration;
import quizbot.chat.ArticleQuestions;
import quizbot.generate.QuestionGenerator;
import quizbot.web.ArticleFetcher;
import quizbot.web.WebArticle;
import quizbot.web.WebArticles;

/**
 * Teachers' articles, wherever they come from: text as it is, a saved page or a link through
 * {@code quizbot.web} (the page's main text under its headline). One generator per thread that asks
 * (the bot's few slow workers), since OpenNLP's tools are not thread-safe; its models are loaded
 * on first use. A long article is cut to the generator's word budget; one that takes longer than the
 * time limit is refused. Thread-safe.
 */
final class Articles implements ArticleQuestions {

    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    static final int QUESTIONS = 30;
    /** The next-best questions held back beside a draft, for /more. */
    static final int RESERVE = 15;

    /** The article's text, its headline first when the page declares one, and that headline (null when none). */
    record Page(String text, String title) {
    }

    private final ThreadLocal<QuestionGenerator> generators = ThreadLocal.withInitial(QuestionGenerator::new);
    private final ArticleFetcher fetcher;

    Articles(ArticleFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Draft generate(Source source, String setId) {
        Page page = page(source);
        var options = new QuestionGenerator.Options(setId, page.title(), QUESTIONS).withTimeLimit(TIME_LIMIT).withReserve(RESERVE);
        QuestionGenerator.Result result = generators.get().generate(page.text(), options);
        return new Draft(result.questionSet(), result.wordsUsed(), result.wordsTotal(), result.reserve());
    }

    /**
     * The text to generate from; a {@code FetchRefusedException} or {@code NoReadableTextException} (both of
     * category {@code ARTICLE_NOT_FETCHED}) says why a page or link gives none.
     */
    Page page(Source source) {
        if (source instanceof Source.Text text) {
            return new Page(text.text(), null);
        }
        WebArticle web = source instanceof Source.Html html ? WebArticles.fromHtml(html.html(), null, null)
                : fetcher.fetch(URI.create(((Source.Link) source).url()));
        return web.title().isBlank() ? new Page(web.text(), null) : new Page(web.title() + "\n\n" + web.text(), web.title());
    }
}
