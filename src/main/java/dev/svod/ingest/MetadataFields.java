package dev.svod.ingest;

import dev.svod.protocol.MetadataOverride;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The archivist's metadata as typed into a form, at upload or later: blanks mean "as the parser read it". */
final class MetadataFields {

    private MetadataFields() {
    }

    static MetadataOverride override(@Nullable String region, @Nullable String municipality, @Nullable String date,
                                     @Nullable String kind) {
        return new MetadataOverride(blankToNull(region), blankToNull(municipality), parseDate(blankToNull(date)),
                blankToNull(kind));
    }

    private static @Nullable LocalDate parseDate(@Nullable String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidUploadException("invalid_field", "Дата протокола должна быть в виде ГГГГ-ММ-ДД, а не «" + date + "».");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
