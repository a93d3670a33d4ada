package dev.svod.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Document text never executes in the UI: besides the UI inserting it only as text, the browser is told to run
 * no script but Svod's own files. Swagger UI's pages are left out; its bundle needs inline styles.
 */
@ServerFilter("/**")
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        String path = request.getPath();
        if (!path.startsWith("/api-docs") && !path.startsWith("/swagger-ui")) {
            response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }
}
