package dev.svod.access;

import dev.svod.SvodException;

/** A request about users, sessions or tokens that cannot be done as asked. */
public class AccessException extends SvodException {

    private final int status;
    private final String error;

    public AccessException(int status, String error, String message) {
        super(message, null);
        this.status = status;
        this.error = error;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String error() {
        return error;
    }
}
