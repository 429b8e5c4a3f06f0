package quizbot.chat;

import java.util.ArrayList;
import java.util.List;

/** Replies with their slow work done in place, as the console does it: for tests that read what a chat finally gets. */
final class SlowWorkDone {

    private SlowWorkDone() {
    }

    static List<Reply> of(List<Reply> replies) {
        var done = new ArrayList<Reply>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Slow slow) {
                done.addAll(of(slow.work().get()));
            } else {
                done.add(reply);
            }
        }
        return done;
    }
}
