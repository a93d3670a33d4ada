package dev.svod.archive;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bson.BsonString;
import org.bson.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** The original files, in GridFS under their SHA-256 (the protocol id). */
@Singleton
public class OriginalStore {

    private final GridFSBucket bucket;
    private final MongoCollection<Document> chunks;

    public OriginalStore(MongoClient client, @Value("${mongodb.uri}") String uri) {
        MongoDatabase database = client.getDatabase(ProtocolRepository.databaseName(uri));
        this.bucket = GridFSBuckets.create(database, "originals");
        this.chunks = database.getCollection("originals.chunks");
    }

    /**
     * Stores the original under its hash. What an upload killed half-way left under the same hash (a file without
     * its protocol, or chunks without their file) is removed first, so a re-run import completes.
     */
    public void store(String sha256, String fileName, String contentType, byte[] bytes) {
        delete(sha256);
        chunks.deleteMany(Filters.eq("files_id", new BsonString(sha256)));
        GridFSUploadOptions options = new GridFSUploadOptions()
                .metadata(new Document("contentType", contentType));
        bucket.uploadFromStream(new BsonString(sha256), fileName, new ByteArrayInputStream(bytes), options);
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
        try {
            bucket.delete(new BsonString(sha256));
        } catch (MongoGridFSException alreadyGone) {
            // deleting what is not there leaves the store as asked
        }
    }
}
