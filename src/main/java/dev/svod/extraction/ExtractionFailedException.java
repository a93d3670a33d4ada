package dev.svod.extraction;

/** The file claims an accepted format but its text could not be read; answered with 422. */
public class ExtractionFailedException extends RuntimeException {

    public ExtractionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
