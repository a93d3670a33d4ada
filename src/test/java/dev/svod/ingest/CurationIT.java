package dev.svod.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.svod.access.Role;
import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.index.ElasticsearchSettings;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An archivist corrects a protocol's metadata (re-indexed, the parser's reading kept); an admin deletes one entirely. */
@MicronautTest
class CurationIT extends IntegrationTest {

    private static final String MUNICIPAL = "municipal_2021-12-16_gms-reshenie";
    private static final String TVER = "Тверская область";

    @Inject
    OriginalStore originals;

    @Inject
    ProtocolRepository protocols;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    ElasticsearchSettings settings;

    @Inject
    IngestService ingest;

    @Test
    @SuppressWarnings("unchecked")
    void correctMetadata_setsTheOverride_keepsTheParsersReading_andReindexes() {
        SvodApi archivist = as(Role.ARCHIVIST);
        SvodApi.Answer uploaded = archivist.upload(MUNICIPAL + ".txt", SeedProtocols.txt(MUNICIPAL), Map.of());
        String id = (String) uploaded.body().get("id");
        int decisions = (Integer) uploaded.body().get("decisions");
        assertThat(decisionsIn(TVER)).isZero();

        SvodApi.Answer corrected = archivist.put("/api/protocols/" + id + "/metadata",
                Map.of("region", TVER, "date", "2021-12-20", "kind", "решение"));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body()).containsEntry("region", TVER).containsEntry("searchable", true);
        Map<String, Object> view = archivist.get("/api/protocols/" + id).body();
        assertThat(view).containsEntry("region", TVER).containsEntry("date", "2021-12-20").containsEntry("kind", "решение");
        assertThat((Map<String, Object>) view.get("override")).containsEntry("region", TVER).containsEntry("date", "2021-12-20");
        assertThat(((Map<?, ?>) view.get("parsed")).get("region")).as("the parser's own reading").isNull();
        assertThat(((Map<?, ?>) view.get("parsed")).get("date")).isEqualTo("2021-12-16");
        assertThat(decisionsIn(TVER)).isEqualTo(decisions);

        Map<String, String> cleared = new HashMap<>();
        cleared.put("region", "");
        archivist.put("/api/protocols/" + id + "/metadata", cleared);

        assertThat(decisionsIn(TVER)).as("an emptied field goes back to the parser's reading").isZero();
        assertThat(archivist.get("/api/protocols/" + id).body()).containsEntry("date", "2021-12-16");
    }

    @Test
    void correctMetadata_badDateOrUnknownProtocol_isExplained() {
        SvodApi archivist = as(Role.ARCHIVIST);

        SvodApi.Answer badDate = archivist.put("/api/protocols/" + "0".repeat(64) + "/metadata", Map.of("date", "20.12.2021"));
        SvodApi.Answer unknown = archivist.put("/api/protocols/" + "0".repeat(64) + "/metadata", Map.of("region", TVER));

        assertThat(badDate.status()).isEqualTo(400);
        assertThat((String) badDate.body().get("message")).contains("ГГГГ-ММ-ДД");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).containsEntry("error", "not_found");
    }

    @Test
    void delete_removesDocumentOriginalAndEveryIndexedDocument() throws IOException {
        String seed = SeedProtocols.NAMES.get(0);
        byte[] bytes = SeedProtocols.txt(seed);
        SvodApi.Answer uploaded = as(Role.ARCHIVIST).upload(seed + ".txt", bytes, Map.of());
        String id = (String) uploaded.body().get("id");
        assertThat(indexedDecisionsOf(id)).isEqualTo(((Integer) uploaded.body().get("decisions")).longValue()).isPositive();

        SvodApi.Answer deleted = as(Role.ADMIN).delete("/api/protocols/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(protocols.findById(id)).isEmpty();
        assertThat(originals.read(id)).isEmpty();
        assertThat(indexedDecisionsOf(id)).isZero();
        assertThat(elasticsearch.exists(e -> e.index(settings.protocolsAlias()).id(id)).value()).isFalse();
        assertThat(anonymous().get("/api/protocols/" + id).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/protocols/" + id + "/original").status()).isEqualTo(404);
        assertThat(as(Role.ADMIN).delete("/api/protocols/" + id).status()).isEqualTo(404);
        SvodApi.Answer again = as(Role.ARCHIVIST).upload(seed + ".txt", bytes, Map.of());
        assertThat(again.status()).as("nothing left behind that would make it a duplicate").isEqualTo(201);
        assertThat(again.body().get("searchable")).as("its tombstone is older than the new upload").isEqualTo(true);
    }

    @Test
    void delete_whileTheRetryJobHoldsAnEarlierRead_theProtocolDoesNotComeBackToTheSearch() throws IOException {
        String seed = SeedProtocols.NAMES.get(2);
        String id = (String) as(Role.ARCHIVIST).upload(seed + ".txt", SeedProtocols.txt(seed), Map.of()).body().get("id");
        // what PendingIndexer holds after findPendingStoredBefore, read just before the admin's deletion
        Protocol readByRetryJob = protocols.findById(id).orElseThrow().withIndexState(IndexState.PENDING);
        assertThat(as(Role.ADMIN).delete("/api/protocols/" + id).status()).isEqualTo(204);

        Protocol afterRetry = ingest.indexWithoutRefresh(readByRetryJob);
        ingest.refresh();

        assertThat(afterRetry.indexState()).isEqualTo(IndexState.PENDING);
        assertThat(indexedDecisionsOf(id)).isZero();
        assertThat(elasticsearch.exists(e -> e.index(settings.protocolsAlias()).id(id)).value()).isFalse();
        assertThat(protocols.findById(id)).isEmpty();
    }

    private long decisionsIn(String region) {
        return ((Number) anonymous().searchDecisions("", Map.of("region", region)).body().get("total")).longValue();
    }

    private long indexedDecisionsOf(String protocolId) throws IOException {
        return elasticsearch.count(c -> c.index(settings.decisionsAlias())
                .query(q -> q.term(t -> t.field("protocolId").value(protocolId)))).count();
    }
}
