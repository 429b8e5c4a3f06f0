package quizbot.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizbot.chat.ArticleQuestions;
import quizbot.generate.QuestionGenerator;
import quizbot.generate.UnusableArticleException;
import quizbot.web.FetchRefusedException;
import quizbot.web.NoReadableTextException;
import quizbot.questions.InvalidQuestionException;
import quizbot.questions.QuestionSetFiles;
import quizbot.questions.QuestionSetJson;
import quizbot.web.ArticleFetcher;

/** {@code generate ARTICLE [--out FILE.json] [--id ID] [--title TITLE] [--max N] [--explain]}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a question set from an article: a text file (as copied from a web page), a saved page (.html) or a link.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLE", description = "The article: a UTF-8 text file, an .html/.htm file, or an http(s):// link.")
    String article;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Where to write the set (default: standard output).")
    Path out;

    @Option(names = "--id", description = "The set id (default: the article's file name).")
    String id;

    @Option(names = "--title", description = "The set title (default: the article's headline).")
    String title;

    @Option(names = "--max", description = "At most this many questions (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int max;

    @Option(names = "--explain", description = "Print every fact that gave no question, and why, to standard error.")
    boolean explain;

    @Override
    public Integer call() {
        var articles = new Articles(ArticleFetcher.fromEnvironment(System.getenv()));
        Articles.Page page;
        try {
            page = articles.page(source());
        } catch (FetchRefusedException | NoReadableTextException | IllegalArgumentException e) { // or a malformed link
            System.err.println("generate: " + article + ": cannot read: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println("generate: " + article + ": no such file");
            return 2;
        } catch (CharacterCodingException e) {
            System.err.println("generate: " + article + ": not UTF-8 text");
            return 2;
        } catch (IOException e) {
            System.err.println("generate: " + article + ": cannot read: " + e.getMessage());
            return 2;
        }
        if (max < 1) {
            System.err.println("generate: --max must be at least 1, was " + max);
            return 2;
        }
        String setId = id != null ? id : QuestionSetFiles.idFromFileName(lastPart(article));
        QuestionGenerator.Result result;
        try {
            String setTitle = title != null ? title : page.title();
            result = new QuestionGenerator().generate(page.text(), new QuestionGenerator.Options(setId, setTitle, max));
        } catch (UnusableArticleException | InvalidQuestionException e) {
            System.err.println("generate: " + article + ": " + e.getMessage());
            return 1;
        }
        if (result.cut()) {
            System.err.printf("generate: %s is long: the first %,d of its %,d words were read%n", article, result.wordsUsed(),
                    result.wordsTotal());
        }
        if (explain) {
            result.dropped().forEach(line -> System.err.println("dropped " + line));
        }
        if (out == null) {
            System.out.println(QuestionSetJson.toJson(result.questionSet()));
        } else {
            QuestionSetJson.write(result.questionSet(), out);
            System.err.println("generate: wrote " + result.questionSet().questions().size() + " questions to " + out);
        }
        return 0;
    }

    /** What the argument names: a link, a saved page, or a text file (which must be UTF-8). */
    private ArticleQuestions.Source source() throws IOException {
        if (ArticleQuestions.Source.isLink(article)) {
            return new ArticleQuestions.Source.Link(article);
        }
        byte[] content = Files.readAllBytes(Path.of(article));
        if (ArticleQuestions.Source.isPageName(article)) {
            return new ArticleQuestions.Source.Html(content);
        }
        return new ArticleQuestions.Source.Text(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString());
    }

    /** "page" of "https://host/a/page?x" or of "folder/page.html". */
    private static String lastPart(String article) {
        String path = ArticleQuestions.Source.isLink(article) ? URI.create(article).getPath() : article;
        String name = path == null ? "" : path.replaceAll("/+$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.isEmpty() ? "article" : name;
    }
}
