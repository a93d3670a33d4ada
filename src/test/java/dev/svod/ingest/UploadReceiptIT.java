package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.archive.UploadReceipt;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload receipt: in the upload answers, on the protocol, and after «Перечитать». */
@MicronautTest
class UploadReceiptIT extends IntegrationTest {

    private static final String MUNICIPAL = "municipal_2021-12-16_gms-reshenie";
    private static final String SMOLENSK = "smolensk-oblast_2021-12-09_kollegiya-reshenie";
    private static final String KHABAROVSK = "khabarovsk-krai_2020-10-23_sovet-protokol";

    @Test
    void upload_protocolWithoutRegion_receiptCountsDecisionsAndDeadlinesAndWarnsOfTheRegion() {
        SvodApi.Answer answer = as(Role.ARCHIVIST).upload("municipal.txt", SeedProtocols.txt(MUNICIPAL), Map.of());

        assertThat(answer.status()).isEqualTo(201);
        Map<String, Object> receipt = receipt(answer.body());
        int decisions = ((Number) answer.body().get("decisions")).intValue();
        assertThat(decisions).isPositive();
        assertThat(receipt).containsEntry("decisions", decisions).containsEntry("textSource", "TEXT")
                .containsEntry("regionFound", false).containsEntry("duplicateOf", null).containsEntry("ocrConfidence", null);
        assertThat(((Number) receipt.get("deadlines")).intValue()).isPositive().isLessThanOrEqualTo(decisions);
        assertThat((String) receipt.get("regionNote")).isNotBlank();
        assertThat(warnings(receipt)).containsExactly(UploadReceipt.NO_REGION);

        // kept with the protocol: its page shows the same
        Map<String, Object> stored = receipt(anonymous().get("/api/protocols/" + answer.body().get("id")).body());
        assertThat(stored).isEqualTo(receipt);
    }

    @Test
    void upload_sameTextInAnotherFormat_receiptNamesTheCopyStoredBefore() {
        SvodApi archivist = as(Role.ARCHIVIST);
        String first = (String) archivist.upload("khabarovsk.txt", SeedProtocols.txt(KHABAROVSK), Map.of()).body().get("id");

        SvodApi.Answer docx = archivist.upload("khabarovsk.docx", SeedProtocols.docx(KHABAROVSK), Map.of());

        assertThat(docx.status()).isEqualTo(201);
        Map<String, Object> receipt = receipt(docx.body());
        assertThat(receipt.get("duplicateOf")).isEqualTo(Map.of("id", first, "fileName", "khabarovsk.txt"));
        assertThat(receipt).containsEntry("regionFound", true).containsEntry("region", "Хабаровский край");
        // the first one is no copy of the later one
        assertThat(receipt(anonymous().get("/api/protocols/" + first).body())).containsEntry("duplicateOf", null);
    }

    @Test
    void uploadBatch_eachStoredFile_hasItsReceipt() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("no-decisions.txt", "Справка о работе библиотеки школы за осень.".getBytes(StandardCharsets.UTF_8));
        files.put("smolensk-batch.html", SeedProtocols.html(SMOLENSK));

        SvodApi.Answer answer = as(Role.ARCHIVIST).uploadBatch(files, Map.of());

        List<Map<String, Object>> results = results(answer);
        assertThat(warnings(receipt(results.get(0)))).contains(UploadReceipt.NO_DECISIONS, UploadReceipt.NO_REGION);
        assertThat(receipt(results.get(0))).containsEntry("decisions", 0);
        assertThat(receipt(results.get(1))).containsEntry("decisions", results.get(1).get("decisions"));
    }

    @Test
    void reparse_correctedProtocol_keepsTheCorrectionAndAnswersTheNewReceipt() {
        SvodApi archivist = as(Role.ARCHIVIST);
        // bytes of its own: the other test stores the seed as it is
        byte[] text = (SeedProtocols.text(MUNICIPAL) + "\nСекретарь И.И. Иванов\n").getBytes(StandardCharsets.UTF_8);
        String id = (String) archivist.upload("municipal-reparse.txt", text, Map.of()).body().get("id");
        assertThat(archivist.put("/api/protocols/" + id + "/metadata", Map.of("region", "Тверская область")).status()).isEqualTo(200);

        SvodApi.Answer answer = archivist.post("/api/protocols/" + id + "/reparse", Map.of());

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("searchable", true).containsEntry("region", "Тверская область");
        assertThat(receipt(answer.body())).containsEntry("regionFound", true).containsEntry("region", "Тверская область");
        assertThat(warnings(receipt(answer.body()))).isEmpty();
        Map<String, Object> stored = anonymous().get("/api/protocols/" + id).body();
        assertThat(stored).containsEntry("region", "Тверская область");
        assertThat(anonymous().searchDecisions("", Map.of("region", "Тверская область")).body().get("total"))
                .isEqualTo(answer.body().get("decisions"));
    }

    @Test
    void reparse_unknownProtocol_answers404() {
        SvodApi.Answer answer = as(Role.ARCHIVIST).post("/api/protocols/" + "0".repeat(64) + "/reparse", Map.of());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).containsEntry("error", "not_found");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> receipt(Map<String, Object> body) {
        return (Map<String, Object>) body.get("receipt");
    }

    @SuppressWarnings("unchecked")
    private static List<String> warnings(Map<String, Object> receipt) {
        return (List<String>) receipt.get("warnings");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(SvodApi.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.body().get("results");
    }
}
