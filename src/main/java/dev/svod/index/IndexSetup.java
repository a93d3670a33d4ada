package dev.svod.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * Creates Svod's indices from `index-mappings/` when they are missing. Each index is created as
 * {@code <alias>-v<version>} behind its alias, so a later reindex can build the next version and swap.
 */
@Context
public class IndexSetup {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;

    public IndexSetup(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    private volatile boolean ready;

    /** Svod starts even when Elasticsearch does not answer yet: uploads are kept PENDING until it does. */
    @PostConstruct
    void createMissingIndicesAtStart() {
        try {
            ensureIndices();
        } catch (IndexingException e) {
            LOG.warn("{} ({}); will retry before the first write", e.getMessage(), e.getCause().toString());
        }
    }

    /** Idempotent; cheap after the first success. */
    public void ensureIndices() {
        if (ready) {
            return;
        }
        ensure(settings.decisionsAlias(), "decisions");
        ensure(settings.protocolsAlias(), "protocols");
        ready = true;
    }

    private void ensure(String alias, String mappingsName) {
        try {
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            String index = alias + "-v" + IndexDefinitions.version();
            String body = IndexDefinitions.createIndexBody(settings.analysis(), mappingsName, alias);
            client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
            LOG.info("Created index {} behind alias {}", index, alias);
        } catch (IOException e) {
            throw new IndexingException("Elasticsearch at " + settings.url() + " could not set up " + alias, List.of(), e);
        }
    }
}
