package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class UploadIT extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    private SvodApi api() {
        return as(Role.ARCHIVIST);
    }

    static Stream<String> seeds() {
        return SeedProtocols.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void upload_seedAsTxt_storesDecisionsAndOriginal(String seed) {
        byte[] bytes = SeedProtocols.txt(seed);
        SvodApi.Answer answer = api().upload(seed + ".txt", bytes, Map.of());

        assertThat(answer.status()).isEqualTo(201);
        assertThat((Integer) answer.body().get("decisions")).isGreaterThan(0);
        assertThat(answer.body().get("searchable")).isEqualTo(true);
        String id = (String) answer.body().get("id");
        SvodApi.Answer stored = api().get("/api/protocols/" + id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(((String) stored.body().get("text")).replaceAll("\\s+", " ")).contains(firstWordsOf(seed));
        byte[] original = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/protocols/" + id + "/original"), byte[].class);
        assertThat(original).isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void upload_seedAsDocx_extractsSameWords(String seed) {
        SvodApi.Answer answer = api().upload(seed + ".docx", SeedProtocols.docx(seed), Map.of());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("contentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String text = (String) api().get("/api/protocols/" + answer.body().get("id")).body().get("text");
        assertThat(text.replaceAll("\\s+", " ")).contains(firstWordsOf(seed));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void upload_seedAsPdf_extractsDecisions(String seed) {
        SvodApi.Answer answer = api().upload(seed + ".pdf", SeedProtocols.pdf(seed), Map.of());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("contentType")).isEqualTo("application/pdf");
        assertThat((Integer) answer.body().get("decisions")).isGreaterThan(0);
    }

    @Test
    void upload_sameBytesTwice_answers409WithStoredId() {
        byte[] bytes = ("1. Утвердить план работы совета на 2023 год.\nСрок: до 01.02.2023 " + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        SvodApi.Answer first = api().upload("plan.txt", bytes, Map.of());
        SvodApi.Answer again = api().upload("plan-copy.txt", bytes, Map.of());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).containsEntry("error", "duplicate").containsEntry("protocolId", first.body().get("id"));
        assertThat((String) again.body().get("message")).contains("уже загружен");
    }

    @Test
    void upload_emptyFile_answers400() {
        SvodApi.Answer answer = api().upload("empty.pdf", new byte[0], Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("error", "empty_file");
        assertThat((String) answer.body().get("message")).contains("пуст");
    }

    @Test
    void upload_binaryJunkNamedPdf_answers415ByContent() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        SvodApi.Answer answer = api().upload("protocol.pdf", junk, Map.of());

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body()).containsEntry("error", "unsupported_type");
        assertThat((String) answer.body().get("message")).contains("PDF, DOCX");
    }

    @Test
    void upload_zipArchive_answers415() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("protocol.txt"));
            zip.write(SeedProtocols.txt(SeedProtocols.NAMES.get(0)));
        }

        SvodApi.Answer answer = api().upload("protocols.docx", bytes.toByteArray(), Map.of());

        assertThat(answer.status()).isEqualTo(415);
        assertThat((String) answer.body().get("message")).contains("application/zip");
    }

    @Test
    void upload_truncatedScanImage_answers422WithFileName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        SvodApi.Answer answer = api().upload("scan.png", png, Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("error", "unreadable_file");
        assertThat((String) answer.body().get("message")).contains("scan.png");
    }

    @Test
    void upload_withRegion_overridesParserAndKeepsItsGuess() {
        byte[] bytes = ("Решение\n1. Отделу образования провести мониторинг до 01.03.2022; " + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        SvodApi.Answer answer = api().upload("gms.txt", bytes, Map.of("region", "Тверская область", "municipality", "г. Ржев"));

        Map<String, Object> stored = api().get("/api/protocols/" + answer.body().get("id")).body();
        assertThat(stored).containsEntry("region", "Тверская область").containsEntry("municipality", "г. Ржев");
        @SuppressWarnings("unchecked")
        Map<String, Object> override = (Map<String, Object>) stored.get("override");
        assertThat(override).containsEntry("region", "Тверская область");
    }

    @Test
    void upload_pathLikeNameWithBidiOverride_isStoredUnderItsBaseName_andDownloadsUnderIt() {
        byte[] bytes = ("ПРОТОКОЛ\n1. Провести проверку имени файла.\nСрок: до 01.03.2022\n").getBytes(StandardCharsets.UTF_8);

        SvodApi.Answer answer = api().upload("..\\..\\windows/../../etc/прото\u202Ekcod.txt", bytes, Map.of());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("fileName")).isEqualTo("протоkcod.txt");
        io.micronaut.http.HttpResponse<byte[]> original = http.toBlocking().exchange(
                io.micronaut.http.HttpRequest.GET("/api/protocols/" + answer.body().get("id") + "/original"), byte[].class);
        assertThat(original.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"protocol\"; filename*=UTF-8''%D0%BF%D1%80%D0%BE%D1%82%D0%BEkcod.txt");
    }

    @Test
    void protocol_unknownId_answers404() {
        assertThat(api().get("/api/protocols/" + "0".repeat(64)).status()).isEqualTo(404);
    }

    private static String firstWordsOf(String seed) {
        return List.of(SeedProtocols.text(seed).strip().split("\\s+")).subList(0, 2).stream()
                .reduce((a, b) -> a + " " + b).orElseThrow();
    }
}
