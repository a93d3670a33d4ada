package dev.svod.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A normalised deadline. {@code from} and {@code to} are inclusive; either may be null (open-ended, or NONE).
 * {@code shared} is true when the deadline was read from a "Срок" line closing a group of decisions rather
 * than stated for this decision alone.
 */
@Serdeable
public record Deadline(DeadlineKind kind,
                       @Nullable LocalDate from,
                       @Nullable LocalDate to,
                       @Nullable String recurrence,
                       @Nullable String raw,
                       boolean shared) {

    public static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, null, null, null, false);

    public Deadline asShared() {
        return new Deadline(kind, from, to, recurrence, raw, true);
    }
}
