package quizbot.quiz;

/** A learner, known by the chat platform's user id; the name is what leaderboards show. */
public record User(long id, String name) {
    public User {
        if (name == null || name.isBlank()) {
            name = "user " + id;
        }
    }
}
