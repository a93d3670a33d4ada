package dev.svod.search;

import dev.svod.index.DecisionDocument;
import dev.svod.index.ElasticsearchSettings;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Full-text search over single decisions, with Russian morphology, word families and filters. */
@Singleton
public class DecisionSearchService {

    static final List<String> HIGHLIGHT_FIELDS = List.of("text.exact", "text", "text.family");

    private final SearchExecutor executor;
    private final SearchQueries queries;
    private final SearchExecutor.Target<DecisionDocument> target;

    DecisionSearchService(SearchExecutor executor, SearchQueries queries, ElasticsearchSettings settings) {
        this.executor = executor;
        this.queries = queries;
        this.target = new SearchExecutor.Target<>(settings.decisionsAlias(), "decisionId", HIGHLIGHT_FIELDS,
                Facet.DECISIONS, true, DecisionDocument.class);
    }

    /** What {@link #search} sends to Elasticsearch for these parameters. */
    public co.elastic.clients.elasticsearch.core.SearchRequest request(SearchParams params) {
        return executor.request(target, queries.decisions(params), params);
    }

    public SearchPage<DecisionHit> search(SearchParams params) {
        UnderstoodQuery understood = queries.understand(params);
        return executor.page(target, queries.decisions(params, understood), understood, params,
                (hit, highlight) -> DecisionHit.of(hit.source(), highlight, hit.score() == null ? 0 : hit.score(),
                        missingUnits(understood, hit.matchedQueries())));
    }

    /** The required units a hit lacks, as typed: the UI marks hits that hold only some of the words. */
    static List<String> missingUnits(UnderstoodQuery understood, List<String> matched) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < understood.required().size(); i++) {
            if (!matched.contains(SearchQueries.UNIT_NAME + i)) {
                missing.add(understood.required().get(i).words());
            }
        }
        return missing;
    }
}
