package dev.svod.ingest;

import com.mongodb.MongoException;
import dev.svod.SvodException;
import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.archive.Receipts;
import dev.svod.archive.UploadReceipt;
import dev.svod.extraction.ExtractionFailedException;
import dev.svod.index.IndexingException;
import dev.svod.index.ProtocolIndexer;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The flow of DESIGN §1 for several files at once, with the same guarantees as one upload: extraction in parallel,
 * the originals and one unordered insert of the protocols into MongoDB first, then one Elasticsearch bulk request.
 * Each file gets its own answer: a bad file or a duplicate costs only itself; protocols Elasticsearch did not take
 * stay PENDING for {@link PendingIndexer}. MongoDB failing fails the whole batch (503), as it fails one upload.
 */
@Singleton
public class BatchIngestService {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIngestService.class);

    /** One file of a batch as received, under the name it is kept by (see {@link FileNames}). */
    public record Upload(String fileName, byte[] bytes) {
        public Upload {
            fileName = FileNames.safe(fileName);
        }
    }

    /**
     * What happened to one file: 201 stored (searchable or PENDING), 409 stored before (id of the stored one), or
     * the 4xx of a file Svod cannot take, with the same error codes as a single upload.
     */
    @Serdeable
    public record FileResult(String fileName, int status, @Nullable String id, @Nullable String error,
                             @Nullable String message, int decisions, boolean searchable,
                             @Nullable UploadReceipt receipt) {

        static FileResult stored(Protocol p, UploadReceipt receipt) {
            return new FileResult(p.fileName(), 201, p.id(), null, null, p.decisions().size(),
                    p.indexState() == IndexState.INDEXED, receipt);
        }

        static FileResult failed(String fileName, SvodException e) {
            return new FileResult(fileName, e.status(), e.protocolId(), e.error(), e.publicMessage(), 0, false, null);
        }
    }

    private final IngestService single;
    private final OriginalStore originals;
    private final ProtocolRepository protocols;
    private final ProtocolIndexer indexer;
    private final Receipts receipts;
    private final ExecutorService extraction;

    public BatchIngestService(IngestService single, OriginalStore originals, ProtocolRepository protocols,
                              ProtocolIndexer indexer, Receipts receipts,
                              @Value("${svod.ingest.extraction-threads:0}") int extractionThreads) {
        this.receipts = receipts;
        this.single = single;
        this.originals = originals;
        this.protocols = protocols;
        this.indexer = indexer;
        int threads = extractionThreads > 0 ? extractionThreads : Runtime.getRuntime().availableProcessors();
        this.extraction = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "svod-extraction");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        extraction.shutdownNow();
    }

    /** @return one result per upload, in the order given */
    public List<FileResult> ingest(List<Upload> uploads, MetadataOverride override) {
        FileResult[] results = new FileResult[uploads.size()];
        List<String> ids = uploads.stream().map(u -> IngestService.sha256(u.bytes())).toList();
        Set<String> stored = protocols.existingIds(new HashSet<>(ids));
        Set<String> seen = new HashSet<>();
        List<CompletableFuture<Protocol>> reading = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String id = ids.get(i);
            if (upload.bytes().length == 0) {
                results[i] = FileResult.failed(upload.fileName(), InvalidUploadException.empty("Файл «" + upload.fileName() + "» пуст."));
            } else if (stored.contains(id) || !seen.add(id)) {
                results[i] = FileResult.failed(upload.fileName(), new DuplicateProtocolException(id, upload.fileName()));
            }
            reading.add(results[i] != null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> single.read(id, upload.bytes(), upload.fileName(), override), extraction));
        }
        List<Protocol> read = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            try {
                Protocol protocol = reading.get(i).join();
                if (protocol != null) {
                    read.add(protocol);
                }
            } catch (CompletionException e) {
                results[i] = FileResult.failed(uploads.get(i).fileName(), asSvodException(uploads.get(i).fileName(), e.getCause()));
            }
        }
        List<Protocol> inserted = persist(read, uploads, ids);
        List<Protocol> indexed = index(inserted);
        for (Protocol protocol : indexed) {
            results[ids.indexOf(protocol.id())] = FileResult.stored(protocol, receipts.of(protocol));
        }
        for (Protocol protocol : read) {
            int i = ids.indexOf(protocol.id());
            if (results[i] == null) { // lost the insert race to another upload of the same bytes
                results[i] = FileResult.failed(protocol.fileName(), new DuplicateProtocolException(protocol.id(), protocol.fileName()));
            }
        }
        return List.of(results);
    }

    /**
     * Originals first, then the protocols in one request; what MongoDB already held is a duplicate, not an error.
     * On failure only the originals this batch created and no protocol claims are removed (see
     * {@link IngestService}): another upload of the same bytes may own them.
     */
    private List<Protocol> persist(List<Protocol> read, List<Upload> uploads, List<String> ids) {
        Set<String> owned = new HashSet<>();
        for (Protocol protocol : read) {
            if (originals.store(protocol.id(), protocol.fileName(), protocol.contentType(), uploads.get(ids.indexOf(protocol.id())).bytes())) {
                owned.add(protocol.id());
            }
        }
        Set<String> duplicates;
        try {
            duplicates = protocols.insertAll(read);
        } catch (MongoException e) {
            try {
                Set<String> kept = protocols.existingIds(owned);
                owned.stream().filter(id -> !kept.contains(id)).forEach(originals::delete);
            } catch (MongoException cleanup) {
                e.addSuppressed(cleanup); // MongoDB gone: a re-run overwrites the leftovers in place
            }
            throw e;
        }
        return read.stream().filter(p -> !duplicates.contains(p.id())).toList();
    }

    private List<Protocol> index(List<Protocol> inserted) {
        Map<String, String> failed;
        try {
            failed = indexer.indexAll(inserted);
        } catch (IndexingException e) {
            LOG.warn("{} protocols stored but not indexed yet: {}", inserted.size(), e.getMessage());
            return inserted;
        }
        failed.forEach((id, reason) -> LOG.warn("Protocol {} stored but not indexed yet: {}", id, reason));
        List<String> indexedIds = inserted.stream().map(Protocol::id).filter(id -> !failed.containsKey(id)).toList();
        protocols.updateIndexStates(indexedIds, IndexState.INDEXED);
        return inserted.stream().map(p -> failed.containsKey(p.id()) ? p : p.withIndexState(IndexState.INDEXED)).toList();
    }

    /** A file Tika chokes on in a way it has no exception for is still only that file's problem. */
    private static SvodException asSvodException(String fileName, Throwable failure) {
        if (failure instanceof SvodException svod) {
            return svod;
        }
        LOG.warn("Extraction of {} failed unexpectedly", fileName, failure);
        return new ExtractionFailedException("Текст файла «" + fileName + "» прочитать не удалось.", failure);
    }
}
