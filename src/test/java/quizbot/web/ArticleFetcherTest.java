package quizbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizbot.web.FetchRefusedException.Reason;

/**
 * The fetch rules, one test each, against a MockWebServer on 127.0.0.1. Host names ending in
 * ".test" exist only in {@link FakeResolver}; no test touches any network but loopback.
 */
class ArticleFetcherTest {

    private static final String ARTICLE = "<html><head><title>The Suez Canal</title></head><body><article>"
            + "<h1>The Suez Canal</h1><p>The Suez Canal opened on 17 November 1869 after ten years of work.</p>"
            + "<p>It links the Mediterranean Sea with the Red Sea and is about 193 kilometres long.</p>"
            + "</article></body></html>";
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private final MockWebServer server = new MockWebServer();
    private final FakeResolver resolver = new FakeResolver();
    private InetAddress loopback;

    @BeforeEach
    void startServer() throws IOException {
        loopback = InetAddress.getByName("127.0.0.1");
        server.start(loopback, 0);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    private URI link(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    /** Local network allowed: the server on 127.0.0.1 is reachable. */
    private ArticleFetcher localFetcher() {
        return new ArticleFetcher(resolver, AddressPolicy.allowingLocalNetwork(), GENEROUS, ArticleFetcher.MAX_BYTES);
    }

    /** Public addresses only, the test server standing in for a public one. */
    private ArticleFetcher publicFetcher() {
        return new ArticleFetcher(resolver, AddressPolicy.publicOnly().trusting(loopback), GENEROUS, ArticleFetcher.MAX_BYTES);
    }

    private static MockResponse html(String body) {
        return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(body);
    }

    private static MockResponse redirectTo(String location) {
        return new MockResponse().setResponseCode(302).setHeader("Location", location);
    }

    private static FetchRefusedException refused(Reason reason, Supplier<WebArticle> fetch) {
        FetchRefusedException refusal = assertThrows(FetchRefusedException.class, fetch::get);
        assertEquals(reason, refusal.reason(), refusal.getMessage());
        return refusal;
    }

    @Test
    void readsAnHtmlPageAsAnArticle() {
        server.enqueue(html(ARTICLE));

        WebArticle article = localFetcher().fetch(link("/suez#history"));

        assertEquals("The Suez Canal", article.title());
        assertTrue(article.text().contains("opened on 17 November 1869 after ten years of work.\n\nIt links"), article.text());
        assertEquals(link("/suez").toString(), article.url());
    }

    @Test
    void readsAPlainTextPage() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain")
                .setBody("The Suez Canal opened in 1869.\r\n\r\n\r\nIt is 193 km long.\r\n"));

        WebArticle article = localFetcher().fetch(link("/suez.txt"));

        assertEquals("The Suez Canal opened in 1869.\n\nIt is 193 km long.", article.text());
        assertEquals("", article.title());
    }

