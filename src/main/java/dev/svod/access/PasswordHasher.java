package dev.svod.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt with a per-hash random salt; the cost is stored inside the hash, so raising it later is safe. */
@Singleton
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; a longer password would be silently truncated, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MIN_PASSWORD_LENGTH = 10;

    private final int cost;

    public PasswordHasher(AccessSettings settings) {
        this.cost = settings.passwordCost();
    }

    public String hash(String password) {
        checkAcceptable(password);
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }

    static void checkAcceptable(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccessException(400, "weak_password",
                    "Пароль слишком короткий: нужно не меньше " + MIN_PASSWORD_LENGTH + " символов.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccessException(400, "weak_password", "Пароль слишком длинный: не больше 72 байт в UTF-8.");
        }
    }
}
