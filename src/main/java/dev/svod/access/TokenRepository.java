package dev.svod.access;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.svod.archive.ProtocolRepository;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The `tokens` collection: sessions and API tokens, looked up by the hash of their secret. */
@Singleton
public class TokenRepository {

    private final MongoCollection<AccessToken> collection;

    public TokenRepository(MongoClient client, @Value("${mongodb.uri}") String uri) {
        this.collection = client.getDatabase(ProtocolRepository.databaseName(uri)).getCollection("tokens", AccessToken.class);
    }

    /** Every request with a credential looks one up by its hash. */
    public void ensureIndexes() {
        collection.createIndex(Indexes.ascending("secretHash"));
    }

    public void insert(AccessToken token) {
        collection.insertOne(token);
    }

    public Optional<AccessToken> findBySecretHash(String secretHash) {
        return Optional.ofNullable(collection.find(Filters.eq("secretHash", secretHash)).first());
    }

    public Optional<AccessToken> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first());
    }

    public void revoke(String id, Instant at) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("revokedAt", Date.from(at)));
    }

    /** Ends every session of the user (their API tokens stay). */
    public void revokeSessions(String username, Instant at) {
        collection.updateMany(Filters.and(Filters.eq("username", username), Filters.eq("kind", AccessToken.Kind.SESSION.name()),
                Filters.eq("revokedAt", null)), Updates.set("revokedAt", Date.from(at)));
    }

    /** Sessions past their end or signed out are of no use to anyone, not even the audit log (it has the sign-ins). */
    public void deleteDeadSessions(Instant now) {
        collection.deleteMany(Filters.and(Filters.eq("kind", AccessToken.Kind.SESSION.name()),
                Filters.or(Filters.lt("expiresAt", Date.from(now)), Filters.ne("revokedAt", null))));
    }

    /** API tokens only, newest first; sessions are not something a person manages. */
    public List<AccessToken> apiTokens(Optional<String> username) {
        var kind = Filters.eq("kind", AccessToken.Kind.API.name());
        var filter = username.map(u -> Filters.and(kind, Filters.eq("username", u))).orElse(kind);
        return collection.find(filter).sort(Sorts.descending("createdAt")).into(new ArrayList<>());
    }
}
