package dev.svod.access;

import dev.svod.audit.DenialFolder.Denial;
import dev.svod.audit.DeniedRequestLog;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.web.router.UriRouteMatch;

import java.security.Principal;
import java.util.Objects;

/**
 * Every API request answered 401 or 403, whichever part of Svod refused it (the security rules, the CSRF guard, a
 * controller), goes to the audit log, folded so a flood leaves a line a minute ({@link DeniedRequestLog}). Sign-in
 * is left out: its failures are audited as sign-ins already, and its 429s deliberately not at all.
 * <p>
 * Runs outside the security filter, so it sees the answers that filter gives.
 */
@ServerFilter("/api/**")
class RefusalAuditFilter implements Ordered {

    private final DeniedRequestLog denials;
    private final HttpClientAddressResolver addresses;

    RefusalAuditFilter(DeniedRequestLog denials, HttpClientAddressResolver addresses) {
        this.denials = denials;
        this.addresses = addresses;
    }

    @ResponseFilter
    void audit(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        if ((status != 401 && status != 403) || isSignIn(request)) {
            return;
        }
        String username = request.getUserPrincipal().map(Principal::getName).orElse("");
        String address = Objects.requireNonNullElse(addresses.resolve(request), "unknown");
        denials.refused(new Denial(username, address, request.getMethodName() + " " + route(request), status));
    }

    /** The route's template, not the path: ids in paths would make every request a key of its own. */
    @SuppressWarnings("rawtypes")
    private static String route(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.ROUTE_MATCH, UriRouteMatch.class)
                .map(match -> match.getRouteInfo().getUriMatchTemplate().toPathString())
                .orElseGet(() -> abbreviate(request.getPath()));
    }

    private static boolean isSignIn(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST && request.getPath().equals("/api/session");
    }

    private static String abbreviate(String path) {
        return path.length() > 100 ? path.substring(0, 100) + "…" : path;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
