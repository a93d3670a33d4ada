package dev.svod.search;

import dev.svod.SvodException;

/** A search the user stated in a way Svod cannot run; answered with 400. */
public class InvalidQueryException extends SvodException {

    public InvalidQueryException(String message) {
        super(message, null);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String error() {
        return "invalid_query";
    }
}
