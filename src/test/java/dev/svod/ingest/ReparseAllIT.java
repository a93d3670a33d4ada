package dev.svod.ingest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.svod.access.Role;
import dev.svod.archive.ProtocolRepository;
import dev.svod.parsing.ProtocolParser;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `./svod reparse`: protocols read by an older parser move to the current version; archivists' corrections stay. */
@MicronautTest
class ReparseAllIT extends IntegrationTest {

    @Inject
    ReparseService reparse;

    @Inject
    MongoClient mongo;

    @Value("${mongodb.uri}")
    String mongoUri;

    @Test
    void reparseAll_protocolsOfAnOlderParser_moveToThisVersionAndKeepTheirCorrections() {
        SvodApi archivist = as(Role.ARCHIVIST);
        byte[] text = (SeedProtocols.text("municipal_2021-12-16_gms-reshenie") + "\nПовторно: ReparseAllIT\n")
                .getBytes(StandardCharsets.UTF_8);
        String id = (String) archivist.upload("reparse-all.txt", text, Map.of()).body().get("id");
        assertThat(archivist.put("/api/protocols/" + id + "/metadata", Map.of("region", "Тверская область")).status()).isEqualTo(200);
        // as if an older parser had read it
        mongo.getDatabase(ProtocolRepository.databaseName(mongoUri)).getCollection("protocols")
                .updateOne(Filters.eq("_id", id), Updates.set("parserVersion", ProtocolParser.VERSION - 1));
        assertThat(anonymous().get("/api/protocols/" + id).body()).containsEntry("parserVersion", ProtocolParser.VERSION - 1);

        List<String> progress = new ArrayList<>();
        ReparseService.Outcome outcome = reparse.reparseAll(progress::add);

        assertThat(outcome.reparsed()).isGreaterThanOrEqualTo(1);
        Map<String, Object> stored = anonymous().get("/api/protocols/" + id).body();
        assertThat(stored).containsEntry("parserVersion", ProtocolParser.VERSION).containsEntry("region", "Тверская область");
        assertThat(anonymous().searchDecisions("", Map.of("region", "Тверская область")).body().get("total"))
                .isEqualTo(((List<?>) stored.get("decisions")).size());
    }
}
