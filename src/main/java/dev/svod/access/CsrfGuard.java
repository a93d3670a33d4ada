package dev.svod.access;

import dev.svod.web.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Set;

/**
 * Cross-site request forgery: the session cookie is SameSite=Strict, so other sites' pages do not send it; as a
 * second wall, a request that changes something and relies on the cookie must carry the {@value #HEADER} header,
 * which a page on another origin cannot add without a CORS preflight Svod never grants. Requests with a bearer
 * token carry no ambient credential and need no such header.
 */
@ServerFilter("/api/**")
class CsrfGuard {

    static final String HEADER = "X-Svod-Request";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> check(HttpRequest<?> request) {
        boolean cookieOnly = request.getCookies().contains(CredentialAuthenticationFetcher.SESSION_COOKIE)
                && CredentialAuthenticationFetcher.bearer(request).isEmpty();
        if (SAFE.contains(request.getMethod()) || !cookieOnly || request.getHeaders().contains(HEADER)) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("csrf",
                "Запрос отклонён: он пришёл с cookie сеанса, но не из интерфейса Свода (нет заголовка " + HEADER + ")."));
    }
}
