package quizbot.generate;

import static quizbot.generate.NameWords.CONNECTORS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The article-wide settling of what each name names: its owner, a longer typed name it is part of
 * ("Putin" is "Vladimir Putin"), or the name its acronym stands for ("ESA"). Stateless.
 */
final class NameOwners {

    private NameOwners() {
    }

    /**
     * The article-wide pass: a name whose words all belong to one person's name is that person
     * ("Diaz-Canel", "Putin"), likewise for one organisation's; the longest form names the entity.
     * The typed names are indexed by their words and initials, and a name's owner is found once per
     * written form, so the pass takes time in proportion to the names, not to their square.
     */
    static List<NameMention> settle(List<NameMention> mentions, Predicate<String> isTitle) {
        Map<String, NameMention> longestByEntity = new LinkedHashMap<>();
        for (NameMention mention : mentions) {
            if (mention.type() != NameType.NAME) {
                longestByEntity.merge(mention.entity(), mention, (a, b) -> b.text().length() > a.text().length() ? b : a);
            }
        }
        var typed = new TypedNames(longestByEntity.values(), isTitle);
        Map<String, Optional<NameMention>> ownerByForm = new HashMap<>();
        var settled = new ArrayList<NameMention>();
        for (NameMention mention : mentions) {
            NameMention owner = ownerByForm.computeIfAbsent(mention.type() + "\t" + mention.text(),
                    form -> Optional.ofNullable(typed.ownerOf(mention)).or(() -> Optional.ofNullable(typed.expansionOf(mention))))
                    .orElse(null);
            settled.add(owner == null ? mention : mention.typed(owner.type(), owner.entity(), owner.related()));
        }
        return typedAlike(settled);
    }

    /**
     * One sense per article: a name left unsure in one sentence ("Nehru met Singh") is of the type its other
     * mentions give it ("the then Prime Minister of India, Jawaharlal Nehru"), when they all give it the same.
     */
    private static List<NameMention> typedAlike(List<NameMention> mentions) {
        Map<String, NameType> typeByEntity = new HashMap<>();
        Map<String, NameMention> typedByEntity = new HashMap<>();
        for (NameMention mention : mentions) {
            if (mention.type() != NameType.NAME && mention.type() != NameType.TERM) {
                NameType before = typeByEntity.putIfAbsent(mention.entity(), mention.type());
                if (before != null && before != mention.type()) {
                    typeByEntity.put(mention.entity(), NameType.NAME);
                }
                typedByEntity.putIfAbsent(mention.entity(), mention);
            }
        }
        var alike = new ArrayList<NameMention>();
        for (NameMention mention : mentions) {
            NameType type = typeByEntity.get(mention.entity());
            boolean settle = mention.type() == NameType.NAME && type != null && type != NameType.NAME;
            NameMention typedOne = typedByEntity.get(mention.entity());
            alike.add(settle ? mention.typed(type, typedOne.entity(), typedOne.related()) : mention);
        }
        return alike;
    }

    /** Titles of courtesy, which say nothing of a post: "Mr. Putin" may be "President Vladimir Putin". */
    private static final Set<String> COURTESY = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame");

    /**
     * Whether a surname named under a post ("President Biden") and a full name under another title ("Dr. Jill Biden") are
     * two people. A post on the surname's side only: "Mr. Putin" and "Putin" are anyone of the name.
     */
    private static boolean titledApart(NameMention surname, NameMention fullName, Predicate<String> isTitle) {
        String post = titleBefore(surname, isTitle);
        String other = titleBefore(fullName, isTitle);
        return !post.isEmpty() && !COURTESY.contains(post) && !other.isEmpty() && !other.equals(post);
    }

    /** The title right before a mention in its sentence ("President", "Dr" of "Dr."), or "". */
    private static String titleBefore(NameMention mention, Predicate<String> isTitle) {
        String before = mention.sentence().text().substring(0, mention.start()).stripTrailing();
        String word = before.substring(before.lastIndexOf(' ') + 1).replaceFirst("\\.$", "");
        return !word.isEmpty() && isTitle.test(word) ? word : "";
    }

