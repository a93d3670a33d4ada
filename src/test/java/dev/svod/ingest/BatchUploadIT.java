package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.archive.ProtocolRepository;
import dev.svod.protocol.IndexState;
import dev.svod.testsupport.ElasticsearchProxyTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Several files in one request: each gets its own answer, and the guarantees of a single upload hold for each. */
@MicronautTest
class BatchUploadIT extends ElasticsearchProxyTest {

    @Inject
    ProtocolRepository protocols;

    @Test
    void uploadBatch_mixedFiles_eachItsOwnStatus_goodOnesStoredAndSearchable() {
        SvodApi api = as(Role.ARCHIVIST);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("smolensk.docx", SeedProtocols.docx(SeedProtocols.NAMES.get(4)));
        files.put("junk.pdf", new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9});
        files.put("amur.pdf", SeedProtocols.pdf(SeedProtocols.NAMES.get(0)));
        files.put("smolensk-again.docx", SeedProtocols.docx(SeedProtocols.NAMES.get(4)));
        files.put("municipal.txt", SeedProtocols.txt(SeedProtocols.NAMES.get(3)));

        SvodApi.Answer first = api.uploadBatch(files, Map.of());
        SvodApi.Answer again = api.uploadBatch(files, Map.of());

        assertThat(first.status()).isEqualTo(200);
        assertThat(results(first)).extracting(r -> r.get("status") + " " + r.get("error"))
                .containsExactly("201 null", "415 unsupported_type", "201 null", "409 duplicate", "201 null");
        assertThat(results(first)).extracting(r -> r.get("fileName")).contains("smolensk.docx", "junk.pdf", "amur.pdf",
                "smolensk-again.docx", "municipal.txt");
        assertThat(results(first)).filteredOn(r -> r.get("status").equals(201))
                .allSatisfy(r -> assertThat(r.get("searchable")).isEqualTo(true))
                .allSatisfy(r -> assertThat(protocols.findById((String) r.get("id"))).get()
                        .extracting(p -> p.indexState()).isEqualTo(IndexState.INDEXED));
        assertThat(results(again)).extracting(r -> r.get("status"))
                .containsExactly(409, 415, 409, 409, 409);
        assertThat(results(first).get(3).get("id")).as("the duplicate names the stored one").isEqualTo(results(first).get(0).get("id"));
        assertThat(((Number) api.searchDecisions("качества образования", Map.of("region", "Смоленская область"))
                .body().get("total")).longValue()).isPositive();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> audited = (List<Map<String, Object>>) as(Role.ADMIN).get("/api/admin/audit?size=10").body().get("entries");
        assertThat(audited).as("each file of both batches audited as an upload, newest first")
                .extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("detail"))
                .containsExactly("upload duplicate municipal.txt", "upload duplicate smolensk-again.docx", "upload duplicate amur.pdf",
                        "upload unsupported_type junk.pdf", "upload duplicate smolensk.docx",
                        "upload ok municipal.txt", "upload duplicate smolensk-again.docx", "upload ok amur.pdf",
                        "upload unsupported_type junk.pdf", "upload ok smolensk.docx");
    }

    @Test
    void uploadBatch_elasticsearchDown_storedPending_thenIndexedByTheRetry() throws IOException {
        SvodApi api = as(Role.ARCHIVIST);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            files.put("outage-" + i + ".txt", ("ПРОТОКОЛ\nзаседания совета № " + i + "\n1. Провести мониторинг, признак "
                    + "пакетный" + i + ".\nСрок: до 01.03.2022\n").getBytes(StandardCharsets.UTF_8));
        }
        elasticsearch.cut();
        SvodApi.Answer answer;
        try {
            answer = api.uploadBatch(files, Map.of("region", "Тверская область"));
        } finally {
            elasticsearch.restore();
        }

        assertThat(results(answer)).extracting(r -> r.get("status") + " " + r.get("searchable"))
                .containsOnly("201 false").hasSize(5);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (int i = 0; i < 5; i++) {
                assertThat(((Number) api.searchDecisions("пакетный" + i, Map.of()).body().get("total")).longValue())
                        .as("protocol %d", i).isEqualTo(1);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(SvodApi.Answer answer) {
        return (List<Map<String, Object>>) answer.body().get("results");
    }
}
