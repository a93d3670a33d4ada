package dev.svod.access;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an API token lives: {@code svod.security.token-days} unless its creator asks for fewer days. A stolen or
 * forgotten token then stops working by itself; a longer life than the setting is refused, so the setting is the
 * deployment's ceiling, not a suggestion.
 */
@Singleton
public class TokenLifetime {

    private final int maxDays;

    public TokenLifetime(AccessSettings settings) {
        this(settings.tokenDays());
    }

    TokenLifetime(int maxDays) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("svod.security.token-days must be at least 1, not " + maxDays);
        }
        this.maxDays = maxDays;
    }

    public int maxDays() {
        return maxDays;
    }

    /** The end of a token made now; {@code requestedDays} null means the longest allowed. */
    public Instant expiresAt(Instant now, @Nullable Integer requestedDays) {
        int days = requestedDays == null ? maxDays : requestedDays;
        if (days < 1 || days > maxDays) {
            throw new AccessException(400, "invalid_field",
                    "Срок действия токена — от 1 до " + maxDays + " дней, а не " + days + ".");
        }
        return now.plus(Duration.ofDays(days));
    }

    /**
     * API tokens made before tokens expired have no end stored; they end {@link #maxDays} after their creation,
     * as if made today under the setting, instead of living forever.
     */
    public AccessToken withEnd(AccessToken token) {
        if (token.kind() != AccessToken.Kind.API || token.expiresAt() != null) {
            return token;
        }
        return new AccessToken(token.id(), token.secretHash(), token.username(), token.name(), token.kind(),
                token.createdAt(), token.createdAt().plus(Duration.ofDays(maxDays)), token.revokedAt());
    }
}
