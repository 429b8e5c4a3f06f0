package quizbot.generate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar date as written: any of year, month and day may be absent (0), and the style keeps
 * the form ("November 1" or "1 November", with or without the year) so a distractor can be
 * written in exactly the answer's form.
 */
record DateValue(int year, int month, int day, Style style) implements FactValue {

    enum Style { MONTH_DAY, DAY_MONTH, MONTH_YEAR, YEAR }

    static DateValue year(int year) {
        return new DateValue(year, 0, 0, Style.YEAR);
    }

    String text() {
        String monthName = month == 0 ? "" : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String yearSuffix = year == 0 ? "" : (style == Style.MONTH_DAY ? ", " : " ") + year;
        return switch (style) {
            case MONTH_DAY -> monthName + " " + day + yearSuffix;
            case DAY_MONTH -> day + " " + monthName + yearSuffix;
            case MONTH_YEAR -> monthName + " " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** Days since an arbitrary origin, for dates with month and day (year 2001 stands in when absent). */
    long epochDay() {
        return LocalDate.of(year == 0 ? 2001 : year, month, day).toEpochDay();
    }

    boolean hasDay() {
        return day != 0;
    }

    /** The same style moved by a number of days (or months, or years for coarser styles); null if impossible. */
    DateValue shifted(int steps) {
        try {
            return switch (style) {
                case MONTH_DAY, DAY_MONTH -> {
                    LocalDate moved = LocalDate.of(year == 0 ? 2001 : year, month, day).plusDays(steps);
                    if (year == 0 && moved.getYear() != 2001) {
                        yield null;
                    }
                    yield new DateValue(year == 0 ? 0 : moved.getYear(), moved.getMonthValue(), moved.getDayOfMonth(), style);
                }
                case MONTH_YEAR -> {
                    LocalDate moved = LocalDate.of(year, month, 1).plusMonths(steps);
                    yield new DateValue(moved.getYear(), moved.getMonthValue(), 0, style);
                }
                case YEAR -> year(year + steps);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String key() {
        return "date:" + year + "-" + month + "-" + day;
    }
}
