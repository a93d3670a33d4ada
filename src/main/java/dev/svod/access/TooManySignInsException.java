package dev.svod.access;

import dev.svod.SvodException;

import java.time.Duration;

/** Too many failed sign-ins for this name or from this address; answered 429 with {@code Retry-After}. */
public class TooManySignInsException extends SvodException {

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super("Слишком много неудачных попыток входа; повторите через " + minutes(retryAfter) + " мин.", null);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String error() {
        return "too_many_sign_ins";
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
