package dev.svod.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** One protocol as indexed in `svod-protocols`; fields follow `index-mappings/protocols.mappings.json`. */
@Serdeable
public record ProtocolDocument(String protocolId,
                               String fileName,
                               @Nullable String title,
                               String text,
                               @Nullable String region,
                               @Nullable String municipality,
                               @Nullable String issuingBody,
                               @Nullable String kind,
                               @Nullable String number,
                               @Nullable LocalDate date,
                               @Nullable Integer year,
                               boolean draft,
                               int decisionCount,
                               Instant uploadedAt) {
}
