package quizbot.generate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** A name as found in one sentence, before the article-wide pass settles what it names. */
record NameMention(Sentence sentence, int start, int end, String text, boolean withThe, NameType type,
                   String entity, Set<String> related) {

    /** The mention as what the article-wide pass found it to be; a person's name never takes "the". */
    NameMention typed(NameType newType, String newEntity, Set<String> newRelated) {
        boolean the = withThe && newType != NameType.PERSON;
        int newStart = withThe && !the ? end - text.length() : start;
        return new NameMention(sentence, newStart, end, text, the, newType, newEntity, newRelated);
    }

    Set<String> words() {
        return new HashSet<>(Arrays.asList(Gazetteer.key(text).split("[\\s-]+")));
    }
}
