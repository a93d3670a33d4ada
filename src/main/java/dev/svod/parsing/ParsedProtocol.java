package dev.svod.parsing;

import dev.svod.protocol.AgendaItem;
import dev.svod.protocol.Decision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parser read from a protocol's text: its header, agenda and decisions. Any field it could not
 * read is null (or empty); parsing never fails.
 *
 * @param region       the subject of the Russian Federation in the nominative ("Хабаровский край")
 * @param kind         the kind of document ("протокол заседания", "решение коллегии", …)
 * @param regionNote   when no region was read, why: the archivist is asked to set it, the parser never guesses
 */
@Serdeable
public record ParsedProtocol(@Nullable String region,
                             @Nullable String municipality,
                             @Nullable String city,
                             @Nullable String issuingBody,
                             @Nullable String kind,
                             @Nullable String title,
                             @Nullable LocalDate date,
                             @Nullable String number,
                             boolean draft,
                             List<AgendaItem> agenda,
                             List<Decision> decisions,
                             @Nullable String chair,
                             @Nullable String secretary,
                             @Nullable String regionNote) {
}
