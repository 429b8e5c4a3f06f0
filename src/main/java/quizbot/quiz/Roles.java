package quizbot.quiz;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is who: admins are configured (their ids); admins grant and revoke the teacher role; users
 * are remembered when seen, so they can be named by @username. Thread-safe when the stores are.
 */
public final class Roles {

    private final Set<Long> admins;
    private final RoleStore teachers;
    private final UserStore users;
    private final Clock clock;
    private final Map<Long, User> lastSeen = new ConcurrentHashMap<>();

    public Roles(Set<Long> admins, RoleStore teachers, UserStore users, Clock clock) {
        this.admins = Set.copyOf(admins);
        this.teachers = teachers;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Remembers who talked to the bot, so admins can name them (by @username) and leaderboards show
     * their name; written only when new or changed since this process last saw them.
     */
    public void seen(User user) {
        if (!user.equals(lastSeen.put(user.id(), user))) {
            users.save(user);
        }
    }

    public boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    public boolean canTeach(long userId) {
        return isAdmin(userId) || teachers.isTeacher(userId);
    }

    /** Admins only: makes a user (by id or @username, who has talked to the bot) a teacher, or not. */
    public Outcome<User> setTeacher(User admin, String who, boolean teacher) {
        if (!isAdmin(admin.id())) {
            return Outcome.refused(new Refusal.AdminsOnly());
        }
        Optional<User> user = find(who);
        if (user.isEmpty()) {
            return Outcome.refused(new Refusal.UnknownUser(who));
        }
        boolean changed = teacher ? teachers.grantTeacher(user.get().id(), admin.id(), clock.instant())
                : teachers.revokeTeacher(user.get().id());
        return changed ? Outcome.done(user.get()) : Outcome.refused(new Refusal.RoleUnchanged(user.get(), teacher));
    }

    /** A user who has talked to the bot, by id or @username. */
    Optional<User> find(String who) {
        String name = who.strip();
        if (name.startsWith("@")) {
            return teachers.userByUsername(name.substring(1));
        }
        if (name.matches("\\d{1,18}")) {
            return users.user(Long.parseLong(name));
        }
        return Optional.empty();
    }

    /** Who loaded a set version, by name; null when it came from a command or start-up. */
    public String loaderName(StoredSet set) {
        return set.loadedBy() == null ? null : users.user(set.loadedBy()).map(User::name).orElse("user " + set.loadedBy());
    }
}
