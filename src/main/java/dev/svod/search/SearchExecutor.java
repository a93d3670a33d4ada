package dev.svod.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import dev.svod.index.IndexSetup;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Runs one page of a search: sort with a stable tie-breaker, from/size or cursor paging, facets, highlighting,
 * exact totals up to {@link SearchParams#MAX_WINDOW}. Shared by decision and protocol searches.
 */
@Singleton
class SearchExecutor {

    /** Which fields of an index a search reads; {@code hasDeadlines} when its documents carry `deadline.due`. */
    record Target<D>(String index, String idField, List<String> highlightFields, List<Facet> facets,
                     boolean hasDeadlines, Class<D> type) {
    }

    private final ElasticsearchClient client;
    private final IndexSetup setup;

    SearchExecutor(ElasticsearchClient client, IndexSetup setup) {
        this.client = client;
        this.setup = setup;
    }

    <D, H> SearchPage<H> page(Target<D> target, Query query, UnderstoodQuery understood, SearchParams params,
                              BiFunction<Hit<D>, String, H> toHit) {
        int size = params.pageSize();
        int from = Cursor.decode(params.after()).isEmpty() ? params.offset() : 0;
        SearchResponse<D> response = execute(request(target, query, params), target.type());

        List<Hit<D>> raw = response.hits().hits();
        List<H> hits = raw.stream().map(h -> toHit.apply(h, bestHighlight(h, target.highlightFields()))).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        boolean exact = response.hits().total() == null || response.hits().total().relation() == TotalHitsRelation.Eq;
        String next = raw.size() == size && (!exact || from + size < total) ? Cursor.encode(raw.get(raw.size() - 1).sort()) : null;
        return new SearchPage<>(total, exact, hits, facets(response, target.facets()), next, understood);
    }

    /** The request a page of this search sends to Elasticsearch; the search benchmark sends it there directly too. */
    /** Elasticsearch's default {@code index.highlight.max_analyzed_offset}, in characters. */
    static final int HIGHLIGHT_LIMIT = 1_000_000;

    SearchRequest request(Target<?> target, Query query, SearchParams params) {
        int size = params.pageSize();
        List<FieldValue> after = Cursor.decode(params.after());
        int from = after.isEmpty() ? params.offset() : 0;
        SearchRequest.Builder request = new SearchRequest.Builder().index(target.index()).query(query)
                .size(size).from(from)
                .sort(sort(params.sortOrder(), target))
                .trackTotalHits(t -> t.count(SearchParams.MAX_WINDOW))
                .highlight(h -> {
                    target.highlightFields().forEach(f -> h.fields(f, hf -> hf.numberOfFragments(1).fragmentSize(240)));
                    // a text past the index's analysis limit would fail the whole search; highlight its start instead
                    return h.preTags("<em>").postTags("</em>").requireFieldMatch(false).maxAnalyzedOffset(HIGHLIGHT_LIMIT);
                });
        if (after.isEmpty()) {
            // facets describe the whole answer: the first page shows them, the pages after it (the cursor) need none
            target.facets().forEach(f -> request.aggregations(f.name(), a -> a.terms(t -> t.field(f.field()).size(Facet.SIZE))));
        } else {
            request.searchAfter(after);
        }
        return request.build();
    }

    <D> SearchResponse<D> execute(SearchRequest request, Class<D> type) {
        setup.ensureIndices();
        try {
            return client.search(request, type);
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                throw new InvalidQueryException("Запрос не удалось разобрать: " + e.error().reason());
            }
            throw new SearchUnavailableException("Поиск временно недоступен: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Поиск временно недоступен: " + e.getMessage(), e);
        }
    }

    private static List<SortOptions> sort(SortOrder order, Target<?> target) {
        List<SortOptions> sort = new ArrayList<>();
        switch (order) {
            case RELEVANCE -> sort.add(SortOptions.of(s -> s.score(sc -> sc)));
            case DATE -> sort.add(SortOptions.of(s -> s.field(f -> f.field("date")
                    .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc).missing("_last"))));
            case DEADLINE -> {
                if (!target.hasDeadlines()) {
                    throw new InvalidQueryException("Сортировка по сроку есть только у решений.");
                }
                sort.add(SortOptions.of(s -> s.field(f -> f.field("deadline.due")
                        .order(co.elastic.clients.elasticsearch._types.SortOrder.Asc).missing("_last"))));
            }
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field(target.idField()))));
        return sort;
    }

    private static @Nullable String bestHighlight(Hit<?> hit, List<String> fields) {
        return fields.stream()
                .map(f -> hit.highlight().get(f))
                .filter(fragments -> fragments != null && !fragments.isEmpty())
                .map(fragments -> fragments.get(0))
                .findFirst().orElse(null);
    }

    private static Map<String, List<FacetValue>> facets(SearchResponse<?> response, List<Facet> facets) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (Facet facet : facets) {
            Aggregate aggregate = response.aggregations().get(facet.name());
            if (aggregate == null) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            if (aggregate.isSterms()) {
                aggregate.sterms().buckets().array()
                        .forEach(b -> values.add(new FacetValue(b.key().stringValue(), b.docCount())));
            } else if (aggregate.isLterms()) {
                aggregate.lterms().buckets().array()
                        .forEach(b -> values.add(new FacetValue(String.valueOf(b.key()), b.docCount())));
            }
            result.put(facet.name(), values);
        }
        return result;
    }
}
