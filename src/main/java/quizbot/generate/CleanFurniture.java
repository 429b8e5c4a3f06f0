package quizbot.generate;

import java.util.regex.Pattern;

/**
 * Page furniture known by its shape, not by one site's wording: bylines, author bios, datelines,
 * breadcrumbs and section labels, captions and credits, share rows, related-article headings,
 * chart labels, the reference sections of an encyclopedia copy, and site names after a headline.
 * Stateless and thread-safe.
 */
final class CleanFurniture {

    private CleanFurniture() {
    }

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:(?:de|van|von|der|da|di|del|la|le|bin|al|el)\\s+)?" + NAME_WORD + "){1,3}";
    /** Roles that journalists and their pages carry. */
    private static final String ROLE = "(?i:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer"
            + "|photographer|photojournalist|critic|commentator|analyst|bureau chief|news desk|staff)s?";

    /** "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | Photographs by …". */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:(?:words|text|story|reporting|written)\\s+)?(?i:by)\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*"
                    + "(?:\\s*(?:[,|·•—–-]|\\bin\\b)\\s*[^.!?]{0,80})?\\.?$");
    /** "Jane Doe | Reporter", "Fiona MacLeod, Arts Correspondent", "Jane Doe, Staff Writer". */
    private static final Pattern NAME_AND_ROLE = Pattern.compile(
            "^" + NAME + "\\s*[,|·—–-]\\s*(?:[\\p{L}&-]+\\s+){0,4}" + ROLE + "(?:\\s*[,|]\\s*[^.!?]{0,40})?$");
    /** "Jane Doe is the Europe correspondent for …", "Jane Doe covers energy for …", "Jane Doe contributed reporting." */
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^" + NAME + "(?:,\\s*[^,]{1,40},)?\\s+(?:is|was|has been)\\s+(?:a|an|the|our)\\s+[^.]{0,80}?\\b" + ROLE + "\\b"
                    + "|^" + NAME + "\\s+(?:covers|reports on|writes about|writes on|reported from)\\s+[^.]{1,100}\\s+(?:for|at)\\s+"
                    + "|^" + NAME + "(?:\\s+(?:and|,)\\s+" + NAME + ")*\\s+contributed\\s+(?:reporting|to this (?:report|article|story))");
    private static final int MAX_BIO_WORDS = 50;

    /** "NAIROBI, Kenya —", "WASHINGTON (AP) —", "LONDON, 3 May (Reuters) -", "Nairobi (Reuters) -", "Harare (Zimbabwe) The …". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s*[\\p{L}\\d .'’]{1,40}?)?(?:\\s*\\([\\p{L} .&/-]{1,30}\\))?"
                    + "|\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(?:,\\s*[\\p{L}\\d .'’]{1,40}?)?\\s*\\((?:\\p{Lu}[\\p{L}]*\\s?){1,3}\\))"
                    + "\\s*(?:—|–|--?|:)\\s+(?=[\\p{Lu}\\d“\"‘'])"
                    + "|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2}\\s+\\((?:\\p{Lu}\\p{L}+\\s?){1,3}\\)\\s+(?=\\p{Lu}\\p{Ll})");

    /** "World | Europe", "Home > News > Science", "News › Ireland › Transport": a leading run of short labels. */
    private static final Pattern BREADCRUMB_PREFIX = Pattern.compile(
            "^(?:[\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+[\\p{L}&][\\p{L}&.'’-]*){0,2}\\s*[|›>»]\\s*)+");
    /** A whole line of labels between separators ("Markets · Economy · Data", "Expeditions / Antarctica / Big Walls"). */
    private static final Pattern LABEL_ROW = Pattern.compile(
            "^[\\p{L}\\d&.'’-]+(?:\\s+[\\p{L}\\d&.'’-]+){0,3}(?:(?:\\s*[|›>»·•]\\s*|\\s+/\\s+)[\\p{L}\\d&.'’-]+(?:\\s+[\\p{L}\\d&.'’-]+){0,3})+$");

    /** " - BBC News", " | Wikipedia", " — The Chronicle": a site name of 1–4 capitalised words after a headline. */
    private static final Pattern SITE_NAME = Pattern.compile(
            "\\s+[|–—-]\\s+\\p{Lu}[\\p{L}\\d.&'’]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'’]*|&|of|the|and|on)){0,3}$");

    /**
     * A caption or credit at the end of a line: "(Photo: …)", "Photo: X/Agency", "(AP Photo/…)", "/ Getty Images",
     * "Credit...X", or names alone after the last sentence ("… at the end of its lifespan. NASA/JPL",
     * "… measured by the radar. Jesse Allen, NASA Earth Observatory"): a caption, since prose ends in a stop.
     */
    /** A word of a credit line: a capitalised name, "NASA/JPL", or a joining word ("of", "and", "via"). */
    private static final String CREDIT_WORD = "(?:\\p{Lu}[\\p{L}\\d.’'/-]*,?|of|and|&|for|the|via|/)";
    private static final Pattern CREDIT_END = Pattern.compile(
            "(?:\\((?:[\\p{L}]+\\s+)?(?i:photo|photograph|image|picture|credit|illustration|video|file)s?\\b[^()]{0,80}\\)"
                    + "|\\b(?:Photo|Photograph|Image|Picture|Credit|Illustration)s?\\s*(?::|\\.{2,}|…|by)\\s*[^.!?]{1,80}"
                    + "|[/|]\\s*(?i:getty images|shutterstock|alamy|afp|reuters|ap|epa|pa|bloomberg|anadolu|xinhua|efe)(?:\\s+via\\s+[^.]{1,40})?"
                    + "|\\b(?:Getty Images|AP Photo|AFP Photo|Reuters/\\S+|EPA-EFE|Shutterstock)\\b[^.!?]{0,60})\\s*\\.?$"
                    + "|(?<=(?:\\p{Ll}{2}|\\d|\\))[.!?][”\"’)]?\\s)" + CREDIT_WORD + "(?:\\s+" + CREDIT_WORD + "){0,5}(?<![.,])$");

    /** A whole line that only furniture is: "Advertisement", "Supported by", "Continue reading", a share row. */
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "^(?:advertisement|ad|sponsored|supported by|continue reading.*|skip advertisement|story continues(?: below)?.*"
                    + "|scroll (?:down|to continue).*|(?:related|read more|see also|more on this|more from|also read|read also|watch|listen)\\s*:.*"
                    + "|from [\\p{L}]+, the free (?:encyclopedia|news source).*|(?:jump|skip) to (?:main )?(?:content|navigation|search).*|retrieved \\d.*"
                    + "|(?:chart|graph|graphic|table|figure|fig\\.|map|infographic|diagram)\\s*\\d*\\s*[:.].*"
                    + "|(?:(?:share|print|email|e-mail|save|bookmark|tweet|post|pin|copy link|comments?|gift(?: this)? article"
                    + "|facebook|twitter|whatsapp|linkedin|reddit|messenger|flipboard|telegram|x|\\d+)\\s*[|·•/,]?\\s*){1,12})$",
            Pattern.CASE_INSENSITIVE);

    /** A heading over a list of other stories: the short lines under it are headlines, not body text. */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?:related(?: (?:articles?|stories|coverage|content|topics|reading|links))?|read more|more on this(?: story| topic)?"
                    + "|more from .{1,30}|most (?:read|popular|viewed|shared)|recommended(?: for you)?|trending(?: now)?|top stories"
                    + "|latest(?: news| stories)?|you (?:may|might) (?:also )?like|editor'?s picks|what to read next|further reading"
                    + "|see also)\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** An encyclopedia's closing sections: nothing after them is body text. */
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "^(?:references|notes|notes and references|footnotes|citations|sources|bibliography|works cited|external links"
                    + "|further reading|see also)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A reference-list entry: "^ Jones, p. 12.", "^ a b Smith (1999)", "↑ …". */
    private static final Pattern REFERENCE_ENTRY = Pattern.compile("^(?:\\^|↑)\\s*(?:[a-z]\\s+)*\\S");

    /**
     * An encyclopedia's hatnote or revision banner: "\"X\" redirects here.", "For other uses, see …",
     * "This article is about …", "This is the current revision of this page, as edited by …".
     */
    private static final Pattern HATNOTE = Pattern.compile(
            "^(?:.{1,120}\\bredirects? here\\b|for [^.]{1,80}, see\\b|this article is about\\b|not to be confused with\\b"
                    + "|this is (?:the current|an old) revision of this page\\b"
                    + "|(?:main|further) (?:article|information)s?:|\\(?listen\\)?$)", Pattern.CASE_INSENSITIVE);

    /**
     * A bibliography entry or citation: "Singh, Bhagat (2009). Selected works. Big Red Oak. ISBN …",
     * any line citing an ISBN, or wiki template markup ("{{cite book …}}"), which is never prose.
     */
    private static final Pattern CITATION = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’-]+,\\s+\\p{Lu}[^()]{0,60}\\(\\s*(?:[^()]{0,20}\\s)?\\d{4}[a-z]?\\s*\\)\\.\\s"
                    + "|\\bISBN(?:-1[03])?:?\\s*[\\dX][\\dX -]{8,}|\\{\\{[^{}]{0,200}\\}?\\}?$|\\{\\{[^{}]*\\}\\}");

    static boolean isCitation(String line) {
        return CITATION.matcher(line).find();
    }

    static boolean isHatnote(String line) {
        return HATNOTE.matcher(line).lookingAt();
    }

    /** An encyclopedia copy's tagline under its headline. */
    private static final Pattern ENCYCLOPEDIA_TAGLINE = Pattern.compile(
            "^from [\\p{L}]+, the free (?:encyclopedia|news source).*$", Pattern.CASE_INSENSITIVE);

    static boolean isByline(String line) {
        return BYLINE.matcher(line).matches() || NAME_AND_ROLE.matcher(line).matches();
    }

    /** An author's short biography: a paragraph of a few dozen words that says who the writer is. */
    static boolean isAuthorBio(String paragraph) {
        return paragraph.split("\\s+").length <= MAX_BIO_WORDS && AUTHOR_BIO.matcher(paragraph).lookingAt();
    }

    static boolean endsInCredit(String line) {
        return CREDIT_END.matcher(line).find();
    }

    static boolean isWholeLineFurniture(String line) {
        return WHOLE_LINE.matcher(line).matches() || REFERENCE_ENTRY.matcher(line).lookingAt();
    }

    static boolean isRelatedHeading(String line) {
        return RELATED_HEADING.matcher(line).matches();
    }

    static boolean isReferencesHeading(String line) {
        return REFERENCES_HEADING.matcher(line).matches();
    }

    static boolean isEncyclopediaTagline(String line) {
        return ENCYCLOPEDIA_TAGLINE.matcher(line).matches();
    }

    /** The paragraph without a news agency's dateline opening it. */
    static String stripDateline(String paragraph) {
        var dateline = DATELINE.matcher(paragraph);
        return dateline.lookingAt() && paragraph.length() - dateline.end() > 20 ? paragraph.substring(dateline.end()) : paragraph;
    }

    /** The line without a leading breadcrumb ("World|Kenya’s …" → "Kenya’s …"), when words enough remain. */
    static String stripBreadcrumb(String line) {
        var crumb = BREADCRUMB_PREFIX.matcher(line);
        if (!crumb.lookingAt()) {
            return line;
        }
        String rest = line.substring(crumb.end()).strip();
        return rest.split("\\s+").length >= 4 && LOWER_CASE_WORD.matcher(rest).find() ? rest : line;
    }

    /** A row of labels: a breadcrumb, a menu, a section label ("World | Europe", "Home > News"). */
    static boolean isLabelRow(String line) {
        return LABEL_ROW.matcher(line).matches();
    }

    /**
     * Navigation by its shape: a row of labels between separators, a site's address, or a line of capitalised words
     * only (a menu "World Europe Politics Business", a section label "Science Space"), with no
     * lower-case word, no figure and no sentence end.
     */
    static boolean isNavigation(String line) {
        if (isLabelRow(line) || DOMAIN.matcher(line).matches()) {
            return true;
        }
        boolean letters = false;
        for (String word : line.split("\\s+")) {
            if (!word.matches(".*\\p{L}.*")) { // "&", "|", "▾"
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) || word.matches(".*[\\d!?:;,].*|.*\\p{Ll}\\.$")) {
                return false;
            }
            letters = true;
        }
        return letters;
    }

    /** A site's address standing for its name: "theguardian.com", "en.wikipedia.org". */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:[a-z\\d-]+\\.)+[a-z]{2,6}");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}");
    private static final Pattern DATE_OR_BYLINE_ROW = Pattern.compile(
            "(?:^|[|·•,—–]\\s*)(?i:by)\\s+\\p{Lu}|^\\d{1,4}[./-]\\d|\\b\\d{1,2}:\\d{2}\\b"
                    + "|^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}\\s+" + DateExtractor.MONTH_NAMES
                    + "|" + DateExtractor.MONTH_NAMES + "\\s+\\d{1,2}),?\\s+\\d{4}\\b");

    /** A line with a byline after a separator, a time of day, or opening with a date: a dateline row, not a headline. */
    static boolean isDateOrBylineRow(String line) {
        return DATE_OR_BYLINE_ROW.matcher(line).find();
    }

    /** The headline without the site's name after it ("… - BBC News", "… | Wikipedia"). */
    static String stripSiteName(String title) {
        var site = SITE_NAME.matcher(title);
        if (site.find() && title.substring(0, site.start()).split("\\s+").length >= 2) {
            return title.substring(0, site.start()).strip();
        }
        return title;
    }
}
