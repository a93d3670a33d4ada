package dev.svod.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.svod.SvodException;
import dev.svod.archive.ProtocolRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The `audit` collection: written for every change to the archive, its users and tokens; read by admins. */
@Singleton
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final MongoCollection<AuditEntry> collection;
    private final Clock clock;

    public AuditLog(MongoClient client, @Value("${mongodb.uri}") String uri, Clock clock) {
        this.collection = client.getDatabase(ProtocolRepository.databaseName(uri)).getCollection("audit", AuditEntry.class);
        this.clock = clock;
    }

    /** The log is read newest first. */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            collection.createIndex(Indexes.descending("at"));
        } catch (com.mongodb.MongoException e) {
            LOG.warn("MongoDB did not answer at start; the audit log's index is made at the next start", e);
        }
    }

    public void record(String actor, AuditAction action, @Nullable String target, String outcome, @Nullable String detail) {
        collection.insertOne(new AuditEntry(new ObjectId().toHexString(), clock.instant(), actor, action.id(), target,
                outcome, detail));
    }

    /** Writes the entry, or replaces the one of the same id: a folded entry is written again as its count grows. */
    void upsert(AuditEntry entry) {
        collection.replaceOne(Filters.eq("_id", entry.id()), entry, new ReplaceOptions().upsert(true));
    }

    /**
     * Runs the work and records how it ended: "ok", or the error code of the Svod failure it was answered with.
     * Any other failure is recorded as "failed" and passed on.
     */
    public <T> T audited(String actor, AuditAction action, @Nullable String target, @Nullable String detail, Supplier<T> work) {
        return audited(actor, action, target, result -> target, detail, work);
    }

    /**
     * The same, for work whose target is known from its result only (an upload's protocol id); a failure about a
     * stored protocol (a duplicate) names that one.
     */
    public <T> T audited(String actor, AuditAction action, @Nullable String target, Function<T, String> targetOfResult,
                         @Nullable String detail, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (SvodException e) {
            record(actor, action, e.protocolId() != null ? e.protocolId() : target, e.error(), detail);
            throw e;
        } catch (RuntimeException e) {
            record(actor, action, target, "failed", detail);
            throw e;
        }
        record(actor, action, targetOfResult.apply(result), AuditEntry.OK, detail);
        return result;
    }

    /** Newest first; pages count from 1. */
    public AuditPage page(int page, int size) {
        List<AuditEntry> entries = collection.find().sort(Sorts.descending("at", "_id"))
                .skip((page - 1) * size).limit(size).into(new ArrayList<>());
        return new AuditPage(collection.countDocuments(), page, size, entries.stream().map(AuditLine::of).toList());
    }

    @Serdeable
    public record AuditPage(long total, int page, int size, List<AuditLine> entries) {
    }

    /** An entry as admins read it; the MongoDB id stays inside. */
    @Serdeable
    public record AuditLine(Instant at, String actor, String action, @Nullable String target, String outcome,
                            @Nullable String detail, long count) {
        static AuditLine of(AuditEntry e) {
            return new AuditLine(e.at(), e.actor(), e.action(), e.target(), e.outcome(), e.detail(),
                    e.count() == null ? 1 : e.count());
        }
    }
}
