package dev.svod.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A page of decisions, the total, and the counts per value of each facet over all matches. */
@Serdeable
public record DecisionSearchResult(long total, List<DecisionHit> hits, Map<String, List<FacetValue>> facets) {
}
