package quizbot.generate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A calendar date as written: any of year, month and day may be absent (0), and the style keeps
 * the form ("November 1" or "1 November", with or without the year) so a distractor can be
 * written in exactly the answer's form.
 */
record DateValue(int year, int month, int day, Style style, Form form) implements FactValue {

    enum Style { MONTH_DAY, DAY_MONTH, MONTH_YEAR, YEAR, DECADE }

    /** How the day and month are written: "9th of January" (ordinal, with "of"), "Sept. 4" (month abbreviated). */
    record Form(boolean ordinal, boolean of, boolean abbreviated) {
        static final Form PLAIN = new Form(false, false, false);
    }

    /** Abbreviations as news style writes them (AP): short months are never abbreviated. */
    private static final List<String> SHORT_MONTHS = List.of("Jan.", "Feb.", "March", "April", "May",
            "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    DateValue(int year, int month, int day, Style style) {
        this(year, month, day, style, Form.PLAIN);
    }

    static DateValue year(int year) {
        return new DateValue(year, 0, 0, Style.YEAR);
    }

    String text() {
        String monthName = month == 0 ? "" : form.abbreviated() ? SHORT_MONTHS.get(month - 1)
                : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String yearSuffix = year == 0 ? "" : (style == Style.MONTH_DAY ? ", " : " ") + year;
        String dayText = form.ordinal() ? day + ordinalSuffix(day) : Integer.toString(day);
        return switch (style) {
            case MONTH_DAY -> monthName + " " + dayText + yearSuffix;
            case DAY_MONTH -> dayText + (form.of() ? " of " : " ") + monthName + yearSuffix;
            case MONTH_YEAR -> monthName + " " + year;
            case YEAR -> Integer.toString(year);
            case DECADE -> year + "s";
        };
    }

    private static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
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
                    yield new DateValue(year == 0 ? 0 : moved.getYear(), moved.getMonthValue(), moved.getDayOfMonth(), style, form);
                }
                case MONTH_YEAR -> {
                    LocalDate moved = LocalDate.of(year, month, 1).plusMonths(steps);
                    yield new DateValue(moved.getYear(), moved.getMonthValue(), 0, style, form);
                }
                case YEAR -> year(year + steps);
                case DECADE -> new DateValue(year + 10 * steps, 0, 0, style, form);
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
