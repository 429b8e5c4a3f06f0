package quizbot.generate;

/** What a fact says, typed so distractors can be made in the same kind and form. */
sealed interface FactValue permits DateValue, DateRange, Amount, Name, TreatyRef {

    /** Identity of the fact: two facts with the same key are one fact (asked once). */
    String key();
}
