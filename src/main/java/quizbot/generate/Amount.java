package quizbot.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure as written: what stands before the number (a currency sign and its spacing, "$ ",
 * "€"), the number, and what follows (a scale and unit: " billion", " million dollars", "%",
 * " percent", " spectators"). A distractor keeps prefix and suffix and changes only the number, so
 * it has the answer's currency and wording. Money when a currency is named, else a figure. A share
 * has a ceiling no distractor may pass (100 for a percentage, 300 in "138 of the 300 seats"); null when none.
 * A count the article spells out ("seven other countries") is written in words, its distractors too; a rank written as an
 * ordinal ("the 39th country") keeps its ending, fitted to each number ("41st", "42nd").
 */
record Amount(String prefix, BigDecimal number, String suffix, boolean grouped, boolean money, BigDecimal ceiling, boolean spelled,
        boolean ordinal) implements FactValue {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /** A whole number under a hundred written in words ("seven", "forty-six"), else its number. */
    static Optional<Integer> spelledNumber(String word) {
        String[] parts = word.toLowerCase(Locale.ROOT).split("-");
        int tens = TENS.indexOf(parts[0]);
        if (parts.length == 1) {
            return UNITS.contains(parts[0]) ? Optional.of(UNITS.indexOf(parts[0])) : tens >= 2 ? Optional.of(10 * tens) : Optional.empty();
        }
        int unit = UNITS.indexOf(parts[1]);
        return parts.length == 2 && tens >= 2 && unit >= 1 && unit <= 9 ? Optional.of(10 * tens + unit) : Optional.empty();
    }

    String text() {
        return prefix + format(number) + suffix;
    }

    String format(BigDecimal value) {
        if (spelled && value.scale() <= 0 && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) < 0) {
            int whole = value.intValue();
            return whole < 20 ? UNITS.get(whole) : TENS.get(whole / 10) + (whole % 10 == 0 ? "" : "-" + UNITS.get(whole % 10));
        }
        var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        var format = new DecimalFormat(grouped ? "#,##0.##" : "0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value) + (ordinal ? ordinalEnding(value.intValue()) : "");
    }

    /** "st", "nd", "rd" or "th" for a whole number: 1st, 22nd, 13th, 39th. */
    static String ordinalEnding(int number) {
        int lastTwo = number % 100;
        int last = number % 10;
        return lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    }

    Amount withNumber(BigDecimal value) {
        return new Amount(prefix, value, suffix, grouped, money, ceiling, spelled, ordinal);
    }

    Amount withCeiling(BigDecimal value) {
        return new Amount(prefix, number, suffix, grouped, money, value, spelled, ordinal);
    }

    boolean isPercent() {
        return suffix.strip().startsWith("%") || suffix.strip().startsWith("per");
    }

    @Override
    public String key() {
        return "amount:" + prefix.strip() + number.stripTrailingZeros().toPlainString() + (ordinal ? "th" : "")
                + suffix.strip().toLowerCase(Locale.ROOT);
    }
}