    @Test
    void refusesLoopbackByDefault() {
        ArticleFetcher fetcher = ArticleFetcher.fromEnvironment(Map.of());

        FetchRefusedException refusal = refused(Reason.ADDRESS, () -> fetcher.fetch(link("/x")));

        assertEquals("refused " + link("/x") + ": the address 127.0.0.1 is a loopback address", refusal.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void operatorSettingAllowsLoopback() {
        server.enqueue(html(ARTICLE));

        WebArticle article = ArticleFetcher.fromEnvironment(Map.of("QUIZBOT_FETCH_PRIVATE", "1")).fetch(link("/suez"));

        assertEquals("The Suez Canal", article.title());
    }

    @Test
    void refusesAHostThatResolvesToAPrivateAddress() {
        resolver.answer("intranet.test", "10.0.0.1");

        FetchRefusedException refusal = refused(Reason.ADDRESS, () -> publicFetcher().fetch(URI.create("http://intranet.test/wiki")));

        assertEquals("refused http://intranet.test/wiki: intranet.test resolves to 10.0.0.1, a private address",
                refusal.getMessage());
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
        resolver.answer("mixed.test", "93.184.215.14", "192.168.1.20");

        FetchRefusedException refusal = refused(Reason.ADDRESS, () -> publicFetcher().fetch(URI.create("https://mixed.test/")));

        assertTrue(refusal.getMessage().endsWith("mixed.test resolves to 192.168.1.20, a private address"), refusal.getMessage());
    }

    @Test
    void refusesCgnatAndIpv6UniqueLocalAddresses() {
        resolver.answer("carrier.test", "100.64.0.7");
        resolver.answer("ula.test", "fd12:3456::1");

        refused(Reason.ADDRESS, () -> publicFetcher().fetch(URI.create("http://carrier.test/")));
        refused(Reason.ADDRESS, () -> publicFetcher().fetch(URI.create("http://ula.test/")));
    }

    @Test
    void refusesLinkLocalEvenWhenTheLocalNetworkIsAllowed() {
        resolver.answer("metadata.test", "169.254.169.254");

        FetchRefusedException refusal = refused(Reason.ADDRESS,
                () -> localFetcher().fetch(URI.create("http://metadata.test/latest/meta-data/")));

        assertTrue(refusal.getMessage().endsWith("169.254.169.254, a link-local address"), refusal.getMessage());
    }

    @Test
    void refusesTheUnspecifiedAddressEvenWhenTheLocalNetworkIsAllowed() {
        refused(Reason.ADDRESS, () -> localFetcher().fetch(URI.create("http://0.0.0.0:" + server.getPort() + "/")));
        refused(Reason.ADDRESS, () -> localFetcher().fetch(URI.create("http://[::]:" + server.getPort() + "/")));
    }

    @Test
    void refusesARedirectToAPrivateAddress() {
        resolver.answer("intranet.test", "10.0.0.1");
        server.enqueue(redirectTo("http://intranet.test/admin"));

        FetchRefusedException refusal = refused(Reason.ADDRESS, () -> publicFetcher().fetch(link("/start")));

        assertEquals(URI.create("http://intranet.test/admin"), refusal.url());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void refusesARedirectToLoopback() {
        server.enqueue(redirectTo("http://127.0.0.2:" + server.getPort() + "/admin"));

        FetchRefusedException refusal = refused(Reason.ADDRESS, () -> publicFetcher().fetch(link("/start")));

        assertTrue(refusal.getMessage().endsWith("the address 127.0.0.2 is a loopback address"), refusal.getMessage());
    }

    @Test
    void connectsToTheCheckedAddressWithoutAskingDnsAgain() throws InterruptedException {
        resolver.answer("rebind.test", "127.0.0.1");
        resolver.thenAnswer("rebind.test", "10.0.0.1"); // a rebinding DNS server's second answer
        server.enqueue(html(ARTICLE));

        WebArticle article = publicFetcher().fetch(URI.create("http://rebind.test:" + server.getPort() + "/suez"));

        assertEquals("The Suez Canal", article.title());
        assertEquals(List.of("rebind.test"), resolver.lookups());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("rebind.test:" + server.getPort(), request.getHeader("Host"));
    }

    @Test
    void followsFiveRedirects() {
        for (int hop = 1; hop <= 5; hop++) {
            server.enqueue(redirectTo("/hop" + hop));
        }
        server.enqueue(html(ARTICLE));

        WebArticle article = localFetcher().fetch(link("/start"));

        assertEquals(link("/hop5").toString(), article.url());
        assertEquals(6, server.getRequestCount());
    }

    @Test
    void refusesASixthRedirect() {
        for (int hop = 1; hop <= 6; hop++) {
            server.enqueue(redirectTo("/hop" + hop));
        }
        server.enqueue(html(ARTICLE));

        FetchRefusedException refusal = refused(Reason.TOO_MANY_REDIRECTS, () -> localFetcher().fetch(link("/start")));

        assertEquals(link("/hop6"), refusal.url());
        assertEquals(6, server.getRequestCount());
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        server.enqueue(redirectTo("ftp://127.0.0.1/pub/article.html"));

        refused(Reason.SCHEME, () -> localFetcher().fetch(link("/start")));
    }

    @Test
    void refusesABodyOverTwoMegabytes() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain")
                .setBody(new Buffer().write(new byte[(int) ArticleFetcher.MAX_BYTES + 1])));

        refused(Reason.TOO_LARGE, () -> localFetcher().fetch(link("/big")));
    }

    @Test
    void refusesAChunkedBodyAsSoonAsItPassesTheLimit() {
        ArticleFetcher fetcher = new ArticleFetcher(resolver, AddressPolicy.allowingLocalNetwork(), GENEROUS, 1_000);
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setChunkedBody("a".repeat(1_001), 100));

        refused(Reason.TOO_LARGE, () -> fetcher.fetch(link("/chunked")));
    }

    @Test
    void readsABodyOfExactlyTheLimit() {
        ArticleFetcher fetcher = new ArticleFetcher(resolver, AddressPolicy.allowingLocalNetwork(), GENEROUS, 1_000);
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setChunkedBody("a".repeat(1_000), 100));

