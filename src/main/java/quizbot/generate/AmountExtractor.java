package quizbot.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.questions.Kind;

/**
 * Finds money and figures by rule: a currency sign or code before the number ("$ 50 million",
 * "over € 1 billion", "€1.2bn", "US$ 3m"), a currency word after it ("2 billion dollars", "132
 * billion gold marks"), percentages ("35 percent", "5%"), and counted quantities, a number with
 * the noun it counts or its unit ("61,500 spectators", "410 kilometres", "215 km/h"), and shares of a
 * whole ("138 of the 300 seats"). Qualifiers such as "over"
 * stay in the question, outside the answer. Years and parts of dates are left to the date rules.
 * Stateless and thread-safe.
 */
final class AmountExtractor {

    private static final String NUMBER = "(?<NUMBER>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(?:thousand|million|billion|trillion|lakh|crore|bn|m|k)\\b)?";
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?<PREFIX>(?:US|A|C|NZ|HK)?[$€£¥₽₹]\\s?|(?:USD|EUR|GBP|RUB|CHF|JPY|CNY)\\s)" + NUMBER
                    + "(?<SUFFIX>" + SCALE + ")");
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "\\b" + NUMBER + "(?<SUFFIX>" + SCALE + "\\s(?:(?:gold|US|Swiss|Hong Kong)\\s)?"
                    + "(?:dollars?|euros?|pounds?(?: sterling)?|rubles?|roubles?|yuan|yen|francs?|marks?|pesos?|rupees?|"
                    + "krona|kronor|kroner|crowns?)\\b)");
    private static final Pattern PERCENT = Pattern.compile(
            "\\b" + NUMBER + "(?<SUFFIX>\\s?%|\\s(?:percent|per cent)\\b)");
    /** A people counted by its name's shape: "130 million Americans", "2,000 Europeans", "300 Japanese". */
    private static final String PEOPLE = "\\p{Lu}\\p{Ll}+(?:ans|ese)";
    /** A counted quantity; a number right after a capitalised word is a model name ("Ariane 6 rocket"), not a count. */
    /** A number with an abbreviated unit: "215 km/h", "480 mm", "3.5 kg", "12 °C", "94 GHz", "9.8 m/s2". */
    private static final Pattern UNIT = Pattern.compile("\\b" + NUMBER
            + "(?<SUFFIX>\\s?(?:km/h|km/s|m/s2|m/s²|m/s|mph|km²|km2|m²|m2|km|kg|mm|cm|m|kWh|kW|MW|GW|GB|TB|ha|°C|°F|GHz|MHz|kHz|Hz))"
            + "(?![\\w/²])");
    /** A measure written as an adjective: "a 2,731-metre tower", "a 41-kilometre fjord", "a 10-year deal" (not "41-year-old"). */
    private static final Pattern HYPHENATED = Pattern.compile("\\b" + NUMBER + "(?<SUFFIX>-(?:metre|meter|kilometre|kilometer|mile|"
            + "foot|tonne|ton|year|month|week|day|hour|minute|storey|story|seat|bed|page|point|member|nation|mile)s?)\\b(?!-)");
    /** A share of a whole: "138 of the 300 seats", "3 of 5 races". */
    private static final Pattern OUT_OF = Pattern.compile(
            "\\b" + NUMBER + "(?<SUFFIX> of (?:the |its |their )?(?<TOTAL>\\d{1,3}(?:,\\d{3})*) [a-z][a-z-]+)\\b");
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\w$€£¥₽₹.,/-])(?<NAME>\\p{Lu}[\\p{L}-]{0,30}\\s)?" + NUMBER + "(?<SCALE>\\s(?:thousand|million|billion))?\\s(?<OTHER>other\\s)?(?<NOUN>[a-z][a-z-]+|" + PEOPLE + ")\\b");
    /**
     * A count spelled out, two to ninety-nine: "seven other countries", "two actions", "forty-six teams"; not after "the",
     * "these", "all" (things already counted: "the two insurers"), and not of time or of vague things ("two years later", "two ways").
     */
    private static final Pattern SPELLED_COUNT = Pattern.compile("(?<![\\w-])(?<NUMBER>(?i:two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))\\s(?<OTHER>other\\s)?(?<NOUN>[a-z][a-z-]+)\\b");
    /** "the 39th country": a rank of one to three digits, its ending, and the lower-case noun it ranks. */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\w$€£¥₽₹.,/-])(?<NUMBER>\\d{1,3})(?:st|nd|rd|th)\\s(?<NOUN>[a-z][a-z-]+)\\b");
    private static final Set<String> VAGUE_COUNTS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
            "centuries", "times", "ways", "things", "people", "others", "guys", "halves", "thirds", "quarters", "fifths", "tenths");
    /** Capitalised words before a count that are no model's name: "The 72 teams", "Over 600 students". */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "All", "Some", "Only", "Over", "About", "Nearly", "Almost",
            "Around", "Roughly", "More", "Fewer", "Just", "Another", "Its", "Their", "His", "Her", "Our", "These", "Those", "In", "On",
            "At", "By", "For", "With", "Of", "From", "And", "But");

    /** Words that never make a number a counted quantity ("3 of them", "5 to 7"). */
    private static final Set<String> NOT_COUNTED = Set.of("of", "to", "and", "or", "in", "on", "at", "per", "the", "a",
            "by", "from", "for", "with", "was", "were", "is", "are", "has", "had", "percent", "times", "st", "nd", "rd", "th");

    List<Fact> extract(Sentence sentence) {
        String text = sentence.text();
        var facts = new ArrayList<Fact>();
        find(sentence, CURRENCY_BEFORE, true, facts);
        find(sentence, CURRENCY_AFTER, true, facts);
        find(sentence, PERCENT, false, facts);
        find(sentence, OUT_OF, false, facts);
        find(sentence, UNIT, false, facts);
        find(sentence, HYPHENATED, false, facts);
        counts(sentence, COUNT, facts);
        counts(sentence, SPELLED_COUNT, facts);
        ranks(sentence, facts);
        return Fact.withoutOverlaps(facts);
    }

    /** Ranks: an ordinal before the common noun it ranks ("the 39th country to sign", "its 30th anniversary"), not a century. */
    private static void ranks(Sentence sentence, List<Fact> facts) {
        Matcher rank = ORDINAL.matcher(sentence.text());
        while (rank.find()) {
            Token noun = sentence.nextToken(rank.start("NOUN"));
            if (noun != null && noun.tag() == PosTag.NOUN && !rank.group("NOUN").matches("century|centuries|millennium")) {
                var value = new Amount("", new BigDecimal(rank.group("NUMBER")), " " + rank.group("NOUN"), false, false, null, false, true);
                facts.add(fact(sentence, rank.start(), rank.end(), value));
            }
        }
    }

    /** Counted quantities: a number, or a spelled one, and the noun it counts. */
    private static void counts(Sentence sentence, Pattern pattern, List<Fact> facts) {
        String text = sentence.text();
        Matcher count = pattern.matcher(text);
        while (count.find()) {
            String noun = count.group("NOUN");
            boolean spelled = pattern == SPELLED_COUNT;
            boolean modelName = !spelled && count.group("NAME") != null && !OPENERS.contains(count.group("NAME").strip()); // "an Ariane 6 rocket"
            String scale = spelled ? null : count.group("SCALE");
            int nounStart = countedNoun(sentence, count.start("NOUN"));
            if (modelName || NOT_COUNTED.contains(noun) || nounStart < 0 || isYear(count.group("NUMBER"), scale)
                    || spelled && (VAGUE_COUNTS.contains(noun) || text.substring(0, count.start()).matches("(?s).*\\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\\s"))) {
                continue;
            }
            int end = compoundEnd(sentence, nounStart);
            String counted = (count.group("OTHER") == null ? "" : "other ") + text.substring(count.start("NOUN"), end);
            String suffix = (scale == null ? "" : scale) + " " + counted;
            String number = spelled ? String.valueOf(Amount.spelledNumber(count.group("NUMBER")).orElseThrow()) : count.group("NUMBER");
            facts.add(fact(sentence, count.start("NUMBER"), end, amount("", number, suffix, false, spelled)));
        }
    }

    private static void find(Sentence sentence, Pattern pattern, boolean money, List<Fact> facts) {
        Matcher matcher = pattern.matcher(sentence.text());
        while (matcher.find()) {
            String prefix = pattern == CURRENCY_BEFORE ? matcher.group("PREFIX") : "";
            Amount amount = amount(prefix, matcher.group("NUMBER"), matcher.group("SUFFIX"), money, false);
            if (pattern == OUT_OF) {
                amount = amount.withCeiling(new BigDecimal(matcher.group("TOTAL").replace(",", "")));
            }
            facts.add(fact(sentence, matcher.start(), matcher.end(), amount));
        }
    }

    private static Amount amount(String prefix, String number, String suffix, boolean money, boolean spelled) {
        var value = new Amount(prefix, new BigDecimal(number.replace(",", "")), suffix, number.contains(","), money, null, spelled, false);
        return value.isPercent() ? value.withCeiling(BigDecimal.valueOf(100)) : value;
    }

    private static boolean isYear(String number, String scale) {
        return scale == null && number.matches("(1[0-9]{3}|20[0-9]{2})");
    }

    /**
     * Where the noun a number counts starts: at the offset, or after one adjective ("40,000 new jobs", "99 smaller river
     * basins"); -1 when no noun is counted there.
     */
    private static int countedNoun(Sentence sentence, int offset) {
        Token word = sentence.nextToken(offset);
        if (word != null && word.tag() == PosTag.ADJ) {
            Token noun = sentence.nextToken(word.end());
            return noun != null && noun.tag() == PosTag.NOUN && noun.text().matches("[a-z][a-z-]+") ? offset : -1;
        }
        return word != null && (word.tag() == PosTag.NOUN || word.text().matches(PEOPLE)) ? offset : -1;
    }


    /**
     * Where the counted noun ends: a noun that modifies the next ("20 river units", "642,000
     * manufacturing jobs") is part of it, up to three nouns in all.
     */
    private static int compoundEnd(Sentence sentence, int nounStart) {
        List<Token> tokens = sentence.tokens();
        int index = sentence.tokenFrom(nounStart);
        if (tokens.get(index).tag() == PosTag.ADJ) {
            index++; // the adjective is a word of the counted noun
        }
        int last = index;
        while (last + 1 < tokens.size() && last - index < 2 && tokens.get(last + 1).tag() == PosTag.NOUN
                && tokens.get(last + 1).text().matches("[a-z][a-z-]+") && tokens.get(last + 1).start() == tokens.get(last).end() + 1) {
            last++;
        }
        return tokens.get(last).end();
    }

    private static Fact fact(Sentence sentence, int start, int end, Amount value) {
        return new Fact(value.money() ? Kind.MONEY : Kind.NUMBER, sentence, start, end, value.text(), value);
    }
}
