package quizbot.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import quizbot.web.FetchRefusedException.Reason;

/**
 * Reads a web page a teacher linked, as an article, without letting the link reach inside our
 * network. Every hop (the link and each redirect, at most {@value #MAX_REDIRECTS}, followed by hand)
 * must be http or https without credentials; its host is resolved once, every address checked, and
 * the connection made to exactly those addresses (a second DNS answer is never asked for, so DNS
 * rebinding cannot swap in a private one). At most {@value #MAX_BYTES} bytes are read, all hops
 * together take at most {@link #TIME_LIMIT}, and only HTML, XHTML and plain text are accepted.
 * Every refusal is a {@link FetchRefusedException} naming the rule. Immutable and thread-safe.
 */
public final class ArticleFetcher {

    public static final int MAX_REDIRECTS = 5;
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** Set to 1 to let links reach loopback, private and CGNAT addresses (tests, an intranet). */
    public static final String ALLOW_LOCAL_NETWORK_VARIABLE = "QUIZBOT_FETCH_PRIVATE";

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final String PLAIN_TEXT = "text/plain";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Resolver resolver;
    private final AddressPolicy addressPolicy;
    private final Duration timeLimit;
    private final long maxBytes;
    private final OkHttpClient client;

    /**
     * @param localNetworkAllowed true lets links reach loopback, private and CGNAT addresses; link-local
     *                            (cloud metadata), multicast, unspecified and reserved ones stay refused
     */
    public ArticleFetcher(boolean localNetworkAllowed) {
        this(Resolver.system(), localNetworkAllowed ? AddressPolicy.allowingLocalNetwork() : AddressPolicy.publicOnly(),
                TIME_LIMIT, MAX_BYTES);
    }

    /** The fetcher the operator configured: {@value #ALLOW_LOCAL_NETWORK_VARIABLE}=1 allows the local network. */
    public static ArticleFetcher fromEnvironment(Map<String, String> environment) {
        String flag = environment.getOrDefault(ALLOW_LOCAL_NETWORK_VARIABLE, "").strip();
        return new ArticleFetcher(flag.equals("1") || flag.equalsIgnoreCase("true"));
    }

