package dev.svod.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            createIndex(alias + "-v1", mappingsName, alias);
        } catch (IOException e) {
            throw new IndexingException("Elasticsearch at " + settings.url() + " could not set up " + alias, List.of(), e);
        }
    }

    /** Creates an index from `index-mappings/`, behind the alias when one is given. */
    public void createIndex(String index, String mappingsName, @Nullable String alias) throws IOException {
        String body = IndexDefinitions.createIndexBody(settings.analysis(), mappingsName, alias);
        client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
        LOG.info("Created index {}{}", index, alias == null ? "" : " behind alias " + alias);
    }

    /** The concrete indices an alias points at now. */
    public List<String> indicesBehind(String alias) throws IOException {
        return new ArrayList<>(client.indices().getAlias(a -> a.name(alias)).result().keySet());
    }

    /** {@code <alias>-v<N+1>}, N the highest version that exists. */
    public String nextVersionOf(String alias) throws IOException {
        int highest = 0;
        for (String index : client.indices().get(g -> g.index(alias + "-v*")).result().keySet()) {
            try {
                highest = Math.max(highest, Integer.parseInt(index.substring((alias + "-v").length())));
            } catch (NumberFormatException notOurs) {
                // an index named like ours by someone else is not a version
            }
        }
        return alias + "-v" + (highest + 1);
    }

    /**
     * Points each alias at its new index in one atomic request, so every search sees either the old or the new
     * index, never neither; then deletes the old ones.
     */
    public void swap(Map<String, String> newIndexByAlias) throws IOException {
        List<String> old = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (Map.Entry<String, String> e : newIndexByAlias.entrySet()) {
            for (String previous : indicesBehind(e.getKey())) {
                old.add(previous);
                actions.add(Action.of(a -> a.remove(r -> r.index(previous).alias(e.getKey()))));
            }
            actions.add(Action.of(a -> a.add(add -> add.index(e.getValue()).alias(e.getKey()))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
        if (!old.isEmpty()) {
            client.indices().delete(d -> d.index(old));
        }
    }
}
