package dev.svod.access;

import io.micronaut.core.annotation.Nullable;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * A person who signs in. The password is kept only as a bcrypt hash. A disabled user keeps the record (the audit
 * log names them) but neither signs in nor uses a token.
 */
public record User(@BsonId String username, String passwordHash, Role role, boolean disabled,
                   Instant createdAt, @Nullable String createdBy) {

    public User withRole(Role newRole) {
        return new User(username, passwordHash, newRole, disabled, createdAt, createdBy);
    }

    public User withDisabled(boolean newDisabled) {
        return new User(username, passwordHash, role, newDisabled, createdAt, createdBy);
    }

    public User withPasswordHash(String newHash) {
        return new User(username, newHash, role, disabled, createdAt, createdBy);
    }
}
