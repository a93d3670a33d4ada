package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.archive.OriginalStore;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload killed after the original was written but before its protocol: the re-run completes it once. */
@MicronautTest
class InterruptedUploadIT extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    OriginalStore originals;

    @Test
    void reupload_afterAKillBetweenOriginalAndProtocol_storesItOnce() {
        String seed = SeedProtocols.NAMES.get(1);
        byte[] bytes = SeedProtocols.txt(seed);
        String id = IngestService.sha256(bytes);
        originals.store(id, "half-done.txt", "text/plain", "оборвано".getBytes(StandardCharsets.UTF_8));
        SvodApi api = as(Role.ARCHIVIST);

        SvodApi.Answer answer = api.upload(seed + ".txt", bytes, Map.of());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("id", id);
        assertThat(originals.read(id)).contains(bytes);
        assertThat(api.upload(seed + ".txt", bytes, Map.of()).status()).isEqualTo(409);
        long decisions = ((Number) answer.body().get("decisions")).longValue();
        assertThat(((Number) api.searchDecisions("", Map.of("size", "100")).body().get("total")).longValue()).isEqualTo(decisions);
    }
}
