package quizbot.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Wrong figures for a figure: the article's own alike ones, then values near it in no pattern that points at the answer. Stateless. */
final class FigureDistractors {

    /**
     * How far generated figures lie from the answer, below and above by turns (a rotation by an odd stride keeps the turns,
     * so the first three lie on both sides): never a multiple of another, never the same step both ways.
     */
    private static final List<Double> RATIOS = List.of(0.72, 1.35, 0.86, 1.6, 0.6, 1.18, 0.79, 1.48, 0.66, 1.9, 0.54, 1.27);
    private static final List<BigDecimal> SIMPLE_FACTORS = List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(5), BigDecimal.TEN);
    /** For a whole number under ten: "3 of the judges", "two rounds". */
    private static final List<Integer> SMALL_STEPS = List.of(1, -1, 2, 3, -2, 4, 5);
    /** "1600 million" is no way to write an amount: with a scale word the number stays under 1,000. */
    private static final Pattern SCALED = Pattern.compile("\\b(?:thousand|million|billion|trillion|lakh|crore|bn|m|k)\\b");

    private FigureDistractors() {
    }

    /**
     * Other figures of the article in the same currency and wording first, the nearest in size
     * (within five times either way, so "$50 billion" is no distractor for "$500 million"); then
     * values near the answer, written as round as it is, above and below it in an order that
     * depends on the answer, so neither a pattern (×2, ×10, ½ of one value) nor the middle place
     * points at the answer.
     */
    static List<Amount> candidates(Amount answer, Fact fact, ArticleFacts article) {
        var fromArticle = new ArrayList<Amount>();
        double size = answer.number().doubleValue();
        for (Fact other : article.ofKind(ArticleFacts.amountGroup(answer), fact)) {
            if (other.value() instanceof Amount amount && amount.prefix().equals(answer.prefix())
                    && amount.suffix().equalsIgnoreCase(answer.suffix()) && amount.number().signum() > 0
                    && Math.abs(Math.log(amount.number().doubleValue() / size)) <= Math.log(5)) {
                fromArticle.add(amount);
            }
        }
        fromArticle.sort(Comparator.comparingDouble(amount -> Math.abs(Math.log(amount.number().doubleValue() / size))));
        var generated = new ArrayList<Amount>();
        boolean scaled = SCALED.matcher(answer.suffix()).find();
        boolean underTen = answer.number().compareTo(BigDecimal.TEN) < 0;
        boolean small = underTen && !scaled && answer.number().stripTrailingZeros().scale() <= 0; // "3 judges", not "€ 1 billion"
        // a whole number under 100 is moved to whole numbers, not to its significant digits ("10-year": 7, 14, 9, not 7, 8, 9, 20)
        boolean wholeUnderHundred = answer.number().stripTrailingZeros().scale() <= 0 && answer.number().compareTo(BigDecimal.valueOf(100)) < 0
                || answer.ordinal(); // a rank is whole however large: "the 106th amendment", never "76.3th"
        var roundness = new MathContext(significantDigits(answer.number()), RoundingMode.HALF_UP);
        List<Double> ratios = Orders.rotated(RATIOS, answer.text());
        List<Integer> steps = Orders.rotated(SMALL_STEPS, answer.text());
        for (int i = 0; i < ratios.size(); i++) {
            BigDecimal moved = small ? answer.number().add(BigDecimal.valueOf(steps.get(i % steps.size())))
                    : underTen && scaled ? answer.number().multiply(BigDecimal.valueOf(ratios.get(i))).setScale(1, RoundingMode.HALF_UP) // "€ 1.3 billion"
                    : wholeUnderHundred ? answer.number().multiply(BigDecimal.valueOf(ratios.get(i))).setScale(0, RoundingMode.HALF_UP)
                    : answer.number().multiply(BigDecimal.valueOf(ratios.get(i))).round(roundness);
            boolean readable = !scaled || moved.compareTo(BigDecimal.valueOf(1000)) < 0;
            BigDecimal mirrored = answer.number().multiply(BigDecimal.valueOf(2)).subtract(moved); // 30 and 70 around 50
            boolean symmetric = generated.stream().anyMatch(other -> other.number().compareTo(mirrored) == 0);
            if (readable && !symmetric && !isSimpleMultiple(moved, answer.number()) && moved.compareTo(answer.number()) != 0) {
                generated.add(answer.withNumber(moved));
            }
        }
        generated.removeIf(amount -> amount.number().signum() <= 0
                || answer.ceiling() != null && amount.number().compareTo(answer.ceiling()) >= 0);
        return Orders.interleave(fromArticle, generated);
    }

    /** Whether rounding made the value ×2, ×5, ×10, ½, ⅕ or ⅒ of the answer (1,000 × 0.54 → 500): a pattern that points at it. */
    private static boolean isSimpleMultiple(BigDecimal value, BigDecimal answer) {
        return SIMPLE_FACTORS.stream().anyMatch(factor -> answer.multiply(factor).compareTo(value) == 0
                || value.multiply(factor).compareTo(answer) == 0);
    }

    /** How round a figure is written: 642,000 has 3 significant digits, 22 has 2, 1.5 has 2 (at least 1, at most 3). */
    private static int significantDigits(BigDecimal number) {
        return Math.max(1, Math.min(3, number.stripTrailingZeros().precision()));
    }
}
