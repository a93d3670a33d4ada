package dev.svod.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a protocol and each of its decisions to Elasticsearch in one bulk request. */
@Singleton
public class ProtocolIndexer {

    private static final int MAX_DECISIONS_PER_PROTOCOL = 10_000;

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final IndexSetup setup;

    public ProtocolIndexer(ElasticsearchClient client, ElasticsearchSettings settings, IndexSetup setup) {
        this.client = client;
        this.settings = settings;
        this.setup = setup;
    }

    /**
     * Replaces whatever the index held for this protocol: decisions of an earlier parse that no longer exist are
     * deleted in the same bulk request, so a re-parse never leaves stale decisions behind. (The Maven-Central
     * Elasticsearch has no delete-by-query: that lives in the absent reindex module.)
     *
     * @throws IndexingException naming the documents Elasticsearch did not take
     */
    public void index(Protocol protocol) {
        setup.ensureIndices();
        write(protocol, settings.protocolsAlias(), settings.decisionsAlias(), settings.refreshPolicy());
    }

    /**
     * For writers nobody is waiting on (catch-up, re-parse): a refresh per protocol would cost each up to the
     * refresh interval, a second, so they call {@link #refresh()} once when done instead.
     */
    public void indexWithoutRefresh(Protocol protocol) {
        setup.ensureIndices();
        write(protocol, settings.protocolsAlias(), settings.decisionsAlias(), Refresh.False);
    }

    /** Writes into the named indices: a reindex fills new ones, refreshes them, then moves the aliases. */
    public void index(Protocol protocol, String protocolsIndex, String decisionsIndex) {
        write(protocol, protocolsIndex, decisionsIndex, Refresh.False);
    }

    /** Makes what was written without refresh searchable; by default in the indices the aliases point at. */
    public void refresh(String... indices) {
        List<String> targets = indices.length > 0 ? List.of(indices) : List.of(settings.protocolsAlias(), settings.decisionsAlias());
        try {
            client.indices().refresh(r -> r.index(targets));
        } catch (IOException | ElasticsearchException e) {
            throw new IndexingException("Elasticsearch could not refresh " + targets + ": " + e.getMessage(), List.of(), e);
        }
    }

    private void write(Protocol protocol, String protocolsIndex, String decisionsIndex, Refresh refresh) {
        List<DecisionDocument> decisions = IndexDocuments.decisions(protocol);
        BulkResponse response;
        try {
            Set<String> current = decisions.stream().map(DecisionDocument::decisionId).collect(Collectors.toSet());
            List<String> stale = indexedDecisionIds(decisionsIndex, protocol.id()).stream().filter(id -> !current.contains(id)).toList();
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(refresh);
            bulk.operations(op -> op.index(i -> i.index(protocolsIndex).id(protocol.id())
                    .document(IndexDocuments.protocol(protocol))));
            for (DecisionDocument doc : decisions) {
                bulk.operations(op -> op.index(i -> i.index(decisionsIndex).id(doc.decisionId()).document(doc)));
            }
            for (String id : stale) {
                bulk.operations(op -> op.delete(d -> d.index(decisionsIndex).id(id)));
            }
            response = client.bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw new IndexingException("Elasticsearch could not index protocol " + protocol.id() + ": " + e.getMessage(),
                    List.of(protocol.id()), e);
        }
        if (response.errors()) {
            List<BulkResponseItem> failed = response.items().stream().filter(item -> item.error() != null).toList();
            throw new IndexingException("Elasticsearch rejected " + failed.size() + " documents of protocol "
                    + protocol.id() + ": " + failed.get(0).error().reason(),
                    failed.stream().map(BulkResponseItem::id).toList(), null);
        }
    }

    /**
     * Removes the protocol and its decisions from the search, by ids (there is no delete-by-query here). Missing
     * documents are no failure: deleting twice ends the same way.
     *
     * @throws IndexingException when Elasticsearch cannot be reached or refuses
     */
    public void delete(String protocolId) {
        setup.ensureIndices();
        BulkResponse response;
        try {
            List<String> decisions = indexedDecisionIds(settings.decisionsAlias(), protocolId);
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(settings.refreshPolicy());
            bulk.operations(op -> op.delete(d -> d.index(settings.protocolsAlias()).id(protocolId)));
            for (String id : decisions) {
                bulk.operations(op -> op.delete(d -> d.index(settings.decisionsAlias()).id(id)));
            }
            response = client.bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw new IndexingException("Elasticsearch could not delete protocol " + protocolId + ": " + e.getMessage(),
                    List.of(protocolId), e);
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != 404).toList();
        if (!failed.isEmpty()) {
            throw new IndexingException("Elasticsearch refused to delete " + failed.size() + " documents of protocol "
                    + protocolId + ": " + failed.get(0).error().reason(), failed.stream().map(BulkResponseItem::id).toList(), null);
        }
    }

    /** A protocol has at most some hundreds of decisions: one page holds them all. */
    private List<String> indexedDecisionIds(String decisionsIndex, String protocolId) throws IOException {
        return client.search(s -> s.index(decisionsIndex).size(MAX_DECISIONS_PER_PROTOCOL).source(src -> src.fetch(false))
                        .query(q -> q.term(t -> t.field("protocolId").value(protocolId))), Void.class)
                .hits().hits().stream().map(Hit::id).toList();
    }
}