        assertEquals(1_000, fetcher.fetch(link("/chunked")).text().length());
    }

    @Test
    void refusesAServerThatTricklesPastTheTimeLimit() {
        ArticleFetcher fetcher = new ArticleFetcher(resolver, AddressPolicy.allowingLocalNetwork(), Duration.ofMillis(500),
                ArticleFetcher.MAX_BYTES);
        server.enqueue(html(ARTICLE).throttleBody(16, 200, TimeUnit.MILLISECONDS)); // about 5 s for the whole page

        refused(Reason.TOO_SLOW, () -> fetcher.fetch(link("/slow")));
    }

    @Test
    void refusesAServerThatHoldsBackItsHeadersPastTheTimeLimit() {
        ArticleFetcher fetcher = new ArticleFetcher(resolver, AddressPolicy.allowingLocalNetwork(), Duration.ofMillis(300),
                ArticleFetcher.MAX_BYTES);
        server.enqueue(html(ARTICLE).setHeadersDelay(2, TimeUnit.SECONDS));

        refused(Reason.TOO_SLOW, () -> fetcher.fetch(link("/slow")));
    }

    @Test
    void refusesAnImage() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody("\u0089PNG"));

        FetchRefusedException refusal = refused(Reason.CONTENT_TYPE, () -> localFetcher().fetch(link("/photo.png")));

        assertTrue(refusal.getMessage().endsWith("only HTML and plain text pages are read, not image/png"), refusal.getMessage());
    }

    @Test
    void refusesAPdf() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/pdf").setBody("%PDF-1.7"));

        refused(Reason.CONTENT_TYPE, () -> localFetcher().fetch(link("/paper.pdf")));
    }

    @Test
    void refusesAResponseWithoutContentType() {
        server.enqueue(new MockResponse().setBody(ARTICLE));

        refused(Reason.CONTENT_TYPE, () -> localFetcher().fetch(link("/unknown")));
    }

    @Test
    void readsXhtml() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/xhtml+xml").setBody(ARTICLE));

        assertEquals("The Suez Canal", localFetcher().fetch(link("/suez.xhtml")).title());
    }

    @Test
    void honoursTheCharsetOfTheContentType() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=ISO-8859-1")
                .setBody(new Buffer().write("<html><body><p>Le café de Flore ouvrit en 1887.</p></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("Le café de Flore ouvrit en 1887.", localFetcher().fetch(link("/flore")).text());
    }

    @Test
    void fallsBackToTheMetaCharset() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                .setBody(new Buffer().write("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le café de Flore.</p></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("Le café de Flore.", localFetcher().fetch(link("/flore")).text());
    }

    @Test
    void readsUtf8WhenNoCharsetIsGiven() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                .setBody(new Buffer().write("<html><body><p>Smörgåsbord in 1912.</p></body></html>".getBytes(StandardCharsets.UTF_8))));

        assertEquals("Smörgåsbord in 1912.", localFetcher().fetch(link("/food")).text());
    }

    @Test
    void refusesAnErrorStatus() {
        server.enqueue(html(ARTICLE).setResponseCode(404));

        FetchRefusedException refusal = refused(Reason.HTTP_STATUS, () -> localFetcher().fetch(link("/gone")));

        assertTrue(refusal.getMessage().endsWith("the server answered 404"), refusal.getMessage());
    }

    @Test
    void refusesFtpLinks() {
        refused(Reason.SCHEME, () -> localFetcher().fetch(URI.create("ftp://127.0.0.1/pub/article.html")));
    }

    @Test
    void refusesFileLinks() {
        FetchRefusedException refusal = refused(Reason.SCHEME, () -> localFetcher().fetch(URI.create("file:///etc/passwd")));

        assertEquals("refused file:///etc/passwd: only http and https links are read, not file", refusal.getMessage());
    }

    @Test
    void refusesLinksWithCredentials() {
        refused(Reason.CREDENTIALS,
                () -> localFetcher().fetch(URI.create("http://teacher:secret@127.0.0.1:" + server.getPort() + "/x")));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void refusesLinksWithoutAHost() {
        refused(Reason.NO_HOST, () -> localFetcher().fetch(URI.create("http:///article")));
        refused(Reason.NO_HOST, () -> localFetcher().fetch(URI.create("https:article")));
    }

    @Test
    void refusesAnUnknownHost() {
        refused(Reason.UNREACHABLE, () -> localFetcher().fetch(URI.create("http://nowhere.test/")));
    }

    @Test
    void refusesAPageWithoutText() {
        server.enqueue(html("<html><body><script>track()</script></body></html>"));

        refused(Reason.NO_TEXT, () -> localFetcher().fetch(link("/empty")));
    }

    /** Answers only for the names a test gave; an answer list is used up one lookup at a time. */
    private static final class FakeResolver implements Resolver {

        private final Map<String, List<List<InetAddress>>> answers = new HashMap<>();
        private final List<String> lookups = new ArrayList<>();

        void answer(String host, String... addresses) {
            answers.computeIfAbsent(host, h -> new ArrayList<>()).add(parse(addresses));
        }

        void thenAnswer(String host, String... addresses) {
            answer(host, addresses);
        }

        synchronized List<String> lookups() {
            return List.copyOf(lookups);
        }

        @Override
        public synchronized List<InetAddress> resolve(String host) throws UnknownHostException {
            lookups.add(host);
            List<List<InetAddress>> queue = answers.get(host);
            if (queue != null && !queue.isEmpty()) {
                return queue.size() > 1 ? queue.remove(0) : queue.get(0);
            }
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return List.of(InetAddress.getByName(host)); // a literal: no DNS involved
            }
            throw new UnknownHostException(host);
        }

        private static List<InetAddress> parse(String... addresses) {
            List<InetAddress> parsed = new ArrayList<>();
            for (String address : addresses) {
                try {
                    parsed.add(InetAddress.getByName(address)); // literals only: no DNS
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException(address, e);
                }
            }
            return parsed;
        }
    }
}
