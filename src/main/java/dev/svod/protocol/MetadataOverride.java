package dev.svod.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** What the archivist stated at upload; it wins over the parser's guess, which is kept beside it. */
@Serdeable
public record MetadataOverride(@Nullable String region,
                               @Nullable String municipality,
                               @Nullable LocalDate date,
                               @Nullable String kind) {

    public static final MetadataOverride NONE = new MetadataOverride(null, null, null, null);
}
