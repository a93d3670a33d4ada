package dev.svod.index;

import dev.svod.protocol.Addressee;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** One decision as indexed in `svod-decisions`; fields follow `index-mappings/decisions.mappings.json`. */
@Serdeable
public record DecisionDocument(String decisionId,
                               String protocolId,
                               int ordinal,
                               @Nullable String number,
                               @Nullable String parent,
                               String text,
                               @Nullable String section,
                               List<Addressee> addressees,
                               List<String> persons,
                               List<String> projects,
                               DeadlineField deadline,
                               @Nullable String region,
                               @Nullable String municipality,
                               @Nullable String issuingBody,
                               @Nullable String kind,
                               @Nullable String title,
                               @Nullable LocalDate date,
                               @Nullable Integer year,
                               boolean draft,
                               String fileName) {

    /**
     * A deadline with its inclusive period as a `date_range` value, so "due in March 2022" is an intersects query;
     * {@code due} is the last day (or the first, when open-ended), to sort by.
     */
    @Serdeable
    public record DeadlineField(String kind,
                                @Nullable Period period,
                                @Nullable LocalDate due,
                                @Nullable String recurrence,
                                @Nullable String raw,
                                boolean shared) {
    }

    @Serdeable
    public record Period(@Nullable LocalDate gte, @Nullable LocalDate lte) {
    }
}
