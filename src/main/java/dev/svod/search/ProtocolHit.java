package dev.svod.search;

import dev.svod.index.ProtocolDocument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** One protocol as searches show it. */
@Serdeable
public record ProtocolHit(String protocolId, @Nullable String title, String fileName, @Nullable String region,
                          @Nullable String municipality, @Nullable String issuingBody, @Nullable String kind,
                          @Nullable LocalDate date, @Nullable String number, boolean draft, int decisionCount,
                          @Nullable String highlight, double score) {

    static ProtocolHit of(ProtocolDocument doc, @Nullable String highlight, double score) {
        return new ProtocolHit(doc.protocolId(), doc.title(), doc.fileName(), doc.region(), doc.municipality(),
                doc.issuingBody(), doc.kind(), doc.date(), doc.number(), doc.draft(), doc.decisionCount(), highlight,
                score);
    }
}
