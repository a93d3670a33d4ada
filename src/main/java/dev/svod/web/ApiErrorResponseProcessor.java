package dev.svod.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Gives the framework's own errors (unknown route, wrong method, missing part, too large…) the same
 * {@code {error, message}} shape as Svod's.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String message = context.getErrors().stream()
                .map(e -> e.getMessage())
                .collect(Collectors.joining("; "));
        if (message.isBlank()) {
            message = status.getReason();
        }
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            message = "Файл слишком большой. " + message;
        }
        String error = status.name().toLowerCase(Locale.ROOT);
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(ApiError.of(error, message));
    }
}
