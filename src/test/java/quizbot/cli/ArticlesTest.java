package quizbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.chat.ArticleQuestions;
import quizbot.web.ArticleFetcher;
import quizbot.web.FetchRefusedException;

/** A teacher's article from a saved page or a link becomes a draft under the page's headline; a refused link says why. */
class ArticlesTest {

    private HttpServer server;
    private byte[] page;

    @BeforeEach
    void serveThePage() throws IOException {
        try (InputStream in = ArticlesTest.class.getResourceAsStream("/web/volcano-article.html")) {
            page = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/volcanoes", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String link() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/volcanoes";
    }

    @Test
    void aSavedPageBecomesADraftUnderItsHeadline() {
        var draft = new Articles(new ArticleFetcher(false)).generate(new ArticleQuestions.Source.Html(page), "volcanoes");

        assertEquals("How Volcanoes Form", draft.set().title());
        assertTrue(draft.set().questions().stream().anyMatch(question -> question.source().contains("1815")),
                "the page's facts are asked: " + draft.set().questions());
    }

    @Test
    void aLinkBecomesADraftWhenTheOperatorAllowsTheLocalNetwork() {
        var draft = new Articles(new ArticleFetcher(true)).generate(new ArticleQuestions.Source.Link(link()), "volcanoes");

        assertEquals("How Volcanoes Form", draft.set().title());
    }

    @Test
    void aLinkToTheLocalNetworkIsRefusedByDefaultWithItsReason() {
        var refused = assertThrows(FetchRefusedException.class,
                () -> new Articles(new ArticleFetcher(false)).generate(new ArticleQuestions.Source.Link(link()), "volcanoes"));

        assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
    }
}
