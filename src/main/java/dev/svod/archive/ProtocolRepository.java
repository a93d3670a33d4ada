package dev.svod.archive;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The `protocols` collection, the source of truth. Records are mapped by the driver's own record codec; only
 * plain CRUD is used, so a real MongoDB and the mongo-java-server fallback behave the same. A protocol too large
 * for one document is kept as a small stub here and its body in GridFS ({@link ProtocolBodies}); every method
 * reads and writes whole protocols either way.
 */
@Singleton
public class ProtocolRepository {

    private final MongoCollection<Protocol> collection;
    private final MongoCollection<BsonDocument> stored;
    private final ProtocolBodies bodies;

    public ProtocolRepository(MongoClient client, @Value("${mongodb.uri}") String uri) {
        MongoDatabase database = client.getDatabase(databaseName(uri));
        this.collection = database.getCollection("protocols", Protocol.class);
        this.stored = collection.withDocumentClass(BsonDocument.class);
        this.bodies = new ProtocolBodies(database, collection.getCodecRegistry().get(Protocol.class));
    }

    /** The database named in the URI; one database holds protocols, originals, users and the audit log. */
    public static String databaseName(String uri) {
        return Optional.ofNullable(new ConnectionString(uri).getDatabase()).orElse("svod");
    }

    public boolean existsById(String id) {
        return collection.withDocumentClass(Document.class)
                .find(Filters.eq("_id", id)).projection(Projections.include("_id")).first() != null;
    }

    public Optional<Protocol> findById(String id) {
        return Optional.ofNullable(stored.find(Filters.eq("_id", id)).first()).map(bodies::fromStored);
    }

    /** The size of the protocol's own document in the collection, in bytes (its body in GridFS not counted). */
    public long storedDocumentSize(String id) {
        RawBsonDocument document = collection.withDocumentClass(RawBsonDocument.class).find(Filters.eq("_id", id)).first();
        return document == null ? 0 : document.getByteBuffer().remaining();
    }

    /** Inserts a new protocol; a second insert of the same id fails with a duplicate-key error. */
    public void insert(Protocol protocol) {
        BsonDocument document = bodies.toStored(protocol);
        try {
            stored.insertOne(document);
        } catch (RuntimeException e) {
            bodies.deleteBodyOf(document);
            throw e;
        }
    }

    /**
     * Inserts the protocols in one unordered request, so one duplicate does not stop the others.
     *
     * @return the ids that were already stored (duplicate key); every other protocol is inserted
     * @throws com.mongodb.MongoException for any other failure
     */
    public Set<String> insertAll(List<Protocol> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        List<BsonDocument> documents = batch.stream().map(bodies::toStored).toList();
        try {
            stored.insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            e.getWriteErrors().forEach(error -> bodies.deleteBodyOf(documents.get(error.getIndex())));
            Set<String> duplicates = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(batch.get(error.getIndex()).id());
            }
            return duplicates;
        }
    }

    /** A protocol stored before this one whose text is the same (another file of it), if any: the first of them. */
    public Optional<StoredCopy> findEarlierWithSameText(Protocol protocol) {
        if (protocol.extraction() == null) {
            return Optional.empty();
        }
        Date uploaded = Date.from(protocol.uploadedAt());
        return Optional.ofNullable(collection.withDocumentClass(Document.class)
                .find(Filters.and(Filters.eq("extraction.textSha256", protocol.extraction().textSha256()),
                        Filters.ne("_id", protocol.id()),
                        Filters.or(Filters.lt("uploadedAt", uploaded),
                                Filters.and(Filters.eq("uploadedAt", uploaded), Filters.lt("_id", protocol.id())))))
                .projection(Projections.include("_id", "fileName"))
                .sort(Sorts.ascending("uploadedAt", "_id")).first())
                .map(d -> new StoredCopy(d.getString("_id"), d.getString("fileName")));
    }

    /** Which stored protocol, by id and file name. */
    @io.micronaut.serde.annotation.Serdeable
    public record StoredCopy(String id, String fileName) {
    }

    /** Which of the ids are stored, in one query. */
    public Set<String> existingIds(Collection<String> ids) {
        return collection.withDocumentClass(Document.class).find(Filters.in("_id", ids))
                .projection(Projections.include("_id")).map(d -> d.getString("_id")).into(new HashSet<>());
    }

    public void updateIndexStates(Collection<String> ids, IndexState state) {
        if (!ids.isEmpty()) {
            collection.updateMany(Filters.in("_id", ids), Updates.set("indexState", state.name()));
        }
    }

    /** Replaces a stored protocol; a body it had is removed once the new version is in place. */
    public void replace(Protocol protocol) {
        Optional<BsonDocument> before = bodyPointer(protocol.id());
        BsonDocument document = bodies.toStored(protocol);
        try {
            stored.replaceOne(Filters.eq("_id", protocol.id()), document);
        } catch (RuntimeException e) {
            bodies.deleteBodyOf(document);
            throw e;
        }
        before.ifPresent(bodies::deleteBodyOf);
    }

    /** Ids only, so a pass over a large archive holds one protocol in memory at a time. */
    public List<String> findAllIds() {
        return collection.withDocumentClass(Document.class).find().projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    /** Protocols uploaded at or after the instant. */
    public List<Protocol> findUploadedSince(Instant since) {
        return stored.find(Filters.gte("uploadedAt", Date.from(since))).map(bodies::fromStored).into(new ArrayList<>());
    }

    public void delete(String id) {
        Optional<BsonDocument> before = bodyPointer(id);
        collection.deleteOne(Filters.eq("_id", id));
        before.ifPresent(bodies::deleteBodyOf);
    }

    private Optional<BsonDocument> bodyPointer(String id) {
        return Optional.ofNullable(stored.find(Filters.eq("_id", id)).projection(Projections.include(ProtocolBodies.BODY_FIELD)).first());
    }

    public void updateIndexState(String id, IndexState state) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("indexState", state.name()));
    }

    /** The outbox: protocols stored before {@code before} and not yet in Elasticsearch, oldest first. */
    public List<Protocol> findPendingStoredBefore(Instant before, int limit) {
        return stored.find(Filters.and(Filters.eq("indexState", IndexState.PENDING.name()),
                        Filters.lt("uploadedAt", Date.from(before))))
                .sort(Sorts.ascending("uploadedAt")).limit(limit).map(bodies::fromStored).into(new ArrayList<>());
    }
}
