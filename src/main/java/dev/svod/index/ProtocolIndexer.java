package dev.svod.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;

/** Writes a protocol and each of its decisions to Elasticsearch in one bulk request. */
@Singleton
public class ProtocolIndexer {

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
     * removed first, so a re-parse never leaves stale decisions behind.
     *
     * @throws IndexingException naming the documents Elasticsearch did not take
     */
    public void index(Protocol protocol) {
        setup.ensureIndices();
        BulkResponse response;
        try {
            client.deleteByQuery(d -> d.index(settings.decisionsAlias())
                    .query(q -> q.term(t -> t.field("protocolId").value(protocol.id())))
                    .refresh(true));
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(settings.refreshPolicy());
            bulk.operations(op -> op.index(i -> i.index(settings.protocolsAlias()).id(protocol.id())
                    .document(IndexDocuments.protocol(protocol))));
            for (DecisionDocument doc : IndexDocuments.decisions(protocol)) {
                bulk.operations(op -> op.index(i -> i.index(settings.decisionsAlias()).id(doc.decisionId()).document(doc)));
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
}
