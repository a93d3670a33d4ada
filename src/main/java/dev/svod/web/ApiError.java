package dev.svod.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Every error Svod answers: a stable machine-readable {@code error} code and a {@code message} a person
 * understands. {@code protocolId} names the stored protocol when the error is about one (a duplicate).
 */
@Serdeable
public record ApiError(String error, String message, @Nullable String protocolId) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
