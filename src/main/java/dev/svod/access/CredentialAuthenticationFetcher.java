package dev.svod.access;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Establishes who sends a request: an {@code Authorization: Bearer} API token (scripts) or the session cookie
 * (the browser); both are secrets looked up by their hash. The lookup reads MongoDB, so it runs on the blocking
 * pool, not the event loop.
 * <p>
 * A bearer token that does not authenticate marks the request, so it is refused with 401 even where anonymous
 * reads are allowed: a script with a revoked token should learn so, not quietly read as nobody. A stale session
 * cookie only makes the browser anonymous.
 */
@Singleton
class CredentialAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String SESSION_COOKIE = "svod_session";
    static final String INVALID_BEARER = "svod.invalid-bearer";
    static final String TOKEN_ID = "tokenId";
    static final String VIA = "via";
    static final String ROLE = "role";

    private final TokenService tokens;
    private final Scheduler blocking;

    CredentialAuthenticationFetcher(TokenService tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> bearer = bearer(request);
        Optional<String> secret = bearer.or(() -> request.getCookies().findCookie(SESSION_COOKIE).map(Cookie::getValue));
        if (secret.isEmpty()) {
            return Publishers.empty();
        }
        return Mono.fromCallable(() -> {
            Optional<Caller> caller = tokens.authenticate(secret.get());
            if (caller.isEmpty() && bearer.isPresent()) {
                request.setAttribute(INVALID_BEARER, true);
            }
            return caller.map(CredentialAuthenticationFetcher::authentication).orElse(null);
        }).subscribeOn(blocking);
    }

    static Optional<String> bearer(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip());
    }

    static Authentication authentication(Caller caller) {
        return Authentication.build(caller.username(), caller.role().granted(),
                Map.of(TOKEN_ID, caller.tokenId(), VIA, caller.via().name(), ROLE, caller.role().id()));
    }

    /** The caller behind an authentication this fetcher built. */
    static Caller caller(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        return new Caller(authentication.getName(), Role.parse((String) attributes.get(ROLE)),
                (String) attributes.get(TOKEN_ID), AccessToken.Kind.valueOf((String) attributes.get(VIA)));
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
