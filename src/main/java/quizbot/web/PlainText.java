package quizbot.web;

/** A plain-text page as an article: line ends made \n, runs of blank lines made one, no title. */
final class PlainText {

    private PlainText() {
    }

    static WebArticle article(String text, String url) {
        String cleaned = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\u00a0]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        if (cleaned.isEmpty()) {
            throw new NoReadableTextException(url);
        }
        return new WebArticle("", cleaned, url);
    }
}
