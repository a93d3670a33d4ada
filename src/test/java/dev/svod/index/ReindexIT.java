package dev.svod.index;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ReindexIT extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ReindexService reindex;

    @Inject
    IndexSetup setup;

    @Inject
    ElasticsearchSettings settings;

    @Inject
    dev.svod.archive.ProtocolRepository protocols;

    @Test
    void reindex_buildsNextVersionAndSwapsAliases_whileSearchesKeepAnswering() throws Exception {
        SvodApi api = as(Role.ARCHIVIST);
        java.time.Instant beforeUploads = java.time.Instant.now().minusSeconds(1);
        for (String seed : SeedProtocols.NAMES) {
            assertThat(api.upload(seed + ".txt", SeedProtocols.txt(seed), Map.of()).status()).isEqualTo(201);
        }
        long before = ((Number) api.searchDecisions("образования", Map.of()).body().get("total")).longValue();
        String oldIndex = setup.indicesBehind(settings.decisionsAlias()).get(0);

        AtomicBoolean running = new AtomicBoolean(true);
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> totals = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                SvodApi.Answer answer = api.searchDecisions("образования", Map.of());
                statuses.add(answer.status());
                if (answer.status() == 200) {
                    totals.add(((Number) answer.body().get("total")).longValue());
                }
            }
        });
        ReindexService.Outcome outcome = reindex.reindex(line -> { });
        running.set(false);
        searcher.get();

        assertThat(outcome.protocols()).isEqualTo(SeedProtocols.NAMES.size());
        assertThat(outcome.caughtUp()).isZero();
        assertThat(protocols.findUploadedSince(beforeUploads)).hasSize(SeedProtocols.NAMES.size());
        assertThat(protocols.findUploadedSince(java.time.Instant.now().plusSeconds(1))).isEmpty();
        assertThat(setup.indicesBehind(settings.decisionsAlias())).containsExactly(outcome.decisionsIndex())
                .doesNotContain(oldIndex);
        assertThat(outcome.decisionsIndex()).isEqualTo(oldIndex.replaceAll("-v\\d+$", "") + "-v2");
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(totals).containsOnly(before);
        assertThat(((Number) api.searchDecisions("образования", Map.of()).body().get("total")).longValue()).isEqualTo(before);
    }
}
