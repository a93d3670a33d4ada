package dev.svod.access;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, checks and revokes sessions and API tokens. A secret is {@code svod_} and 256 random bits; it is shown
 * once and stored as its SHA-256 only. A fast hash suffices there, unlike for passwords: the secret is random,
 * not chosen by a person, so there is nothing to guess from a stolen hash.
 */
@Singleton
public class TokenService {

    static final String PREFIX = "svod_";

    private final TokenRepository tokens;
    private final UserRepository users;
    private final AccessSettings settings;
    private final TokenLifetime lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(TokenRepository tokens, UserRepository users, AccessSettings settings, TokenLifetime lifetime,
                        Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.settings = settings;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A new credential with its secret; the secret exists nowhere else once this answer is gone. */
    public record IssuedToken(AccessToken token, String secret) {
    }

    /** A session of {@code svod.security.session-hours}, or an API token of the longest allowed life. */
    public IssuedToken issue(String username, String name, AccessToken.Kind kind) {
        return issue(username, name, kind, null);
    }

    /** @param days an API token's life in days, at most {@code svod.security.token-days}; null for that many */
    public IssuedToken issue(String username, String name, AccessToken.Kind kind, @Nullable Integer days) {
        if (kind == AccessToken.Kind.SESSION) {
            tokens.deleteDeadSessions(clock.instant());
        }
        // MongoDB keeps milliseconds; the answer shows what is stored, so create and list agree
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = kind == AccessToken.Kind.SESSION ? now.plus(Duration.ofHours(settings.sessionHours()))
                : lifetime.expiresAt(now, days);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        AccessToken token = new AccessToken(HexFormat.of().formatHex(randomBytes(12)), sha256(secret), username, name,
                kind, now, expiresAt, null);
        tokens.insert(token);
        return new IssuedToken(token, secret);
    }

    /** The caller a secret stands for: unknown, revoked, expired secrets and disabled users give nobody. */
    public Optional<Caller> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findBySecretHash(sha256(secret)).map(lifetime::withEnd)
                .filter(token -> token.validAt(now))
                .flatMap(token -> users.find(token.username())
                        .filter(user -> !user.disabled())
                        .map(user -> new Caller(user.username(), user.role(), token.id(), token.kind())));
    }

    public Optional<AccessToken> find(String id) {
        return tokens.find(id).map(lifetime::withEnd);
    }

    public void revoke(String id) {
        tokens.revoke(id, clock.instant());
    }

    /** After a new password, whoever knew the old one must sign in again. */
    public void revokeSessions(String username) {
        tokens.revokeSessions(username, clock.instant());
    }

    public List<AccessToken> apiTokens(Optional<String> username) {
        return tokens.apiTokens(username).stream().map(lifetime::withEnd).toList();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
