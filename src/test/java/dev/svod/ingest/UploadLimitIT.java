package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class UploadLimitIT extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("micronaut.server.max-request-size", "1MB");
        properties.put("micronaut.server.multipart.max-file-size", "1MB");
        return properties;
    }

    @Test
    void upload_overTheLimit_answers413AndStoresNothing() {
        byte[] big = "1. Утвердить план работы. ".repeat(60_000).getBytes(StandardCharsets.UTF_8);
        SvodApi api = as(Role.ARCHIVIST);

        SvodApi.Answer answer = api.upload("big.txt", big, Map.of());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).containsEntry("error", "request_entity_too_large");
        assertThat((String) answer.body().get("message")).contains("слишком большой");
        assertThat(api.searchDecisions("", Map.of()).body().get("total")).isEqualTo(0);
    }
}
