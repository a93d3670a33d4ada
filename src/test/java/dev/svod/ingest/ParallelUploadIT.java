package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One writer per file: parallel uploads of the same bytes store one protocol and one byte-identical original,
 * the others answer 409 with its id; parallel uploads of different files all get stored.
 */
@MicronautTest
class ParallelUploadIT extends IntegrationTest {

    private static final int CLIENTS = 50;

    @Inject
    ProtocolRepository protocols;

    @Inject
    OriginalStore originals;

    @Test
    void upload_sameFileFiftyTimesInParallel_oneStoredOthers409WithItsId() throws Exception {
        byte[] bytes = protocolText("одновременно").getBytes(StandardCharsets.UTF_8);
        String id = IngestService.sha256(bytes);
        SvodApi api = as(Role.ARCHIVIST);

        List<SvodApi.Answer> answers = inParallel(i -> api.upload("copy-" + i + ".txt", bytes, Map.of()));

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(CLIENTS - 1)
                .allSatisfy(a -> assertThat(a.body()).containsEntry("protocolId", id));
        assertStoredOnce(id, bytes, api);
    }

    @Test
    void uploadBatch_sameFileFiftyTimesInParallel_oneStoredOthers409WithItsId() throws Exception {
        byte[] bytes = protocolText("пакетом").getBytes(StandardCharsets.UTF_8);
        byte[] other = protocolText("второй файл пакета").getBytes(StandardCharsets.UTF_8);
        String id = IngestService.sha256(bytes);
        SvodApi api = as(Role.ARCHIVIST);

        List<SvodApi.Answer> answers = inParallel(i -> api.uploadBatch(
                Map.of("copy-" + i + ".txt", bytes, "other-" + i + ".txt", other), Map.of()));

        List<Map<String, Object>> results = answers.stream().flatMap(a -> results(a).stream()).toList();
        assertThat(results).filteredOn(r -> id.equals(r.get("id")) && r.get("status").equals(201)).hasSize(1);
        assertThat(results).filteredOn(r -> id.equals(r.get("id")) && r.get("status").equals(409)).hasSize(CLIENTS - 1);
        assertThat(results).filteredOn(r -> r.get("status").equals(201)).hasSize(2);
        assertThat(results).extracting(r -> r.get("status")).containsOnly(201, 409);
        assertStoredOnce(id, bytes, api);
        assertStoredOnce(IngestService.sha256(other), other, api);
    }

    @Test
    void upload_fiftyDifferentFilesInParallel_allStored() throws Exception {
        SvodApi api = as(Role.ARCHIVIST);
        String marker = "различные" + System.nanoTime();

        List<SvodApi.Answer> answers = inParallel(i -> api.upload("distinct-" + i + ".txt",
                protocolText(marker + " " + i).getBytes(StandardCharsets.UTF_8), Map.of()));

        assertThat(answers).extracting(SvodApi.Answer::status).containsOnly(201);
        assertThat(answers).extracting(a -> a.body().get("id")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(protocols.existsById((String) id)).isTrue());
    }

    private void assertStoredOnce(String id, byte[] bytes, SvodApi api) {
        assertThat(protocols.existsById(id)).isTrue();
        assertThat(originals.read(id)).as("the original, byte-identical").contains(bytes);
        assertThat(api.get("/api/protocols/" + id + "/original").status()).isEqualTo(200);
        assertThat(protocols.findById(id)).get().extracting(p -> p.indexState()).as("searchable")
                .isEqualTo(dev.svod.protocol.IndexState.INDEXED);
    }

    /** Starts every call at once behind a latch, so they really race on the same id. */
    private static List<SvodApi.Answer> inParallel(IntFunction<SvodApi.Answer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SvodApi.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<SvodApi.Answer> answers = new ArrayList<>();
            for (Future<SvodApi.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(SvodApi.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.body().get("results");
    }

    private static String protocolText(String words) {
        return "Протокол заседания коллегии\nРЕШИЛИ:\n1. Утвердить план работы (" + words + ").\nСрок: до 01.02.2023\n";
    }
}
