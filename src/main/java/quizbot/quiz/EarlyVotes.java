package quizbot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Votes on polls whose Telegram id the adapter has not reported yet, held briefly for {@link GroupQuizzes}: at most
 * {@code most} of them (the oldest go first beyond that), each for {@code hold}. Not thread-safe: the group quizzes
 * guard it with its own lock.
 */
final class EarlyVotes {

    /** A vote on a poll whose id had not been reported yet, with when it came. */
    record Vote(User member, String pollId, List<Integer> optionIds, Instant at) {
    }

    private final int most;
    private final Duration hold;
    /** Oldest first. */
    private final Deque<Vote> votes = new ArrayDeque<>();

    EarlyVotes(int most, Duration hold) {
        this.most = most;
        this.hold = hold;
    }

    /** Holds the vote; a retraction (no option) is not kept: it only cancels the member's held vote on that poll. */
    void hold(Vote vote) {
        dropStale(vote.at());
        if (vote.optionIds().isEmpty()) {
            votes.removeIf(held -> held.pollId().equals(vote.pollId()) && held.member().id() == vote.member().id());
            return;
        }
        while (votes.size() >= most) {
            votes.removeFirst();
        }
        votes.addLast(vote);
    }

    /** The held votes on that poll, oldest first, taken out of the buffer. */
    List<Vote> take(String pollId, Instant now) {
        dropStale(now);
        var taken = new ArrayList<Vote>();
        for (Iterator<Vote> held = votes.iterator(); held.hasNext(); ) {
            Vote vote = held.next();
            if (vote.pollId().equals(pollId)) {
                taken.add(vote);
                held.remove();
            }
        }
        return taken;
    }

    /** How many votes are held now (those older than the hold period are dropped first). */
    int size(Instant now) {
        dropStale(now);
        return votes.size();
    }

    /** The buffer is in arrival order, so the stale votes are at its head. */
    private void dropStale(Instant now) {
        Instant oldestKept = now.minus(hold);
        while (!votes.isEmpty() && votes.peekFirst().at().isBefore(oldestKept)) {
            votes.removeFirst();
        }
    }
}