    ArticleFetcher(Resolver resolver, AddressPolicy addressPolicy, Duration timeLimit, long maxBytes) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.addressPolicy = Objects.requireNonNull(addressPolicy, "addressPolicy");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.maxBytes = maxBytes;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .proxy(Proxy.NO_PROXY) // a proxy would resolve the host itself, past our checks
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .connectTimeout(timeLimit)
                .readTimeout(timeLimit)
                .callTimeout(timeLimit)
                .build();
    }

    /**
     * The article at this link.
     *
     * @throws FetchRefusedException when a rule refuses the link, a redirect or the response, or the
     *                               page cannot be read or holds no text
     */
    public WebArticle fetch(URI link) {
        Objects.requireNonNull(link, "link");
        long deadline = System.nanoTime() + timeLimit.toNanos();
        URI current = link;
        for (int redirects = 0; ; redirects++) {
            HttpUrl url = checkedUrl(current);
            List<InetAddress> addresses = checkedAddresses(current, url.host(), deadline);
            Call call = clientPinnedTo(url.host(), addresses).newCall(request(url));
            call.timeout().timeout(remainingNanos(current, deadline), TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                if (REDIRECTS.contains(response.code())) {
                    URI next = redirectTarget(current, response);
                    if (redirects == MAX_REDIRECTS) {
                        throw new FetchRefusedException(next, Reason.TOO_MANY_REDIRECTS,
                                "more than " + MAX_REDIRECTS + " redirects, starting at " + link);
                    }
                    current = next;
                    continue;
                }
                return article(current, url, response);
            } catch (InterruptedIOException slow) {
                throw new FetchRefusedException(current, Reason.TOO_SLOW,
                        "the page took longer than " + timeLimit.toMillis() + " ms", slow);
            } catch (IOException unreachable) {
                throw new FetchRefusedException(current, Reason.UNREACHABLE,
                        "the page could not be read (" + unreachable.getMessage() + ")", unreachable);
            }
        }
    }

    private HttpUrl checkedUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new FetchRefusedException(uri, Reason.SCHEME,
                    scheme.isEmpty() ? "the link has no scheme: only http and https links are read"
                            : "only http and https links are read, not " + scheme);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefusedException(uri, Reason.CREDENTIALS, "links with a user name or password are not read");
        }
        HttpUrl url = uri.getHost() == null || uri.getHost().isBlank() ? null : HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new FetchRefusedException(uri, Reason.NO_HOST, "the link has no valid host name");
        }
        return url.newBuilder().fragment(null).build();
    }

    private List<InetAddress> checkedAddresses(URI uri, String host, long deadline) {
        List<InetAddress> addresses = resolve(uri, host, deadline);
        boolean literal = host.contains(":") || host.matches("[0-9.]+");
        for (InetAddress address : addresses) {
            Optional<String> refusal = addressPolicy.refusal(address);
            if (refusal.isPresent()) {
                String why = literal ? "the address " + address.getHostAddress() + " is " + refusal.get()
                        : host + " resolves to " + address.getHostAddress() + ", " + refusal.get();
                throw new FetchRefusedException(uri, Reason.ADDRESS, why);
            }
        }
        return addresses;
    }

    /** Resolves on a daemon thread so a hanging DNS server cannot outlast the time limit. */
    private List<InetAddress> resolve(URI uri, String host, long deadline) {
        CompletableFuture<List<InetAddress>> lookup = new CompletableFuture<>();
        Thread resolving = new Thread(() -> {
            try {
                lookup.complete(List.copyOf(resolver.resolve(host)));
            } catch (Exception | Error failure) {
                lookup.completeExceptionally(failure);
            }
        }, "quizbot-fetch-dns");
        resolving.setDaemon(true);
        resolving.start();
        try {
            List<InetAddress> addresses = lookup.get(remainingNanos(uri, deadline), TimeUnit.NANOSECONDS);
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (TimeoutException slow) {
            throw new FetchRefusedException(uri, Reason.TOO_SLOW, "resolving " + host + " took longer than "
                    + timeLimit.toMillis() + " ms", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FetchRefusedException(uri, Reason.UNREACHABLE, "interrupted while resolving " + host, interrupted);
        } catch (ExecutionException | UnknownHostException failure) {
            throw new FetchRefusedException(uri, Reason.UNREACHABLE, "the host " + host + " is unknown", failure);
        }
    }

    private long remainingNanos(URI uri, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchRefusedException(uri, Reason.TOO_SLOW, "the page took longer than " + timeLimit.toMillis() + " ms");
        }
        return remaining;
    }

    /** A client that can only connect to the addresses just checked, whatever DNS would say now. */
    private OkHttpClient clientPinnedTo(String host, List<InetAddress> addresses) {
        return client.newBuilder().dns(hostname -> {
            if (!hostname.equalsIgnoreCase(host)) {
                throw new UnknownHostException(hostname + " was not checked");
            }
            return addresses;
        }).build();
    }

    private static Request request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9")
                .header("User-Agent", "Quizbot (reads articles for quiz questions)")
                .build();
    }

    private static URI redirectTarget(URI current, Response response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            throw new FetchRefusedException(current, Reason.HTTP_STATUS,
                    "the server answered " + response.code() + " without a Location");
        }
        try {
            return current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException notStrict) {
            HttpUrl lenient = response.request().url().resolve(location.strip());
            if (lenient == null) {
                throw new FetchRefusedException(current, Reason.HTTP_STATUS,
                        "the server redirected to something that is not a web address: " + location);
            }
            return lenient.uri();
        }
    }

    private WebArticle article(URI uri, HttpUrl url, Response response) throws IOException {
        if (!response.isSuccessful()) {
            throw new FetchRefusedException(uri, Reason.HTTP_STATUS, "the server answered " + response.code());
        }
        ResponseBody body = response.body();
        MediaType mediaType = body == null ? null : body.contentType();
        String type = mediaType == null ? "" : (mediaType.type() + "/" + mediaType.subtype()).toLowerCase(Locale.ROOT);
        boolean html = HTML_TYPES.contains(type);
        if (!html && !type.equals(PLAIN_TEXT)) {
            throw new FetchRefusedException(uri, Reason.CONTENT_TYPE, type.isEmpty()
                    ? "the server did not say what the page is (no Content-Type)"
                    : "only HTML and plain text pages are read, not " + type);
        }
        byte[] bytes = boundedBytes(uri, body);
        Charset declared = mediaType.charset(null);
        String address = url.toString();
        try {
            if (html) {
                return WebArticles.fromHtml(bytes, declared == null ? null : declared.name(), address);
            }
            return PlainText.article(new String(bytes, declared == null ? StandardCharsets.UTF_8 : declared), address);
        } catch (NoReadableTextException empty) {
            throw new FetchRefusedException(uri, Reason.NO_TEXT, "the page has no readable text", empty);
        }
    }

    /** The body, or a refusal as soon as it passes the limit: a page too large is not kept in part. */
    private byte[] boundedBytes(URI uri, ResponseBody body) throws IOException {
        if (body.contentLength() > maxBytes) {
            throw tooLarge(uri);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > maxBytes) {
                buffer.clear();
                throw tooLarge(uri);
            }
        }
        return buffer.readByteArray();
    }

    private FetchRefusedException tooLarge(URI uri) {
        return new FetchRefusedException(uri, Reason.TOO_LARGE, "the page is larger than " + maxBytes + " bytes");
    }
}
