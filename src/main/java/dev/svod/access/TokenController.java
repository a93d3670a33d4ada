package dev.svod.access;

import dev.svod.audit.AuditAction;
import dev.svod.audit.AuditEntry;
import dev.svod.audit.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * API tokens for scripts: every signed-in user manages their own, an admin sees and revokes everyone's. A token acts
 * with its owner's current role, so changing or disabling the user changes what the token may do.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TokenController {

    private final TokenService tokens;
    private final AuditLog audit;

    TokenController(TokenService tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** @param expiresInDays fewer days than {@code svod.security.token-days}; null for that many */
    @Serdeable
    record NewToken(@Nullable String name, @Nullable Integer expiresInDays) {
    }

    /** A token as listed; never its secret. */
    @Serdeable
    record TokenView(String id, String name, String username, Instant createdAt, Instant expiresAt,
                     @Nullable Instant revokedAt) {
        static TokenView of(AccessToken t) {
            return new TokenView(t.id(), t.name(), t.username(), t.createdAt(), t.expiresAt(), t.revokedAt());
        }
    }

    /** The one answer that holds the secret. */
    @Serdeable
    record CreatedToken(String id, String name, String username, Instant createdAt, Instant expiresAt, String token) {
    }

    @Get("/api/tokens")
    @Secured(Roles.READER)
    List<TokenView> mine(Authentication authentication) {
        return tokens.apiTokens(Optional.of(authentication.getName())).stream().map(TokenView::of).toList();
    }

    @Get("/api/admin/tokens")
    @Secured(Roles.ADMIN)
    List<TokenView> all() {
        return tokens.apiTokens(Optional.empty()).stream().map(TokenView::of).toList();
    }

    @Post("/api/tokens")
    @Secured(Roles.READER)
    @Status(HttpStatus.CREATED)
    CreatedToken create(@Body NewToken request, Authentication authentication) {
        String name = request.name() == null || request.name().isBlank() ? "API token" : request.name().strip();
        if (name.length() > 100) {
            throw new AccessException(400, "invalid_field", "Название токена длиннее 100 символов.");
        }
        String actor = authentication.getName();
        TokenService.IssuedToken issued = tokens.issue(actor, name, AccessToken.Kind.API, request.expiresInDays());
        AccessToken t = issued.token();
        audit.record(actor, AuditAction.TOKEN_CREATE, t.id(), AuditEntry.OK, name);
        return new CreatedToken(t.id(), t.name(), t.username(), t.createdAt(), t.expiresAt(), issued.secret());
    }

    /** Revokes the caller's own token, or anyone's for an admin; another user's token is "not found" to others. */
    @Delete("/api/tokens/{id}")
    @Secured(Roles.READER)
    HttpResponse<Void> revoke(String id, Authentication authentication) {
        String actor = authentication.getName();
        boolean admin = authentication.getRoles().contains(Roles.ADMIN);
        return audit.audited(actor, AuditAction.TOKEN_REVOKE, id, null, () -> {
            AccessToken token = tokens.find(id)
                    .filter(t -> t.kind() == AccessToken.Kind.API && (admin || t.username().equals(actor)))
                    .orElseThrow(() -> new AccessException(404, "unknown_token", "Токена «" + id + "» нет."));
            tokens.revoke(token.id());
            return HttpResponse.noContent();
        });
    }
}
