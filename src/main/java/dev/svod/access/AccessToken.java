package dev.svod.access;

import io.micronaut.core.annotation.Nullable;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * A bearer credential: a browser session (sent as a cookie) or an API token for scripts (sent as
 * {@code Authorization: Bearer}). Only the SHA-256 of the secret is stored; {@code id} is a separate public
 * handle for listing and revoking.
 *
 * @param expiresAt the end of a session or API token; null only for API tokens made before tokens expired
 *                  ({@link TokenLifetime#withEnd} gives them one)
 */
public record AccessToken(@BsonId String id, String secretHash, String username, String name, Kind kind,
                          Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

    public enum Kind { SESSION, API }

    public boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
