package dev.svod.search;

import dev.svod.index.DecisionDocument;
import dev.svod.protocol.Addressee;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One decision as searches show it; {@code highlight} is the best snippet, matches in {@code <em>};
 * {@code missingWords} the query's words (units) this decision does not hold, empty when it holds all.
 */
@Serdeable
public record DecisionHit(String protocolId,
                          String decisionId,
                          @Nullable String number,
                          String text,
                          @Nullable String highlight,
                          @Nullable String region,
                          @Nullable String municipality,
                          @Nullable String issuingBody,
                          @Nullable String kind,
                          @Nullable LocalDate date,
                          String fileName,
                          List<Addressee> addressees,
                          List<String> persons,
                          HitDeadline deadline,
                          double score,
                          List<String> missingWords) {

    @Serdeable
    public record HitDeadline(String kind, @Nullable LocalDate from, @Nullable LocalDate to,
                              @Nullable String recurrence, @Nullable String raw, boolean shared) {
    }

    static DecisionHit of(DecisionDocument doc, @Nullable String highlight, double score) {
        return of(doc, highlight, score, List.of());
    }

    static DecisionHit of(DecisionDocument doc, @Nullable String highlight, double score, List<String> missingWords) {
        DecisionDocument.DeadlineField d = doc.deadline();
        HitDeadline deadline = new HitDeadline(d.kind(),
                d.period() == null ? null : d.period().gte(), d.period() == null ? null : d.period().lte(),
                d.recurrence(), d.raw(), d.shared());
        return new DecisionHit(doc.protocolId(), doc.decisionId(), doc.number(), doc.text(), highlight, doc.region(),
                doc.municipality(), doc.issuingBody(), doc.kind(), doc.date(), doc.fileName(), doc.addressees(),
                doc.persons(), deadline, score, List.copyOf(missingWords));
    }
}
