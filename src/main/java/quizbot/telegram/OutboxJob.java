package quizbot.telegram;

import java.io.Serializable;

/** A queued call and how often it failed so far. Guarded by the outbox lock or owned by its worker. */
final class OutboxJob<T extends Serializable> {
    final Outgoing<T> outgoing;
    int failedAttempts;
    int floodWaits;
    /** An attempt's outcome was unknown: a refusal of a later attempt may mean that one landed. */
    boolean mayHaveLanded;

    OutboxJob(Outgoing<T> outgoing) {
        this.outgoing = outgoing;
    }
}
