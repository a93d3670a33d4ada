package dev.svod.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.svod.index.DecisionDocument;
import dev.svod.index.ElasticsearchSettings;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Decisions like a given one: more_like_this on the decision text through the Russian analyzer, so the same
 * topic in other word forms counts. With {@code otherRegions} only other regions' decisions are shown, which is
 * what an analyst comparing regions wants.
 */
@Singleton
public class SimilarDecisionsService {

    private final DecisionLookup lookup;
    private final SearchExecutor executor;
    private final ElasticsearchSettings settings;

    SimilarDecisionsService(DecisionLookup lookup, SearchExecutor executor, ElasticsearchSettings settings) {
        this.lookup = lookup;
        this.executor = executor;
        this.settings = settings;
    }

    @Serdeable
    public record Similar(DecisionHit decision, List<DecisionHit> hits) {
    }

    public Similar similar(String decisionId, boolean otherRegions, int size) {
        if (size < 1 || size > SearchParams.MAX_SIZE) {
            throw new InvalidQueryException("Размер (size) должен быть от 1 до " + SearchParams.MAX_SIZE + ".");
        }
        DecisionDocument decision = lookup.get(decisionId);
        SearchRequest request = SearchRequest.of(s -> s.index(settings.decisionsAlias()).size(size)
                .query(q -> q.bool(b -> {
                    b.must(m -> m.moreLikeThis(mlt -> mlt.fields("text", "text.family")
                            .like(l -> l.document(d -> d.index(settings.decisionsAlias()).id(decisionId)))
                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%")));
                    b.mustNot(n -> n.ids(i -> i.values(decisionId)));
                    if (otherRegions) {
                        if (decision.region() != null) {
                            b.mustNot(n -> n.term(t -> t.field("region").value(FieldValue.of(decision.region()))));
                        } else {
                            b.mustNot(n -> n.term(t -> t.field("protocolId").value(FieldValue.of(decision.protocolId()))));
                        }
                    }
                    return b;
                })));
        SearchResponse<DecisionDocument> response = executor.execute(request, DecisionDocument.class);
        List<DecisionHit> hits = response.hits().hits().stream()
                .map(h -> DecisionHit.of(h.source(), null, h.score() == null ? 0 : h.score())).toList();
        return new Similar(DecisionHit.of(decision, null, 0), hits);
    }
}
