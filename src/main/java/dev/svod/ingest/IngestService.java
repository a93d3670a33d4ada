package dev.svod.ingest;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.archive.Tombstones;
import dev.svod.extraction.ExtractedText;
import dev.svod.extraction.Extractor;
import dev.svod.index.IndexingException;
import dev.svod.index.ProtocolIndexer;
import dev.svod.parsing.ParsedProtocol;
import dev.svod.parsing.ProtocolParser;
import dev.svod.protocol.Extraction;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The flow of one protocol (DESIGN §1): store the original, extract, parse, persist, index. MongoDB is written
 * before Elasticsearch; when indexing fails the protocol stays PENDING and {@link PendingIndexer} retries it.
 */
@Singleton
public class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final OriginalStore originals;
    private final ProtocolRepository protocols;
    private final Extractor extractor;
    private final ProtocolParser parser;
    private final ProtocolIndexer indexer;
    private final Clock clock;
    private final Tombstones tombstones;

    public IngestService(OriginalStore originals, ProtocolRepository protocols, Extractor extractor,
                         ProtocolParser parser, ProtocolIndexer indexer, Clock clock, Tombstones tombstones) {
        this.tombstones = tombstones;
        this.originals = originals;
        this.protocols = protocols;
        this.extractor = extractor;
        this.parser = parser;
        this.indexer = indexer;
        this.clock = clock;
    }

    /**
     * @throws InvalidUploadException       for an empty file or one without text
     * @throws DuplicateProtocolException when the same bytes are already stored
     */
    public IngestResult ingest(byte[] bytes, String submittedFileName, MetadataOverride override) {
        String fileName = FileNames.safe(submittedFileName);
        if (bytes.length == 0) {
            throw InvalidUploadException.empty("Файл «" + fileName + "» пуст.");
        }
        String id = sha256(bytes);
        if (protocols.existsById(id)) {
            throw new DuplicateProtocolException(id, fileName);
        }
        Protocol protocol = read(id, bytes, fileName, override);
        persist(protocol, bytes);
        return new IngestResult(indexNow(protocol));
    }

    /**
     * Extracts and parses an upload into a protocol not stored yet (PENDING); what a batch runs in parallel.
     *
     * @throws InvalidUploadException for a file without text, and the extractor's exceptions for unreadable files
     */
    Protocol read(String id, byte[] bytes, String fileName, MetadataOverride override) {
        ExtractedText extracted = extractor.extract(bytes, fileName);
        if (extracted.text().isBlank()) {
            throw InvalidUploadException.empty("В файле «" + fileName + "» нет текста.");
        }
        ParsedProtocol parsed = parser.parse(extracted.text());
        Extraction extraction = new Extraction(extracted.pages(), extracted.ocrPages(), textSha256(extracted.text()));
        return new Protocol(id, fileName, extracted.contentType(), bytes.length, extracted.text(), parsed,
                override, clock.instant(), ProtocolParser.VERSION, IndexState.PENDING, extraction);
    }

    /**
     * Writes the original and the protocol. The unique protocol id is the arbiter between parallel uploads of the
     * same bytes: the one whose insert succeeds wins, the others answer 409 with its id and leave the original,
     * which is the winner's too, alone.
     */
    private void persist(Protocol protocol, byte[] bytes) {
        boolean ownsOriginal = originals.store(protocol.id(), protocol.fileName(), protocol.contentType(), bytes);
        try {
            protocols.insert(protocol);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateProtocolException(protocol.id(), protocol.fileName());
            }
            throw removeOwnOriginal(protocol.id(), ownsOriginal, e);
        } catch (RuntimeException e) {
            throw removeOwnOriginal(protocol.id(), ownsOriginal, e);
        }
    }

    /**
     * After a failed insert, removes the original only if this upload created it and no protocol claims it, so a
     * failing upload never takes away the original of one that succeeded.
     */
    private RuntimeException removeOwnOriginal(String id, boolean ownsOriginal, RuntimeException failure) {
        if (ownsOriginal) {
            try {
                if (!protocols.existsById(id)) {
                    originals.delete(id);
                }
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup); // MongoDB gone: a re-run overwrites the leftover in place
            }
        }
        return failure;
    }

    /** Indexes a stored protocol, searchable on return; on failure it stays PENDING for the retrying indexer. */
    public Protocol indexNow(Protocol protocol) {
        return index(protocol, true);
    }

    /**
     * Indexes a stored protocol for a writer nobody waits on (catch-up, re-parse): searchable after the next
     * {@link #refresh()}, which the writer calls once when done; a refresh per protocol costs up to a second each.
     */
    public Protocol indexWithoutRefresh(Protocol protocol) {
        return index(protocol, false);
    }

    /** Makes what {@link #indexWithoutRefresh} wrote searchable; if Elasticsearch is gone, its own refresh will. */
    public void refresh() {
        try {
            indexer.refresh();
        } catch (IndexingException e) {
            LOG.warn("Indexed protocols become searchable at Elasticsearch's next refresh: {}", e.getMessage());
        }
    }

    private Protocol index(Protocol protocol, boolean searchableOnReturn) {
        try {
            if (searchableOnReturn) {
                indexer.index(protocol);
            } else {
                indexer.indexWithoutRefresh(protocol);
            }
        } catch (IndexingException e) {
            LOG.warn("Protocol {} stored but not indexed yet: {}", protocol.id(), e.getMessage());
            return protocol;
        }
        if (tombstones.buriedSince(protocol.id(), protocol.uploadedAt())) {
            unindexDeleted(protocol.id());
            return protocol;
        }
        protocols.updateIndexState(protocol.id(), IndexState.INDEXED);
        return protocol.withIndexState(IndexState.INDEXED);
    }

    /**
     * The protocol was deleted while this writer held an older read of it (the retry job, a re-parse, a correction):
     * what it just indexed must go again, or a search would find a protocol whose original is gone.
     */
    private void unindexDeleted(String id) {
        LOG.info("Protocol {} was deleted while being indexed; removing it from the search again", id);
        try {
            indexer.refresh(); // the deletion finds the decisions by a search, which sees only refreshed documents
            indexer.delete(id);
        } catch (IndexingException e) {
            LOG.warn("Deleted protocol {} could not be removed from the search again: {}", id, e.getMessage());
        }
    }

    /** The same words in another file (PDF and DOCX of one protocol): spacing and case do not count. */
    static String textSha256(String text) {
        String folded = text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        return sha256(folded.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A protocol's id: the SHA-256 of its original bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
