package dev.svod.web;

import dev.svod.SvodException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers every {@link SvodException} the same way, so controllers stay free of error handling. */
@Produces
@Singleton
class ApiErrorHandler implements ExceptionHandler<SvodException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, SvodException e) {
        MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(HttpStatus.valueOf(e.status()))
                .body(new ApiError(e.error(), e.publicMessage(), e.protocolId()));
        if (e.protocolId() != null) {
            response.header("Location", "/api/protocols/" + e.protocolId());
        }
        return response;
    }
}
