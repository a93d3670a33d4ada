package dev.svod.ingest;

import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.archive.Tombstones;
import dev.svod.index.IndexingException;
import dev.svod.index.ProtocolIndexer;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Changes to stored protocols after upload: the archivist's metadata corrections, and deletion by an admin. */
@Singleton
public class CurationService {

    private final ProtocolRepository protocols;
    private final OriginalStore originals;
    private final ProtocolIndexer indexer;
    private final IngestService ingest;
    private final Tombstones tombstones;
    private final Clock clock;

    public CurationService(ProtocolRepository protocols, OriginalStore originals, ProtocolIndexer indexer,
                           IngestService ingest, Tombstones tombstones, Clock clock) {
        this.protocols = protocols;
        this.originals = originals;
        this.indexer = indexer;
        this.ingest = ingest;
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /**
     * Replaces the archivist's override (a field left empty goes back to the parser's reading, which is never
     * touched) and re-indexes; if Elasticsearch is down the protocol waits as PENDING like any upload.
     */
    public Protocol correctMetadata(String id, MetadataOverride override) {
        Protocol stored = protocols.findById(id).orElseThrow(() -> new ProtocolNotFoundException(id));
        Protocol corrected = new Protocol(stored.id(), stored.fileName(), stored.contentType(), stored.size(),
                stored.text(), stored.parsed(), override, stored.uploadedAt(), stored.parserVersion(), IndexState.PENDING,
                stored.extraction());
        protocols.replace(corrected);
        return ingest.indexNow(corrected);
    }

    /**
     * Removes the protocol from the search first, then from MongoDB and GridFS: if Elasticsearch is down nothing is
     * deleted, and no search can find a protocol whose original is gone.
     */
    public void delete(String id) {
        Protocol stored = protocols.findById(id).orElseThrow(() -> new ProtocolNotFoundException(id));
        // first: a writer that read the protocol before this point and indexes it after will see it (IngestService)
        tombstones.bury(stored.id(), clock.instant());
        try {
            indexer.delete(stored.id());
        } catch (IndexingException e) {
            tombstones.unbury(stored.id()); // nothing was deleted: the protocol stays and may be indexed again
            throw new DeletionFailedException(id, e);
        }
        protocols.delete(stored.id());
        originals.delete(stored.id());
    }
}
