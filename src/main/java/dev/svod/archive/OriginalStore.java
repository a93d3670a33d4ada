package dev.svod.archive;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoGridFSException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The original files, in GridFS under their SHA-256 (the protocol id).
 * <p>
 * Writes are idempotent and never destructive: every upload of the same bytes writes the same chunks under the
 * same id, so any number of parallel uploads of one file converge on one byte-identical original, and none of
 * them removes what another one wrote. That is why this class writes the GridFS documents itself instead of
 * using {@link GridFSBucket#uploadFromStream}: the driver inserts (a second writer fails on the unique chunk
 * index) and, on failure, deletes every chunk of the id, the winner's included.
 */
@Singleton
public class OriginalStore {

    /** GridFS's default chunk size, so files written here and by the driver look the same. */
    static final int CHUNK_SIZE = 255 * 1024;

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private volatile boolean indexed;

    public OriginalStore(MongoClient client, @Value("${mongodb.uri}") String uri) {
        MongoDatabase database = client.getDatabase(ProtocolRepository.databaseName(uri));
        this.bucket = GridFSBuckets.create(database, "originals");
        this.files = database.getCollection("originals.files");
        this.chunks = database.getCollection("originals.chunks");
    }

    /**
     * Stores the original under its hash. What a killed upload left under the same hash (chunks without their
     * file, a shorter or damaged file) is overwritten in place, so a re-run import completes.
     *
     * @return whether this call created the file document, that is, whether this upload owns the original and
     * may remove it when its protocol cannot be stored
     */
    public boolean store(String sha256, String fileName, String contentType, byte[] bytes) {
        ensureIndexes();
        int count = Math.max(1, (bytes.length + CHUNK_SIZE - 1) / CHUNK_SIZE);
        List<WriteModel<Document>> writes = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            byte[] data = Arrays.copyOfRange(bytes, n * CHUNK_SIZE, Math.min(bytes.length, (n + 1) * CHUNK_SIZE));
            writes.add(new ReplaceOneModel<>(Filters.and(Filters.eq("files_id", sha256), Filters.eq("n", n)),
                    new Document("files_id", sha256).append("n", n).append("data", new Binary(data)),
                    new ReplaceOptions().upsert(true)));
        }
        try {
            chunks.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // a duplicate key here is a parallel writer that inserted the same chunk first: the same bytes
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
        // chunks past the end can only be a damaged leftover: every writer of these bytes writes `count` chunks
        chunks.deleteMany(Filters.and(Filters.eq("files_id", sha256), Filters.gte("n", count)));
        // the file document comes last, as in GridFS: once it is there, its chunks are complete
        try {
            return files.updateOne(Filters.eq("_id", sha256),
                    Updates.combine(
                            Updates.set("length", (long) bytes.length),
                            Updates.set("chunkSize", CHUNK_SIZE),
                            Updates.setOnInsert("uploadDate", new Date()),
                            Updates.setOnInsert("filename", fileName),
                            Updates.setOnInsert("metadata", new Document("contentType", contentType))),
                    new UpdateOptions().upsert(true)).getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false; // a parallel writer of the same bytes created it between our match and our insert
        }
    }

    public Optional<byte[]> read(String sha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            bucket.downloadToStream(new BsonString(sha256), out);
        } catch (MongoGridFSException notFound) {
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }

    public void delete(String sha256) {
        files.deleteOne(Filters.eq("_id", sha256));
        chunks.deleteMany(Filters.eq("files_id", sha256));
    }

    /**
     * The unique chunk index is what keeps parallel upserts of one chunk from inserting it twice. Created on first
     * write rather than at start, so the app starts while MongoDB is away.
     */
    private void ensureIndexes() {
        if (!indexed) {
            chunks.createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true));
            files.createIndex(Indexes.ascending("filename", "uploadDate"));
            indexed = true;
        }
    }
}
