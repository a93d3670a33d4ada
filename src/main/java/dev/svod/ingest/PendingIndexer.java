package dev.svod.ingest;

import dev.svod.archive.ProtocolRepository;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Retries protocols stored while Elasticsearch was unreachable: the PENDING state in MongoDB is the outbox. */
@Singleton
@Requires(property = "svod.indexing.retry", notEquals = "false")
class PendingIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(PendingIndexer.class);

    private final ProtocolRepository protocols;
    private final IngestService ingest;

    PendingIndexer(ProtocolRepository protocols, IngestService ingest) {
        this.protocols = protocols;
        this.ingest = ingest;
    }

    @Scheduled(fixedDelay = "${svod.indexing.retry-every:30s}", initialDelay = "5s")
    void indexPending() {
        List<Protocol> pending = protocols.findByIndexState(IndexState.PENDING);
        long indexed = pending.stream()
                .map(ingest::indexNow)
                .takeWhile(p -> p.indexState() == IndexState.INDEXED)
                .count();
        if (!pending.isEmpty()) {
            LOG.info("Indexed {} of {} pending protocols", indexed, pending.size());
        }
    }
}
