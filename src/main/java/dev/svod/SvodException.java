package dev.svod;

import io.micronaut.core.annotation.Nullable;

/**
 * Every failure Svod answers a person about. Each says, once, which HTTP status and machine-readable code it
 * is; the web layer maps all of them the same way, and the cause is always kept.
 */
public abstract class SvodException extends RuntimeException {

    protected SvodException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** The HTTP status this failure is answered with. */
    public abstract int status();

    /** A stable code for programs: "duplicate", "unsupported_type"… */
    public abstract String error();

    /** What the person is told; by default the message. */
    public String publicMessage() {
        return getMessage();
    }

    /** When the caller may try again (sent as {@code Retry-After}), if the failure is about timing. */
    public @Nullable java.time.Duration retryAfter() {
        return null;
    }

    /** The stored protocol the failure is about, if any. */
    public @Nullable String protocolId() {
        return null;
    }
}
