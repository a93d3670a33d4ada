package dev.svod.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One numbered decision (поручение) of a protocol.
 *
 * @param number    the number as printed ("1.2.3"), or null when the decision is unnumbered
 * @param parent    the number of the enclosing decision in the tree, or null at the top level
 * @param text      the decision text with hard wraps joined
 * @param section   the agenda item or СЛУШАЛИ/РЕШИЛИ block the decision falls under, or null
 * @param persons   people named for it, as printed ("Зотова Ю.В.")
 * @param projects  named projects it mentions («500+», "Педкластер27")
 */
@Serdeable
public record Decision(@Nullable String number,
                       @Nullable String parent,
                       String text,
                       @Nullable String section,
                       List<Addressee> addressees,
                       List<String> persons,
                       Deadline deadline,
                       List<String> projects) {
}
