package quizbot.generate;

import java.util.Random;

/** Long synthetic articles for the budget tests and the scaling benchmark: distinct sentences, or one run-on sentence. */
final class LongTexts {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] SYLLABLES = {"ka", "lor", "ven", "mi", "thar", "sel", "dun", "bra", "quo", "nes", "rik",
            "ta", "mon", "gal", "fe", "zir", "hol", "ein", "pra", "lu", "vosk", "an", "ber", "cy"};
    private static final String[] FIRST_NAMES = {"Anna", "David", "Maria", "John", "Elena", "Peter", "Laura", "Thomas",
            "Sofia", "Michael", "Clara", "Daniel"};
    private static final String[] COMMON = {"the", "committee", "met", "again", "and", "discussed", "plans", "for",
            "harbour", "new", "road", "school", "river", "market", "town", "people", "said", "would", "build", "after",
            "winter", "old", "bridge", "council", "workers", "village", "farmers", "water", "price", "rose"};

    private LongTexts() {
    }

    /** Paragraphs of five distinct sentences each, with dates, figures, money, people, organisations and places. */
    static String article(int words, long seed) {
        var random = new Random(seed);
        var text = new StringBuilder("A long report on the towns of the northern valley\n\n");
        int written = 0;
        while (written < words) {
            var paragraph = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                String sentence = sentence(random);
                written += sentence.split(" ").length;
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
            }
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        String person = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + name(random);
        String place = name(random);
        String month = MONTHS[random.nextInt(12)];
        int year = 1900 + random.nextInt(120);
        return switch (random.nextInt(5)) {
            case 0 -> "On " + month + " " + (1 + random.nextInt(28)) + ", " + year + ", " + person + " of the " + place
                    + " Council announced a grant of $ " + (2 + random.nextInt(90)) + " million for " + (10 + random.nextInt(900))
                    + " schools in " + name(random) + ".";
            case 1 -> "The " + place + " Museum was founded in " + year + " by " + person + ", a local historian.";
            case 2 -> person + " said the " + name(random) + " bridge had cost " + (5 + random.nextInt(60))
                    + " percent more than planned in " + month + " " + year + ".";
            case 3 -> "In " + year + " the " + name(random) + " Railways company opened a line of " + (20 + random.nextInt(400))
                    + " kilometres between " + place + " and " + name(random) + ".";
            default -> "The " + COMMON[random.nextInt(COMMON.length)] + " " + COMMON[random.nextInt(COMMON.length)]
                    + " met again in the spring and discussed the plans for the " + COMMON[random.nextInt(COMMON.length)]
                    + " near " + place + ".";
        };
    }

    /** One sentence of the given length with no full stop until its end; with commas every dozen words or none. */
    static String runOn(int words, boolean commas) {
        var random = new Random(words);
        var text = new StringBuilder("The " + name(random) + " Council and " + FIRST_NAMES[0] + " " + name(random));
        for (int i = 0; i < words; i++) {
            String word = switch (random.nextInt(12)) {
                case 0 -> name(random);
                case 1 -> String.valueOf(10 + random.nextInt(900));
                case 2 -> "in " + (1900 + random.nextInt(120));
                default -> COMMON[random.nextInt(COMMON.length)];
            };
            text.append(commas && i % 12 == 11 ? ", " : " ").append(word);
        }
        return text.append(".\n").toString();
    }

    /** A capitalised made-up word of two or three syllables: names that do not repeat across the article. */
    private static String name(Random random) {
        var word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
