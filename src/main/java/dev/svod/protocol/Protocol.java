package dev.svod.protocol;

import dev.svod.parsing.ParsedProtocol;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored protocol: the source of truth in MongoDB. Its id is the SHA-256 of the original bytes, so the
 * same file uploaded twice is the same protocol and a re-run import cannot duplicate it.
 *
 * @param parsed   what the parser read, kept as it was even when the archivist overrode some of it
 * @param override what the archivist stated at upload
 * @param extraction how the text was obtained; null for protocols stored before it was kept
 */
@Serdeable
public record Protocol(@BsonId String id,
                       String fileName,
                       String contentType,
                       long size,
                       String text,
                       ParsedProtocol parsed,
                       MetadataOverride override,
                       Instant uploadedAt,
                       int parserVersion,
                       IndexState indexState,
                       @Nullable Extraction extraction) {

    public @Nullable String region() {
        return override.region() != null ? override.region() : parsed.region();
    }

    /** No region, neither read nor set by an archivist: the archive asks for it. */
    public boolean regionMissing() {
        return region() == null;
    }

    public @Nullable String municipality() {
        return override.municipality() != null ? override.municipality() : parsed.municipality();
    }

    public @Nullable LocalDate date() {
        return override.date() != null ? override.date() : parsed.date();
    }

    public @Nullable String kind() {
        return override.kind() != null ? override.kind() : parsed.kind();
    }

    public List<Decision> decisions() {
        return parsed.decisions();
    }

    /** The same stored original read again by another parser version; indexing must follow. */
    public Protocol reparsed(ParsedProtocol newParse, int newParserVersion) {
        return new Protocol(id, fileName, contentType, size, text, newParse, override, uploadedAt, newParserVersion,
                IndexState.PENDING, extraction);
    }

    public Protocol withIndexState(IndexState state) {
        return new Protocol(id, fileName, contentType, size, text, parsed, override, uploadedAt, parserVersion, state, extraction);
    }
}
