package quizbot.quiz;

import java.time.Instant;
import java.util.Optional;

/** Who is a teacher, and users by their username: what {@link Roles} needs of the class store. Thread-safe. */
public interface RoleStore {

    boolean isTeacher(long userId);

    /** Makes the user a teacher; false if they were one already. */
    boolean grantTeacher(long userId, long grantedBy, Instant at);

    /** Takes the role away; false if they had none. */
    boolean revokeTeacher(long userId);

    /** A user who has talked to the bot, by their username (without "@", any case). */
    Optional<User> userByUsername(String username);
}
