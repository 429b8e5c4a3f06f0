package quizbot.generate;

import java.util.Set;

/**
 * A name and what it names: the entity (one key for all its forms: "Putin" and "Vladimir Putin"),
 * its {@link NameType} (person, city, country, region, site, company, organisation, club, event, or name when unsure), and
 * the entities it is tied to (a capital's country, the country a seat of power stands for), none of
 * which may be a distractor for it.
 */
record Name(String entity, NameType type, Set<String> related) implements FactValue {

    Name {
        related = Set.copyOf(related);
    }

    boolean isTiedTo(Name other) {
        return entity.equals(other.entity) || related.contains(other.entity) || other.related.contains(entity)
                || related.stream().anyMatch(other.related::contains);
    }

    @Override
    public String key() {
        return "name:" + entity;
    }
}
