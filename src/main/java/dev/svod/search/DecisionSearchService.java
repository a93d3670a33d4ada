package dev.svod.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.svod.index.DecisionDocument;
import dev.svod.index.ElasticsearchSettings;
import dev.svod.index.IndexSetup;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Full-text search over single decisions, with Russian morphology and word families. */
@Singleton
public class DecisionSearchService {

    /** Exact forms first, then lemmas, then the word family (наставник → наставничество). */
    private static final List<String> TEXT_FIELDS = List.of("text.exact^3", "text^2", "text.family^0.5");
    private static final List<String> HIGHLIGHT_FIELDS = List.of("text.exact", "text", "text.family");
    private static final int MAX_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final IndexSetup setup;

    public DecisionSearchService(ElasticsearchClient client, ElasticsearchSettings settings, IndexSetup setup) {
        this.client = client;
        this.settings = settings;
        this.setup = setup;
    }

    public DecisionSearchResult search(DecisionQuery query) {
        int from = (query.page() - 1) * query.size();
        if (from + query.size() > MAX_WINDOW) {
            throw new InvalidQueryException("Постраничный просмотр ограничен первыми " + MAX_WINDOW + " решениями; уточните запрос.");
        }
        setup.ensureIndices();
        SearchResponse<DecisionDocument> response;
        try {
            response = client.search(s -> s.index(settings.decisionsAlias())
                    .query(toQuery(query))
                    .from(from)
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations("region", a -> a.terms(t -> t.field("region").size(100)))
                    .highlight(h -> {
                        HIGHLIGHT_FIELDS.forEach(f -> h.fields(f, hf -> hf.numberOfFragments(1).fragmentSize(240)));
                        return h.preTags("<em>").postTags("</em>").requireFieldMatch(false);
                    }), DecisionDocument.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Поиск временно недоступен: " + e.getMessage(), e);
        }
        List<DecisionHit> hits = response.hits().hits().stream().map(DecisionSearchService::toHit).toList();
        List<FacetValue> regions = new ArrayList<>();
        for (StringTermsBucket bucket : response.aggregations().get("region").sterms().buckets().array()) {
            regions.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new DecisionSearchResult(total, hits, Map.of("region", regions));
    }

    private static Query toQuery(DecisionQuery query) {
        return Query.of(q -> q.bool(b -> {
            if (query.text() == null || query.text().isBlank()) {
                b.must(m -> m.matchAll(all -> all));
            } else {
                b.must(m -> m.simpleQueryString(sq -> sq.query(query.text()).fields(TEXT_FIELDS)
                        .defaultOperator(Operator.And)));
            }
            if (query.region() != null && !query.region().isBlank()) {
                b.filter(f -> f.term(t -> t.field("region").value(query.region())));
            }
            return b;
        }));
    }

    private static DecisionHit toHit(Hit<DecisionDocument> hit) {
        DecisionDocument doc = hit.source();
        String highlight = HIGHLIGHT_FIELDS.stream()
                .map(f -> hit.highlight().get(f))
                .filter(fragments -> fragments != null && !fragments.isEmpty())
                .map(fragments -> fragments.get(0))
                .findFirst().orElse(null);
        DecisionDocument.DeadlineField d = doc.deadline();
        DecisionHit.HitDeadline deadline = new DecisionHit.HitDeadline(d.kind(),
                d.period() == null ? null : d.period().gte(), d.period() == null ? null : d.period().lte(),
                d.recurrence(), d.raw(), d.shared());
        return new DecisionHit(doc.protocolId(), doc.decisionId(), doc.number(), doc.text(), highlight, doc.region(),
                doc.date(), doc.addressees(), deadline, hit.score() == null ? 0 : hit.score());
    }
}
