package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What the top of a protocol says about it. Fields it does not state are null. */
record Header(@Nullable String region, @Nullable String municipality, @Nullable String city,
              @Nullable String issuingBody, @Nullable String kind, @Nullable String title,
              @Nullable LocalDate date, @Nullable String number, boolean draft) {
}
