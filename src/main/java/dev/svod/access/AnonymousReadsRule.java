package dev.svod.access;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lets a request without credentials through to the routes secured for readers when
 * {@code svod.security.anonymous-reads} is on. Asked before the {@code @Secured} rule; it never allows anything
 * secured for archivists or admins, so writes are never anonymous whatever the setting.
 */
@Singleton
class AnonymousReadsRule implements SecurityRule<HttpRequest<?>> {

    static final int ORDER = SecuredAnnotationRule.ORDER - 1;

    private final AccessSettings settings;

    AnonymousReadsRule(AccessSettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean anonymousRead = settings.anonymousReads() && authentication == null
                && request.getAttribute(CredentialAuthenticationFetcher.INVALID_BEARER).isEmpty()
                && requiredRoles(request).equals(List.of(Roles.READER));
        return Publishers.just(anonymousRead ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    /** The roles the matched route's {@code @Secured} names; empty for static files and unknown paths. */
    @SuppressWarnings("unchecked")
    static List<String> requiredRoles(HttpRequest<?> request) {
        Optional<RouteMatch> match = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class);
        return match.filter(MethodBasedRouteMatch.class::isInstance)
                .flatMap(m -> ((MethodBasedRouteMatch<?, ?>) m).getValue(Secured.class, String[].class))
                .map(Arrays::asList).orElse(List.of());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
