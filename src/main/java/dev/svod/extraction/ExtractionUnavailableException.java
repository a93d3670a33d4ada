package dev.svod.extraction;

import dev.svod.SvodException;

import java.time.Duration;

/** The extraction worker could not be started or was stopped from outside; not the file's fault, answered 503. */
public class ExtractionUnavailableException extends SvodException {

    public ExtractionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String error() {
        return "extraction_unavailable";
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofSeconds(5);
    }
}
