package dev.svod.access;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.svod.archive.ProtocolRepository;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The `users` collection; the username is the id, so two users can never share one. */
@Singleton
public class UserRepository {

    private final MongoCollection<User> collection;

    public UserRepository(MongoClient client, @Value("${mongodb.uri}") String uri) {
        this.collection = client.getDatabase(ProtocolRepository.databaseName(uri)).getCollection("users", User.class);
    }

    public Optional<User> find(String username) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", username)).first());
    }

    public boolean none() {
        return collection.countDocuments() == 0;
    }

    /** @throws com.mongodb.MongoWriteException when the username is taken */
    public void insert(User user) {
        collection.insertOne(user);
    }

    public void replace(User user) {
        collection.replaceOne(Filters.eq("_id", user.username()), user);
    }

    public List<User> all() {
        return collection.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
