package quizbot.quiz;

import java.util.Optional;

/** Learners, by id; saving again updates the name. Implementations are thread-safe. */
public interface UserStore {

    void save(User user);

    Optional<User> user(long userId);
}
