package quizbot.chat;

/**
 * Who a command is meant for, from the least to the most privileged: each role may use the commands
 * of the roles before it. It decides what /help shows; the quiz rules still check every privileged
 * request themselves and refuse it with a reason.
 */
public enum Role {
    LEARNER, TEACHER, ADMIN;

    /** True when someone of this role may use a command meant for {@code role}. */
    boolean covers(Role role) {
        return compareTo(role) >= 0;
    }
}
