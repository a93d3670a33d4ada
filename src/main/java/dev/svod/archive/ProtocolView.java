package dev.svod.archive;

import dev.svod.parsing.ParsedProtocol;
import dev.svod.protocol.AgendaItem;
import dev.svod.protocol.Decision;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A protocol as the API shows it: effective metadata (the archivist's override where given) on top,
 * the parser's own reading and the override kept apart below.
 */
@Serdeable
record ProtocolView(String id, String fileName, String contentType, long size,
                    @Nullable String region, boolean regionMissing, @Nullable String municipality, @Nullable String issuingBody,
                    @Nullable String kind, @Nullable String title, @Nullable LocalDate date, @Nullable String number,
                    boolean draft, @Nullable String chair, @Nullable String secretary,
                    List<AgendaItem> agenda, List<Decision> decisions,
                    ParsedGuess parsed, MetadataOverride override,
                    Instant uploadedAt, int parserVersion, IndexState indexState, UploadReceipt receipt, String text) {

    static ProtocolView of(Protocol p, UploadReceipt receipt) {
        ParsedProtocol parsed = p.parsed();
        return new ProtocolView(p.id(), p.fileName(), p.contentType(), p.size(), p.region(), p.regionMissing(), p.municipality(),
                parsed.issuingBody(), p.kind(), parsed.title(), p.date(), parsed.number(), parsed.draft(),
                parsed.chair(), parsed.secretary(), parsed.agenda(), parsed.decisions(),
                new ParsedGuess(parsed.region(), parsed.regionNote(), parsed.municipality(), parsed.date(), parsed.kind()),
                p.override(), p.uploadedAt(), p.parserVersion(), p.indexState(), receipt, p.text());
    }

    /** The parser's reading of the fields an archivist may override. */
    @Serdeable
    record ParsedGuess(@Nullable String region, @Nullable String regionNote, @Nullable String municipality, @Nullable LocalDate date,
                       @Nullable String kind) {
    }
}
