package dev.svod.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A page of hits. {@code total} is exact up to 10,000 ({@code totalExact}); beyond, it is a lower bound and
 * should be shown as "more than". {@code next} is the cursor of the following page, null on the last.
 * {@code understood} is how the query was read: its units and the chips the UI shows.
 */
@Serdeable
public record SearchPage<H>(long total, boolean totalExact, List<H> hits, Map<String, List<FacetValue>> facets,
                            @Nullable String next, UnderstoodQuery understood) {
}
