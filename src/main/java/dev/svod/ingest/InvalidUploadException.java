package dev.svod.ingest;

import dev.svod.SvodException;

/**
 * An upload Svod cannot take as it is: no bytes, no text, a malformed field. Answered with 400 and
 * {@link #error()} as the machine-readable code.
 */
public class InvalidUploadException extends SvodException {

    private final String error;

    public InvalidUploadException(String error, String message) {
        super(message, null);
        this.error = error;
    }

    static InvalidUploadException empty(String message) {
        return new InvalidUploadException("empty_file", message);
    }

    @Override
    public String error() {
        return error;
    }

    @Override
    public int status() {
        return 400;
    }
}
