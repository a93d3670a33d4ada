package dev.svod.extraction;

import dev.svod.SvodException;

/** The file claims an accepted format but its text could not be read; answered with 422. */
public class ExtractionFailedException extends SvodException {

    public ExtractionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String error() {
        return "unreadable_file";
    }
}
