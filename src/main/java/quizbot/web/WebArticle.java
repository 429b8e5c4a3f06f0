package quizbot.web;

import java.util.Objects;

/**
 * The readable part of a web page, ready for the generator. Immutable and thread-safe.
 *
 * @param title the page's headline, without a trailing site name; empty when the page has none
 * @param text  the main text: paragraphs separated by a blank line, list items and table rows one
 *              per line (items start with "• "), entities decoded; never blank
 * @param url   the address the page was read from (after redirects), or the base URL given; may be empty
 */
public record WebArticle(String title, String text, String url) {

    public WebArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a web article needs some text" + (url.isEmpty() ? "" : ": " + url));
        }
    }
}
