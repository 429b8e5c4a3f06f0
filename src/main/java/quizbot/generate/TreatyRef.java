package quizbot.generate;

/** A reference to a treaty or agreement: a known one from the gazetteer (may be null) and its name as asked. */
record TreatyRef(Gazetteer.Treaty known, String name) implements FactValue {

    @Override
    public String key() {
        return "treaty:" + (known != null ? known.id() : Gazetteer.key(name));
    }
}
