package dev.svod.ingest;

import dev.svod.archive.ProtocolRepository;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Retries protocols stored while Elasticsearch was unreachable: the PENDING state in MongoDB is the outbox.
 * A protocol stored in the last moments is left to its upload, which is indexing it right now; a protocol
 * whose upload was killed before indexing is found after that grace.
 */
@Singleton
@Requires(property = "svod.indexing.retry", notEquals = "false")
class PendingIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(PendingIndexer.class);

    /** Protocols hold their text: a long outage's backlog is read a bounded batch at a time. */
    private static final int BATCH = 200;

    private final ProtocolRepository protocols;
    private final IngestService ingest;
    private final Clock clock;
    private final Duration grace;

    PendingIndexer(ProtocolRepository protocols, IngestService ingest, Clock clock,
                   @Value("${svod.indexing.retry-after:10s}") Duration grace) {
        this.protocols = protocols;
        this.ingest = ingest;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelay = "${svod.indexing.retry-every:30s}", initialDelay = "5s")
    void indexPending() {
        Instant storedBefore = clock.instant().minus(grace);
        long indexed = 0;
        List<Protocol> batch;
        boolean failed = false;
        do {
            batch = protocols.findPendingStoredBefore(storedBefore, BATCH);
            // stops at the first failure: Elasticsearch is still away, and the next retry comes soon enough
            long batchIndexed = batch.stream()
                    .map(ingest::indexWithoutRefresh)
                    .takeWhile(p -> p.indexState() == IndexState.INDEXED)
                    .count();
            indexed += batchIndexed;
            failed = batchIndexed < batch.size();
        } while (!failed && batch.size() == BATCH);
        if (indexed > 0) {
            ingest.refresh();
        }
        if (indexed > 0 || failed) {
            LOG.info("Indexed {} pending protocols{}", indexed, failed ? "; Elasticsearch refused the rest, retrying later" : "");
        }
    }
}
