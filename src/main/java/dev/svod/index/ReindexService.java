package dev.svod.index;

import dev.svod.archive.ProtocolRepository;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rebuilds both indices from MongoDB, the source of truth, into new versions ({@code svod-decisions-v2}…), then
 * moves the aliases in one atomic step: searches keep answering from the old indices until the new ones are
 * complete. Protocols stored while the rebuild ran are written again after the swap.
 */
@Singleton
public class ReindexService {

    private final ProtocolRepository protocols;
    private final ProtocolIndexer indexer;
    private final IndexSetup setup;
    private final ElasticsearchSettings settings;
    private final Clock clock;

    public ReindexService(ProtocolRepository protocols, ProtocolIndexer indexer, IndexSetup setup,
                          ElasticsearchSettings settings, Clock clock) {
        this.protocols = protocols;
        this.indexer = indexer;
        this.setup = setup;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a rebuild did. */
    public record Outcome(String decisionsIndex, String protocolsIndex, int protocols, int caughtUp) {
    }

    public Outcome reindex(Consumer<String> progress) {
        setup.ensureIndices();
        Instant started = clock.instant();
        try {
            String decisions = setup.nextVersionOf(settings.decisionsAlias());
            String protocolsIndex = setup.nextVersionOf(settings.protocolsAlias());
            setup.createIndex(decisions, "decisions", null);
            setup.createIndex(protocolsIndex, "protocols", null);
            List<String> ids = protocols.findAllIds();
            int done = 0;
            for (String id : ids) {
                Protocol protocol = protocols.findById(id).orElse(null);
                done++;
                if (protocol != null) {
                    indexer.index(protocol, protocolsIndex, decisions);
                }
                if (done % 100 == 0 || done == ids.size()) {
                    progress.accept(done + "/" + ids.size() + " protocols into " + decisions);
                }
            }
            indexer.refresh(protocolsIndex, decisions);
            Map<String, String> swap = new LinkedHashMap<>();
            swap.put(settings.decisionsAlias(), decisions);
            swap.put(settings.protocolsAlias(), protocolsIndex);
            setup.swap(swap);
            progress.accept("aliases now point at " + decisions + " and " + protocolsIndex);
            int caughtUp = catchUp(started);
            return new Outcome(decisions, protocolsIndex, ids.size(), caughtUp);
        } catch (IOException e) {
            throw new IndexingException("Reindex failed; the aliases still point at the old indices: " + e.getMessage(),
                    List.of(), e);
        }
    }

    /** Uploads answered while the rebuild ran went to the old indices; write them to the new ones. */
    private int catchUp(Instant since) {
        List<Protocol> late = protocols.findUploadedSince(since);
        for (Protocol protocol : late) {
            indexer.indexWithoutRefresh(protocol);
            protocols.updateIndexState(protocol.id(), IndexState.INDEXED);
        }
        indexer.refresh();
        return late.size();
    }
}
