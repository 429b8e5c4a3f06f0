package quizbot.web;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element with its block structure kept as lines: paragraphs, headings, block
 * quotes and tables are separated by a blank line; list items (prefixed "• "), table rows
 * (cells joined by " | ") and line breaks end a line. Entities arrive decoded from jsoup; no-break
 * spaces become spaces. Stateful while it walks one element: one instance per call.
 */
final class HtmlText {

    private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption",
            "address", "blockquote", "pre", "ul", "ol", "dl", "table", "caption", "form", "fieldset", "details",
            "summary", "hr", "center", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LINE_BLOCKS = Set.of("li", "tr", "dt", "dd");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "button", "select", "input", "textarea",
            "iframe", "object", "embed", "img", "video", "audio", "canvas", "head",
            // Readability4J 1.0.8 retries by setting the body to the whole document's HTML, so the
            // head's title (and meta tags) can turn up inside the article: never text.
            "title", "meta", "link", "base");
    private static final String BULLET = "• ";
    private static final String CELL_SEPARATOR = " | ";

    private final StringBuilder out = new StringBuilder();
    /** Newlines owed before the next text: 0, 1 (end of line) or 2 (blank line). */
    private int pendingBreak;
    private boolean pendingSpace;
    private String pendingPrefix = "";
    private int listItemDepth;

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText text = new HtmlText();
        text.walk(root, false);
        return text.finish();
    }

    private void walk(Node node, boolean preformatted) {
        if (node instanceof TextNode textNode) {
            if (preformatted) {
                appendPreformatted(textNode.getWholeText());
            } else {
                append(textNode.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, data nodes
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || element.hasAttr("hidden")) {
            return;
        }
        if (tag.equals("br")) {
            lineBreak();
            return;
        }
        boolean paragraph = PARAGRAPH_BLOCKS.contains(tag);
        boolean line = LINE_BLOCKS.contains(tag);
        if (paragraph) {
            breakAtLeast(listItemDepth > 0 ? 1 : 2);
        } else if (line) {
            breakAtLeast(1);
        }
        if (tag.equals("li")) {
            pendingPrefix = BULLET;
            listItemDepth++;
        }
        if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0 && pendingBreak == 0) {
            pendingPrefix = CELL_SEPARATOR;
        }
        boolean childrenPreformatted = preformatted || tag.equals("pre");
        for (Node child : element.childNodes()) {
            walk(child, childrenPreformatted);
        }
        if (tag.equals("li")) {
            listItemDepth--;
            pendingPrefix = "";
        }
        if (paragraph) {
            breakAtLeast(listItemDepth > 0 ? 1 : 2);
        } else if (line) {
            breakAtLeast(1);
        }
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                beforeVisibleText();
                out.append(c);
            }
        }
    }

    private void appendPreformatted(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                lineBreak();
            }
            String lineText = lines[i].replace('\u00a0', ' ').stripTrailing();
            if (!lineText.isBlank()) {
                beforeVisibleText();
                out.append(lineText);
            }
        }
    }

    private void beforeVisibleText() {
        if (pendingBreak > 0 && out.length() > 0) {
            trimTrailingSpaces();
            int newlinesAtEnd = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
                newlinesAtEnd++;
            }
            out.append("\n".repeat(Math.max(0, pendingBreak - newlinesAtEnd)));
            pendingSpace = false;
        }
        pendingBreak = 0;
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        if (!pendingPrefix.isEmpty()) {
            if (pendingPrefix.equals(BULLET) ? atLineStart : !atLineStart) {
                out.append(pendingPrefix);
            }
            pendingPrefix = "";
            pendingSpace = false;
        } else if (pendingSpace && !atLineStart) {
            out.append(' ');
        }
        pendingSpace = false;
    }

    private void lineBreak() {
        if (out.length() > 0) {
            pendingBreak = Math.min(2, pendingBreak + 1);
        }
    }

    private void breakAtLeast(int newlines) {
        pendingBreak = Math.max(pendingBreak, newlines);
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    private String finish() {
        trimTrailingSpaces();
        return out.toString().strip();
    }
}
