package dev.svod.web;

import dev.svod.SvodException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every {@link SvodException} the same way, so controllers stay free of error handling. The person gets
 * {@link SvodException#publicMessage()}; what a library said (class names, the cause) goes to the log only.
 */
@Produces
@Singleton
class ApiErrorHandler implements ExceptionHandler<SvodException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, SvodException e) {
        if (e.status() >= 500) {
            LOG.warn("{} {} answered {} {}: {}", request.getMethod(), request.getPath(), e.status(), e.error(), e.getMessage(), e);
        } else if (e.getCause() != null) {
            LOG.info("{} {} answered {} {}: {} ({})", request.getMethod(), request.getPath(), e.status(), e.error(),
                    e.getMessage(), e.getCause().toString());
        }
        MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(HttpStatus.valueOf(e.status()))
                .body(new ApiError(e.error(), e.publicMessage(), e.protocolId()));
        if (e.retryAfter() != null) {
            // whole seconds, rounded up: a client that waits exactly this long is let in
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf((e.retryAfter().toMillis() + 999) / 1000));
        }
        if (e.protocolId() != null) {
            response.header("Location", "/api/protocols/" + e.protocolId());
        }
        return response;
    }
}
