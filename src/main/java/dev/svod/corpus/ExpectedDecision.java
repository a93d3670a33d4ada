package dev.svod.corpus;

import dev.svod.protocol.DeadlineKind;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the generator wrote for one decision, so the parser can be measured on shapes it has not seen.
 *
 * @param number       the number as printed without the final dot ("1.2")
 * @param addressee    the addressee in the form written (dative), or null when the council itself decides
 * @param deadlineKind the kind of the deadline written for it (NONE when none)
 */
@Serdeable
public record ExpectedDecision(String number, @io.micronaut.core.annotation.Nullable String addressee, DeadlineKind deadlineKind) {
}
