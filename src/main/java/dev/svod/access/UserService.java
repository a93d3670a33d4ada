package dev.svod.access;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Creating, changing and signing in users. */
@Singleton
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Checked against when the user does not exist, so a wrong name takes as long as a wrong password. */
    private final String unknownUserHash;

    public UserService(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.unknownUserHash = hasher.hash("no-such-user-" + System.nanoTime());
    }

    public User create(String username, String password, Role role, @Nullable String createdBy) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccessException(400, "invalid_username",
                    "Имя пользователя: от 2 до 64 строчных латинских букв, цифр, точек, дефисов и подчёркиваний.");
        }
        User user = new User(username, hasher.hash(password == null ? "" : password), role, false, clock.instant(), createdBy);
        try {
            users.insert(user);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new AccessException(409, "user_exists", "Пользователь «" + username + "» уже есть.");
            }
            throw e;
        }
        return user;
    }

    /**
     * Changes role, disabled flag or password; null leaves a field as it is. An admin cannot disable or demote
     * themselves, so the last admin cannot lock everyone out by a slip.
     */
    public User update(String username, @Nullable Role role, @Nullable Boolean disabled, @Nullable String password,
                       String actor) {
        User user = users.find(username).orElseThrow(() -> unknown(username));
        if (username.equals(actor) && (Boolean.TRUE.equals(disabled) || (role != null && role != Role.ADMIN))) {
            throw new AccessException(400, "self_lockout", "Нельзя отключить себя или снять с себя роль администратора.");
        }
        User changed = user;
        if (role != null) {
            changed = changed.withRole(role);
        }
        if (disabled != null) {
            changed = changed.withDisabled(disabled);
        }
        if (password != null) {
            changed = changed.withPasswordHash(hasher.hash(password));
        }
        users.replace(changed);
        return changed;
    }

    /** The user with this name and password; one answer for unknown name and wrong password. */
    public User signIn(String username, String password) {
        User user = username == null ? null : users.find(username).orElse(null);
        boolean matches = hasher.matches(password == null ? "" : password, user == null ? unknownUserHash : user.passwordHash());
        if (user == null || !matches) {
            throw new AccessException(401, "invalid_credentials", "Неверное имя пользователя или пароль.");
        }
        if (user.disabled()) {
            throw new AccessException(403, "user_disabled", "Учётная запись «" + username + "» отключена администратором.");
        }
        return user;
    }

    public List<User> all() {
        return users.all();
    }

    public boolean none() {
        return users.none();
    }

    static AccessException unknown(String username) {
        return new AccessException(404, "unknown_user", "Пользователя «" + username + "» нет.");
    }
}
