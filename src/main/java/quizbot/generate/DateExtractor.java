package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * Finds absolute dates by rule: day and month ("November 1", "1 November"), with or without the
 * year, month and year ("June 2017"), ranges ("from October 29 to November 2", "from 1 to 3
 * November"), and years in a date context ("since 1960", "in 2009", "the end of 2014"). For a year
 * with a qualifier the answer is the year and the qualifier stays in the question. Relative dates
 * ("two years ago", "the same year") are context, never answers, so they are not matched.
 * Stateless and thread-safe.
 */
final class DateExtractor {

    static final String MONTH_NAMES =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String MONTH =
            "(?<MONTH>January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAY = "(?<DAY>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final Pattern ORDINAL = Pattern.compile("\\d(?:st|nd|rd|th)\\b");
    private static final String YEAR = "(?<YEAR>1[0-9]{3}|20[0-9]{2})";

    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?(?![\\w-])");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\w-]|,\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern BARE_DAY = Pattern.compile("\\b" + DAY + "\\b");
    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:from|between)\\s+(?<FIRST>.{1,24}?)\\s+(?:to|and|until|till|through)\\s+(?<SECOND>[^,;.]{3,24})");
    /** A decade: "in the 1970s" (the answer is "1970s"; "the" stays in the question). */
    private static final Pattern DECADE = Pattern.compile("\\bthe\\s+(?:early\\s+|late\\s+|mid-)?(?<DECADE>1[0-9]{2}0s|20[0-9]0s)\\b");
    /** A year is a date when a date word stands before it; the year alone is the answer. */
    private static final Pattern CUED_YEAR = Pattern.compile(
            "\\b(?:in|since|by|until|till|from|to|of|during|before|after|around|circa|year|early|late|mid-?|"
                    + "spring|summer|autumn|fall|winter)\\s+" + YEAR + "(?![\\w-]|,\\d|\\.\\d|\\s*(?:%|percent|per cent))",
            Pattern.CASE_INSENSITIVE);

    List<Fact> extract(Sentence sentence) {
        String text = sentence.text();
        var facts = new ArrayList<Fact>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            DateRange value = range(range.group("FIRST"), range.group("SECOND"));
            if (value != null) {
                facts.add(new Fact(Kind.DATE, sentence, range.start("FIRST"), rangeEnd(text, range), value.text(), value));
            }
        }
        for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
            Matcher date = pattern.matcher(text);
            while (date.find()) {
                DateValue value = dayDate(date, pattern == DAY_MONTH ? DateValue.Style.DAY_MONTH : DateValue.Style.MONTH_DAY);
                facts.add(new Fact(Kind.DATE, sentence, date.start(), date.end(), date.group(), value));
            }
        }
        Matcher monthYear = MONTH_YEAR.matcher(text);
        while (monthYear.find()) {
            var value = new DateValue(Integer.parseInt(monthYear.group("YEAR")), month(monthYear.group("MONTH")), 0,
                    DateValue.Style.MONTH_YEAR);
            facts.add(new Fact(Kind.DATE, sentence, monthYear.start(), monthYear.end(), monthYear.group(), value));
        }
        Matcher decade = DECADE.matcher(text);
        while (decade.find()) {
            facts.add(new Fact(Kind.DATE, sentence, decade.start("DECADE"), decade.end("DECADE"), decade.group("DECADE"),
                    new DateValue(Integer.parseInt(decade.group("DECADE").substring(0, 4)), 0, 0, DateValue.Style.DECADE)));
        }
        Matcher year = CUED_YEAR.matcher(text);
        while (year.find()) {
            boolean opensSentence = year.start() == 0;
            if (opensSentence || !followedByCountedNoun(sentence, year.end("YEAR"))) {
                facts.add(new Fact(Kind.DATE, sentence, year.start("YEAR"), year.end("YEAR"), year.group("YEAR"),
                        DateValue.year(Integer.parseInt(year.group("YEAR")))));
            }
        }
        return Fact.withoutOverlaps(facts);
    }

    /**
     * "sent in 2000 soldiers" counts soldiers: a noun right after the number makes it a quantity,
     * except after a sentence-opening cue ("In 2015 floods destroyed the harbour").
     */
    private static boolean followedByCountedNoun(Sentence sentence, int end) {
        Token next = sentence.nextToken(end);
        return next != null && next.tag() == PosTag.NOUN && !next.isCapitalized();
    }

    /** The range ends where its second date does, not at the comma the range pattern stops at. */
    private static int rangeEnd(String text, Matcher range) {
        for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
            Matcher second = pattern.matcher(text).region(range.start("SECOND"), range.end());
            if (second.lookingAt()) {
                return second.end();
            }
        }
        return range.end();
    }


    /** A date or range written alone, as in an option ("November 3", "1 to 3 November", "June 2017", "2014"); null if none. */
    static FactValue parse(String text) {
        String[] ends = text.strip().split("\\s+to\\s+");
        if (ends.length == 2) {
            return range(ends[0], ends[1]);
        }
        DateValue day = parseDayDate(text);
        if (day != null && day.text().equals(text.strip())) {
            return day;
        }
        Matcher monthYear = MONTH_YEAR.matcher(text.strip());
        if (monthYear.matches()) {
            return new DateValue(Integer.parseInt(monthYear.group("YEAR")), month(monthYear.group("MONTH")), 0, DateValue.Style.MONTH_YEAR);
        }
        return text.strip().matches("1[0-9]{3}|20[0-9]{2}") ? DateValue.year(Integer.parseInt(text.strip())) : null;
    }

    /** Both ends of a range; the first may be a bare day whose month comes at the end ("1 to 3 November"). */
    private static DateRange range(String first, String second) {
        DateValue to = parseDayDate(second);
        if (to == null) {
            return null;
        }
        DateValue from = parseDayDate(first);
        boolean monthOnceAtEnd = false;
        if (from == null) {
            Matcher day = BARE_DAY.matcher(first);
            if (!day.matches()) {
                return null;
            }
            from = new DateValue(to.year(), to.month(), Integer.parseInt(day.group("DAY")), to.style());
            monthOnceAtEnd = true;
        }
        if (from.year() == 0 && to.year() != 0) {
            from = new DateValue(to.year(), from.month(), from.day(), from.style());
        }
        if (from.style() != to.style() || from.epochDay() >= to.epochDay()) {
            return null;
        }
        return new DateRange(from, to, monthOnceAtEnd);
    }

    private static DateValue parseDayDate(String text) {
        for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
            Matcher date = pattern.matcher(text.strip());
            if (date.lookingAt()) {
                return dayDate(date, pattern == DAY_MONTH ? DateValue.Style.DAY_MONTH : DateValue.Style.MONTH_DAY);
            }
        }
        return null;
    }

    private static DateValue dayDate(Matcher date, DateValue.Style style) {
        int year = date.group("YEAR") == null ? 0 : Integer.parseInt(date.group("YEAR"));
        String written = date.group();
        var form = new DateValue.Form(ORDINAL.matcher(written).find(), written.contains(" of "), date.group("MONTH").endsWith("."));
        return new DateValue(year, month(date.group("MONTH")), Integer.parseInt(date.group("DAY")), style, form);
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
