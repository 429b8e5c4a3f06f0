package quizbot.quiz;

import java.util.Optional;

/**
 * Learners, by id; saving again updates the name, and the username when one is given (a save
 * without one keeps the known one). A username belongs to the user last saved with it, in any case:
 * saving it takes it from anyone else. Implementations are thread-safe.
 */
public interface UserStore {

    void save(User user);

    Optional<User> user(long userId);
}
