package dev.svod.archive;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * Which protocols were deleted, and when (collection {@code tombstones}). A writer that read a protocol before its
 * deletion (the retry job, a re-parse) may index it after the deletion took it out of Elasticsearch; it asks here
 * after indexing and takes it out again. A later upload of the same bytes is a new protocol: only deletions after
 * the protocol's upload count.
 */
@Singleton
public class Tombstones {

    private final MongoCollection<Document> collection;

    public Tombstones(MongoClient client, @Value("${mongodb.uri}") String uri) {
        this.collection = client.getDatabase(ProtocolRepository.databaseName(uri)).getCollection("tombstones");
    }

    /** Written before the deletion starts, so any indexing that ends after the deletion sees it. */
    public void bury(String id, Instant at) {
        collection.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("deletedAt", Date.from(at)),
                new ReplaceOptions().upsert(true));
    }

    /** Takes back a deletion that did not happen. */
    public void unbury(String id) {
        collection.deleteOne(Filters.eq("_id", id));
    }

    /** Whether the protocol uploaded at {@code uploadedAt} has been deleted since. */
    public boolean buriedSince(String id, Instant uploadedAt) {
        return collection.find(Filters.and(Filters.eq("_id", id), Filters.gte("deletedAt", Date.from(uploadedAt))))
                .first() != null;
    }
}
