package dev.svod.ingest;

/** An upload with no bytes, or no text in it; answered with 400. */
public class EmptyUploadException extends RuntimeException {

    public EmptyUploadException(String message) {
        super(message);
    }
}
