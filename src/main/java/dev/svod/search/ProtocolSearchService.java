package dev.svod.search;

import dev.svod.index.ElasticsearchSettings;
import dev.svod.index.ProtocolDocument;
import jakarta.inject.Singleton;

import java.util.List;

/** Full-text search over whole protocols. */
@Singleton
public class ProtocolSearchService {

    private final SearchExecutor executor;
    private final SearchQueries queries;
    private final SearchExecutor.Target<ProtocolDocument> target;

    ProtocolSearchService(SearchExecutor executor, SearchQueries queries, ElasticsearchSettings settings) {
        this.executor = executor;
        this.queries = queries;
        this.target = new SearchExecutor.Target<>(settings.protocolsAlias(), "protocolId",
                List.of("title", "text.exact", "text", "text.family"), Facet.PROTOCOLS, false, ProtocolDocument.class);
    }

    public SearchPage<ProtocolHit> search(SearchParams params) {
        UnderstoodQuery understood = queries.understand(params);
        return executor.page(target, queries.protocols(params, understood), understood, params,
                (hit, highlight) -> ProtocolHit.of(hit.source(), highlight, hit.score() == null ? 0 : hit.score()));
    }
}
