package dev.svod.archive;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoClient;
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

    public OriginalStore(MongoClient client, @Value("${mongodb.uri}") String uri) {
        this.bucket = GridFSBuckets.create(client.getDatabase(ProtocolRepository.databaseName(uri)), "originals");
    }

    public void store(String sha256, String fileName, String contentType, byte[] bytes) {
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
