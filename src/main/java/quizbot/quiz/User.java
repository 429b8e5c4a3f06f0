package quizbot.quiz;

/**
 * A learner, known by the chat platform's user id; the name is what leaderboards show; the
 * username (may be null) lets an admin name them as {@code @username}.
 */
public record User(long id, String name, String username) {
    public User {
        if (name == null || name.isBlank()) {
            name = "user " + id;
        }
    }

    public User(long id, String name) {
        this(id, name, null);
    }
}
