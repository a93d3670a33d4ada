package dev.svod.search;

import dev.svod.protocol.Addressee;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** One decision found; {@code highlight} is the best snippet with matches in {@code <em>}. */
@Serdeable
public record DecisionHit(String protocolId,
                          String decisionId,
                          @Nullable String number,
                          String text,
                          @Nullable String highlight,
                          @Nullable String region,
                          @Nullable LocalDate date,
                          List<Addressee> addressees,
                          HitDeadline deadline,
                          double score) {

    @Serdeable
    public record HitDeadline(String kind, @Nullable LocalDate from, @Nullable LocalDate to,
                              @Nullable String recurrence, @Nullable String raw, boolean shared) {
    }
}
