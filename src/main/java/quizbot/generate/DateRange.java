package quizbot.generate;

/**
 * A span of days as written, "from 1 to 3 November" or "October 29 to November 2": asked about as a
 * whole, and used to rule out distractors that fall inside it (the visit ran 1–3 November, so
 * "November 3" is no wrong answer to when it started).
 */
record DateRange(DateValue from, DateValue to, boolean monthOnceAtEnd) implements FactValue {

    String text() {
        if (monthOnceAtEnd) {
            return from.day() + " to " + to.text();
        }
        return from.text() + " to " + to.text();
    }

    boolean contains(DateValue date) {
        if (!date.hasDay()) {
            return false;
        }
        long day = new DateValue(date.year() == 0 ? from.year() : date.year(), date.month(), date.day(), date.style()).epochDay();
        return day >= from.epochDay() && day <= to.epochDay();
    }

    boolean overlaps(DateRange other) {
        return from.epochDay() <= other.to.epochDay() && other.from.epochDay() <= to.epochDay();
    }

    /** The same length and form moved by whole days; null when it would leave the year or change form. */
    DateRange shifted(int days) {
        DateValue movedFrom = from.shifted(days);
        DateValue movedTo = to.shifted(days);
        if (movedFrom == null || movedTo == null || (monthOnceAtEnd && movedFrom.month() != movedTo.month())) {
            return null;
        }
        return new DateRange(movedFrom, movedTo, monthOnceAtEnd);
    }

    @Override
    public String key() {
        return "range:" + from.key() + "/" + to.key();
    }
}