    /** The typed names of an article, each the longest form of its entity, in the order the entities first appear. */
    private static final class TypedNames {
        private static final Set<NameType> OWNER_TYPES = Set.of(NameType.PERSON, NameType.COMPANY, NameType.ORGANISATION, NameType.CLUB);

        /** The names that can own others, with their words, listed under each of their words. */
        private final Map<String, List<Owner>> ownersByWord = new HashMap<>();
        /** The names by their initials ("European Space Agency" under "ESA"). */
        private final Map<String, List<NameMention>> byInitials = new HashMap<>();

        private record Owner(NameMention mention, Set<String> words, String key) {
        }

        private final Predicate<String> isTitle;

        TypedNames(Iterable<NameMention> typed, Predicate<String> isTitle) {
            this.isTitle = isTitle;
            for (NameMention candidate : typed) {
                if (OWNER_TYPES.contains(candidate.type())) {
                    var owner = new Owner(candidate, candidate.words(), Gazetteer.key(candidate.text()));
                    owner.words().forEach(word -> ownersByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(owner));
                }
                byInitials.computeIfAbsent(initials(candidate.text()), initials -> new ArrayList<>()).add(candidate);
            }
        }

        private static String initials(String text) {
            return Arrays.stream(text.split("[\\s-]+"))
                    .filter(word -> !CONNECTORS.contains(word) && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)))
                    .map(word -> word.substring(0, 1))
                    .reduce("", String::concat);
        }

        /** The organisation an acronym stands for, when the article names it in full: "ESA" is the European Space Agency. */
        NameMention expansionOf(NameMention mention) {
            if (!mention.text().matches("\\p{Lu}{2,6}")) {
                return null;
            }
            for (NameMention candidate : byInitials.getOrDefault(mention.text(), List.of())) {
                if (!candidate.text().equals(mention.text())) {
                    return candidate;
                }
            }
            return null;
        }

        /**
         * The longest typed person or organisation name that contains all of this name's words (for an
         * organisation, as its first words: "Hallberg" is "Hallberg Logistics AG", "Space" is not the
         * "European Space Agency"), when every such name is part of it (so "Meridian" inside both "Meridian Cargo Inc." and
         * "Hallberg Meridian Group" stays unsure). Only the names listed under the name's rarest word are looked at: a
         * name that contains all its words is listed under each of them.
         */
        NameMention ownerOf(NameMention mention) {
            if (mention.type() != NameType.NAME && mention.type() != NameType.PERSON) {
                return null;
            }
            Set<String> words = mention.words();
            if (words.isEmpty()) {
                return null; // "V" of "George V", "I" of "World War I": nothing to look a name up by
            }
            List<Owner> listed = null;
            for (String word : words) {
                List<Owner> underWord = ownersByWord.getOrDefault(word, List.of());
                if (listed == null || underWord.size() < listed.size()) {
                    listed = underWord;
                }
            }
            String key = Gazetteer.key(mention.text());
            var containing = new ArrayList<Owner>();
            for (Owner candidate : listed) {
                NameMention name = candidate.mention();
                boolean sameKind = mention.type() == NameType.NAME || name.type() == mention.type();
                boolean startsAlike = name.type() == NameType.PERSON || candidate.key().startsWith(key);
                if (sameKind && startsAlike && name.text().length() > mention.text().length() && candidate.words().containsAll(words)
                        && !titledApart(mention, name, isTitle)) {
                    containing.add(candidate);
                }
            }
            Owner longest = containing.stream().max((a, b) -> Integer.compare(a.mention().text().length(), b.mention().text().length()))
                    .orElse(null);
            if (longest == null || !containing.stream().allMatch(other -> longest.words().containsAll(other.words()))) {
                return null;
            }
            return longest.mention();
        }
    }
}
