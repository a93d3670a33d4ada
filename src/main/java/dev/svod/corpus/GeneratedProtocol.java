package dev.svod.corpus;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One protocol of the corpus: its text and the truth the generator knows about it.
 *
 * @param name         file name without extension, unique in the corpus
 * @param municipality set for a municipal body's protocol, in the nominative
 */
@Serdeable
public record GeneratedProtocol(String name, String region, @Nullable String municipality, String issuingBody,
                                String kind, LocalDate date, ProtocolFormat format, String text,
                                List<ExpectedDecision> decisions) {
}
