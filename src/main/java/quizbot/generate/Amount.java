package quizbot.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A figure as written: what stands before the number (a currency sign and its spacing, "$ ",
 * "€"), the number, and what follows (a scale and unit: " billion", " million dollars", "%",
 * " percent", " spectators"). A distractor keeps prefix and suffix and changes only the number, so
 * it has the answer's currency and wording. Money when a currency is named, else a figure. A share
 * has a ceiling no distractor may pass (100 for a percentage, 300 in "138 of the 300 seats"); null when none.
 */
record Amount(String prefix, BigDecimal number, String suffix, boolean grouped, boolean money, BigDecimal ceiling)
        implements FactValue {

    String text() {
        return prefix + format(number) + suffix;
    }

    String format(BigDecimal value) {
        var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        var format = new DecimalFormat(grouped ? "#,##0.##" : "0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    Amount withNumber(BigDecimal value) {
        return new Amount(prefix, value, suffix, grouped, money, ceiling);
    }

    Amount withCeiling(BigDecimal value) {
        return new Amount(prefix, number, suffix, grouped, money, value);
    }

    boolean isPercent() {
        return suffix.strip().startsWith("%") || suffix.strip().startsWith("per");
    }

    @Override
    public String key() {
        return "amount:" + prefix.strip() + number.stripTrailingZeros().toPlainString() + suffix.strip().toLowerCase(Locale.ROOT);
    }
}
