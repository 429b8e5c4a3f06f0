package quizbot.web;

import java.net.URI;
import java.util.Objects;
import quizbot.failure.QuizbotException;

/**
 * Why a link was not read. The message says which address and why, e.g. "refused
 * http://127.0.0.1:8080/x: the address 127.0.0.1 is a loopback address"; nothing of the page is kept.
 */
public final class FetchRefusedException extends QuizbotException {

    /** The rule that refused the link; lets a caller word the refusal without parsing the message. */
    public enum Reason {
        SCHEME, CREDENTIALS, NO_HOST, ADDRESS, UNREACHABLE, TOO_MANY_REDIRECTS, HTTP_STATUS,
        CONTENT_TYPE, TOO_LARGE, TOO_SLOW, NO_TEXT
    }

    private final transient URI url;
    private final Reason reason;

    FetchRefusedException(URI url, Reason reason, String why) {
        this(url, reason, why, null);
    }

    FetchRefusedException(URI url, Reason reason, String why, Throwable cause) {
        super(Category.ARTICLE_NOT_FETCHED, "refused " + url + ": " + why, cause);
        this.url = Objects.requireNonNull(url, "url");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The address that was refused: the link itself or the redirect target that broke a rule. */
    public URI url() {
        return url;
    }

    public Reason reason() {
        return reason;
    }
}
