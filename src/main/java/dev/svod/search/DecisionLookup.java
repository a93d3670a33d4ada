package dev.svod.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.svod.index.DecisionDocument;
import dev.svod.index.ElasticsearchSettings;
import dev.svod.index.IndexSetup;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Optional;

/** Reads single decisions by id from the index. */
@Singleton
class DecisionLookup {

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final IndexSetup setup;

    DecisionLookup(ElasticsearchClient client, ElasticsearchSettings settings, IndexSetup setup) {
        this.client = client;
        this.settings = settings;
        this.setup = setup;
    }

    Optional<DecisionDocument> find(String decisionId) {
        setup.ensureIndices();
        try {
            GetResponse<DecisionDocument> response = client.get(g -> g.index(settings.decisionsAlias()).id(decisionId),
                    DecisionDocument.class);
            return Optional.ofNullable(response.found() ? response.source() : null);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Поиск временно недоступен: " + e.getMessage(), e);
        }
    }

    DecisionDocument get(String decisionId) {
        return find(decisionId).orElseThrow(() -> new DecisionNotFoundException(decisionId));
    }
}
