package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.testsupport.ElasticsearchProxyTest;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Elasticsearch goes away during an import: every upload is kept, and all become searchable once it returns. */
@MicronautTest
class ElasticsearchOutageIT extends ElasticsearchProxyTest {

    private static final int FILES = 200;

    @Test
    void import_whileElasticsearchIsDown_keepsEveryProtocol_andIndexesThemWhenItReturns() throws IOException {
        SvodApi api = as(Role.ARCHIVIST);
        int searchableDuringOutage = 0;
        for (int i = 0; i < FILES; i++) {
            if (i == FILES / 3) {
                elasticsearch.cut();
            }
            SvodApi.Answer answer = api.upload("protocol-" + i + ".txt", protocol(i), Map.of());
            assertThat(answer.status()).as("upload %d", i).isEqualTo(201);
            if (i >= FILES / 3 && Boolean.TRUE.equals(answer.body().get("searchable"))) {
                searchableDuringOutage++;
            }
        }
        assertThat(searchableDuringOutage).isZero();
        assertThat(api.searchDecisions("мониторинг", Map.of()).status()).isEqualTo(503);

        elasticsearch.restore();
        long restored = System.nanoTime();

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(total(api, "")).isEqualTo(FILES * 2L));
        System.out.printf("[svod-test] %d protocols stored during the outage searchable %.1f s after Elasticsearch returned%n",
                FILES - FILES / 3, (System.nanoTime() - restored) / 1e9);
        assertThat(total(api, "уникальный" + (FILES - 1))).isEqualTo(1);
        for (int i = 0; i < FILES; i += 7) {
            assertThat(total(api, "уникальный" + i)).as("protocol %d", i).isEqualTo(1);
        }
    }

    private static long total(SvodApi api, String q) {
        SvodApi.Answer answer = api.searchDecisions(q, Map.of());
        assertThat(answer.status()).isEqualTo(200);
        return ((Number) answer.body().get("total")).longValue();
    }

    private static byte[] protocol(int i) {
        return ("ПРОТОКОЛ\nзаседания совета № " + i + "\n"
                + "1. Провести мониторинг качества образования, признак уникальный" + i + ".\nСрок: до 01.03.2022\n"
                + "2. Утвердить план работы на 2022 год.\nСрок: постоянно\n").getBytes(StandardCharsets.UTF_8);
    }
}
