package dev.svod.search;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record FacetValue(String value, long count) {
}
