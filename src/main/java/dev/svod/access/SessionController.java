package dev.svod.access;

import dev.svod.audit.AuditAction;
import dev.svod.audit.AuditEntry;
import dev.svod.audit.AuditLog;
import dev.svod.SvodException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Signing in and out of the browser UI, and who the current caller is. */
@Controller("/api/session")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    private final UserService users;
    private final TokenService tokens;
    private final AccessSettings settings;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final HttpClientAddressResolver addresses;

    SessionController(UserService users, TokenService tokens, AccessSettings settings, AuditLog audit,
                      SignInThrottle throttle, HttpClientAddressResolver addresses) {
        this.users = users;
        this.tokens = tokens;
        this.settings = settings;
        this.audit = audit;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Serdeable
    record Login(@Nullable String username, @Nullable String password) {
    }

    /** Who-am-I; answers anonymous callers too, so the UI knows whether to offer signing in. */
    @Serdeable
    record Me(boolean authenticated, @Nullable String username, @Nullable String role, List<String> roles,
              boolean anonymousReads) {
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    Me me(@Nullable Authentication authentication) {
        if (authentication == null) {
            return new Me(false, null, null, List.of(), settings.anonymousReads());
        }
        Caller caller = CredentialAuthenticationFetcher.caller(authentication);
        return new Me(true, caller.username(), caller.role().id(), caller.role().granted(), settings.anonymousReads());
    }

    /**
     * Checks the password and sets an HttpOnly, SameSite=Strict session cookie; the secret never reaches script.
     * Too many failures for the name or from the address are refused with 429 before the password is even looked
     * at, so a throttled guess learns nothing and costs no bcrypt round; those refusals are not audited one by
     * one (the failures that led to them are), so a flood cannot fill the audit log.
     */
    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Me> signIn(@Body Login login, HttpRequest<?> request) {
        String name = login.username() == null ? "" : login.username().strip();
        String address = Objects.requireNonNullElse(addresses.resolve(request), "unknown");
        throttle.wait(name, address).ifPresent(wait -> {
            throw new TooManySignInsException(wait);
        });
        User user;
        try {
            user = users.signIn(name, login.password());
        } catch (SvodException e) {
            throttle.failed(name, address);
            audit.record(name.isEmpty() ? "anonymous" : name, AuditAction.LOGIN, name, e.error(), null);
            throw e;
        }
        throttle.succeeded(name);
        TokenService.IssuedToken session = tokens.issue(user.username(), "browser session", AccessToken.Kind.SESSION);
        audit.record(user.username(), AuditAction.LOGIN, user.username(), AuditEntry.OK, null);
        Cookie cookie = Cookie.of(CredentialAuthenticationFetcher.SESSION_COOKIE, session.secret())
                .path("/").httpOnly(true).sameSite(SameSite.Strict).secure(request.isSecure())
                .maxAge(Duration.ofHours(settings.sessionHours()));
        return HttpResponse.ok(new Me(true, user.username(), user.role().id(), user.role().granted(),
                settings.anonymousReads())).cookie(cookie);
    }

    /** Ends the session this request came with (an API token is revoked under /api/tokens instead). */
    @Delete
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> signOut(Authentication authentication) {
        Caller caller = CredentialAuthenticationFetcher.caller(authentication);
        if (caller.via() == AccessToken.Kind.SESSION) {
            tokens.revoke(caller.tokenId());
        }
        return HttpResponse.<Void>noContent().cookie(Cookie.of(CredentialAuthenticationFetcher.SESSION_COOKIE, "")
                .path("/").httpOnly(true).sameSite(SameSite.Strict).maxAge(0));
    }
}
