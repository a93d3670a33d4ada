package dev.svod.protocol;

import io.micronaut.serde.annotation.Serdeable;

/** An addressee of a decision: as printed, normalised (nominative, no person), and its kind. */
@Serdeable
public record Addressee(String raw, String name, AddresseeKind kind) {
}
