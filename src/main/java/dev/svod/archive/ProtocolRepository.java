package dev.svod.archive;

import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@MongoRepository
public interface ProtocolRepository extends CrudRepository<Protocol, String> {

    List<Protocol> findByIndexState(IndexState indexState);

    void update(@Id String id, IndexState indexState);
}
