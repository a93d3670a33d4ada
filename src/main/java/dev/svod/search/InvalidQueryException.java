package dev.svod.search;

/** A search the user stated in a way Svod cannot run; answered with 400. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
