package dev.svod.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes protocols and each of their decisions to Elasticsearch, a batch of protocols in one bulk request.
 * Writing replaces whatever the index held for a protocol: decisions of an earlier parse that no longer exist are
 * deleted in the same bulk request, so a re-parse never leaves stale decisions behind. (The Maven-Central
 * Elasticsearch has no delete-by-query: that lives in the absent reindex module.)
 */
@Singleton
public class ProtocolIndexer {

    private static final int MAX_DECISIONS_PER_BATCH = 10_000;

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final IndexSetup setup;

    public ProtocolIndexer(ElasticsearchClient client, ElasticsearchSettings settings, IndexSetup setup) {
        this.client = client;
        this.settings = settings;
        this.setup = setup;
    }

    /**
     * Indexes one protocol, searchable as the configured refresh policy says (an upload's answer waits for it).
     *
     * @throws IndexingException naming the documents Elasticsearch did not take
     */
    public void index(Protocol protocol) {
        setup.ensureIndices();
        indexOrThrow(protocol, settings.protocolsAlias(), settings.decisionsAlias(), settings.refreshPolicy());
    }

    /**
     * For writers nobody is waiting on (catch-up, re-parse): a refresh per protocol would cost each up to the
     * refresh interval, a second, so they call {@link #refresh(String...)} once when done instead.
     */
    public void indexWithoutRefresh(Protocol protocol) {
        setup.ensureIndices();
        indexOrThrow(protocol, settings.protocolsAlias(), settings.decisionsAlias(), Refresh.False);
    }

    /** Writes into the named indices: a reindex fills new ones, refreshes them, then moves the aliases. */
    public void index(Protocol protocol, String protocolsIndex, String decisionsIndex) {
        indexOrThrow(protocol, protocolsIndex, decisionsIndex, Refresh.False);
    }

    /**
     * Indexes many protocols in one bulk request, searchable as the configured refresh policy says.
     *
     * @return the protocols Elasticsearch did not take, each with the first reason it gave; the others are indexed
     * @throws IndexingException when Elasticsearch could not be asked at all (nothing is indexed for sure)
     */
    public Map<String, String> indexAll(List<Protocol> batch) {
        setup.ensureIndices();
        return write(batch, settings.protocolsAlias(), settings.decisionsAlias(), settings.refreshPolicy());
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
            List<String> decisions = indexedDecisionIds(settings.decisionsAlias(), List.of(protocolId))
                    .getOrDefault(protocolId, List.of());
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

    private void indexOrThrow(Protocol protocol, String protocolsIndex, String decisionsIndex, Refresh refresh) {
        Map<String, String> failed = write(List.of(protocol), protocolsIndex, decisionsIndex, refresh);
        if (!failed.isEmpty()) {
            throw new IndexingException("Elasticsearch rejected documents of protocol " + protocol.id() + ": "
                    + failed.get(protocol.id()), List.of(protocol.id()), null);
        }
    }

    private Map<String, String> write(List<Protocol> batch, String protocolsIndex, String decisionsIndex, Refresh refresh) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        Map<String, String> protocolOfDocument = new HashMap<>();
        BulkResponse response;
        try {
            Map<String, List<String>> indexed = indexedDecisionIds(decisionsIndex, batch.stream().map(Protocol::id).toList());
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(refresh);
            for (Protocol protocol : batch) {
                List<DecisionDocument> decisions = IndexDocuments.decisions(protocol);
                protocolOfDocument.put(protocol.id(), protocol.id());
                bulk.operations(op -> op.index(i -> i.index(protocolsIndex).id(protocol.id())
                        .document(IndexDocuments.protocol(protocol))));
                for (DecisionDocument doc : decisions) {
                    protocolOfDocument.put(doc.decisionId(), protocol.id());
                    bulk.operations(op -> op.index(i -> i.index(decisionsIndex).id(doc.decisionId()).document(doc)));
                }
                Set<String> current = decisions.stream().map(DecisionDocument::decisionId).collect(Collectors.toSet());
                for (String stale : indexed.getOrDefault(protocol.id(), List.of())) {
                    if (!current.contains(stale)) {
                        protocolOfDocument.put(stale, protocol.id());
                        bulk.operations(op -> op.delete(d -> d.index(decisionsIndex).id(stale)));
                    }
                }
            }
            response = client.bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw new IndexingException("Elasticsearch could not index " + batch.size() + " protocols: " + e.getMessage(),
                    batch.stream().map(Protocol::id).toList(), e);
        }
        Map<String, String> failed = new LinkedHashMap<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    failed.putIfAbsent(protocolOfDocument.getOrDefault(item.id(), item.id()), item.error().reason());
                }
            }
        }
        return failed;
    }

    /**
     * The decision documents already indexed for these protocols, by protocol: what an earlier parse wrote and the
     * new one may no longer have. A batch holds some thousands of decisions at most, so one page holds them all.
     */
    private Map<String, List<String>> indexedDecisionIds(String decisionsIndex, List<String> protocolIds) throws IOException {
        List<FieldValue> ids = protocolIds.stream().map(FieldValue::of).toList();
        return client.search(s -> s.index(decisionsIndex).size(MAX_DECISIONS_PER_BATCH).source(src -> src.fetch(false))
                                .docvalueFields(f -> f.field("protocolId"))
                                .query(q -> q.terms(t -> t.field("protocolId").terms(v -> v.value(ids)))), Void.class)
                .hits().hits().stream()
                .collect(Collectors.groupingBy(hit -> hit.fields().get("protocolId").toJson().asJsonArray().getString(0),
                        Collectors.mapping(Hit::id, Collectors.toList())));
    }
}
