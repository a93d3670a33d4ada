package dev.svod.search;

import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.svod.index.DecisionDocument;
import dev.svod.index.ElasticsearchSettings;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** For a list of topics, how many decisions each region has on each (one request, a filter per topic): the analyst's heat map. */
@Singleton
public class RegionTopicMatrix {

    public static final int MAX_TOPICS = 20;
    /** Decisions whose protocol names no region are counted here. */
    public static final String NO_REGION = "(регион не указан)";

    private final SearchExecutor executor;
    private final SearchQueries queries;
    private final ElasticsearchSettings settings;

    RegionTopicMatrix(SearchExecutor executor, SearchQueries queries, ElasticsearchSettings settings) {
        this.executor = executor;
        this.queries = queries;
        this.settings = settings;
    }

    @Serdeable
    public record Row(String region, List<Long> counts) {
    }

    /** {@code totals} holds, per topic, all matching decisions. */
    @Serdeable
    public record Matrix(List<String> queries, List<Row> regions, List<Long> totals) {
    }

    public Matrix count(List<String> topics) {
        List<String> cleaned = topics.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (cleaned.isEmpty() || cleaned.size() > MAX_TOPICS) {
            throw new InvalidQueryException("Укажите от 1 до " + MAX_TOPICS + " тем (параметр q, по одному на тему).");
        }
        // one request: a filter per topic, regions counted under each
        Map<String, Query> filters = new LinkedHashMap<>();
        for (int i = 0; i < cleaned.size(); i++) {
            filters.put(String.valueOf(i), queries.decisions(SearchParams.text(cleaned.get(i))));
        }
        SearchRequest request = SearchRequest.of(s -> s.index(settings.decisionsAlias()).size(0)
                .aggregations("topics", a -> a.filters(f -> f.filters(b -> b.keyed(filters)))
                        .aggregations("region", r -> r.terms(t -> t.field("region").size(Facet.SIZE).missing(NO_REGION)))));
        SearchResponse<DecisionDocument> response = executor.execute(request, DecisionDocument.class);
        Map<String, FiltersBucket> buckets = response.aggregations().get("topics").filters().buckets().keyed();
        Map<String, long[]> byRegion = new TreeMap<>();
        List<Long> totals = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            FiltersBucket bucket = buckets.get(String.valueOf(i));
            totals.add(bucket.docCount());
            int column = i;
            bucket.aggregations().get("region").sterms().buckets().array().forEach(b ->
                    byRegion.computeIfAbsent(b.key().stringValue(), r -> new long[cleaned.size()])[column] = b.docCount());
        }
        Map<String, long[]> ordered = new LinkedHashMap<>(byRegion);
        List<Row> rows = ordered.entrySet().stream()
                .map(e -> new Row(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList())).toList();
        return new Matrix(cleaned, rows, totals);
    }
}
