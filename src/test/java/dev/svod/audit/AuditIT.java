package dev.svod.audit;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every audited action leaves an entry (who, what, which, outcome), and admins read them newest first, paged. */
@MicronautTest
class AuditIT extends IntegrationTest {

    @Test
    void everyAuditedAction_leavesAnEntry_newestFirst() {
        SvodApi archivist = as(Role.ARCHIVIST);
        SvodApi admin = as(Role.ADMIN);
        String archivistName = name(archivist);
        String adminName = name(admin);
        String seed = SeedProtocols.NAMES.get(3);
        String newUser = "audited-" + UUID.randomUUID().toString().substring(0, 8);

        String protocolId = (String) archivist.upload(seed + ".txt", SeedProtocols.txt(seed), Map.of()).body().get("id");
        archivist.upload("again.txt", SeedProtocols.txt(seed), Map.of());
        archivist.put("/api/protocols/" + protocolId + "/metadata", Map.of("region", "Тверская область"));
        admin.post("/api/admin/users", Map.of("username", newUser, "password", "audited-password", "role", "reader"));
        admin.patch("/api/admin/users/" + newUser, Map.of("role", "archivist"));
        anonymous().post("/api/session", Map.of("username", newUser, "password", "wrong-password"));
        anonymous().post("/api/session", Map.of("username", newUser, "password", "audited-password"));
        String tokenId = (String) archivist.post("/api/tokens", Map.of("name", "audited token")).body().get("id");
        archivist.delete("/api/tokens/" + tokenId);
        admin.delete("/api/protocols/" + protocolId);

        List<String> expected = List.of(
                adminName + " protocol_delete " + protocolId + " ok",
                archivistName + " token_revoke " + tokenId + " ok",
                archivistName + " token_create " + tokenId + " ok",
                newUser + " login " + newUser + " ok",
                newUser + " login " + newUser + " invalid_credentials",
                adminName + " user_update " + newUser + " ok",
                adminName + " user_create " + newUser + " ok",
                archivistName + " metadata_edit " + protocolId + " ok",
                archivistName + " upload " + protocolId + " duplicate",
                archivistName + " upload " + protocolId + " ok");
        SvodApi.Answer page = admin.get("/api/admin/audit?size=10");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsEntry("total", 10);
        assertThat(lines(page)).containsExactlyElementsOf(expected);
        assertThat(entries(page).get(9)).containsEntry("detail", seed + ".txt");
        assertThat(entries(page)).allSatisfy(e -> assertThat((String) e.get("at")).isNotBlank());

        SvodApi.Answer second = admin.get("/api/admin/audit?size=4&page=2");
        assertThat(lines(second)).containsExactlyElementsOf(expected.subList(4, 8));
        assertThat(admin.get("/api/admin/audit?size=1000").status()).isEqualTo(400);
    }

    private static String name(SvodApi api) {
        return (String) api.get("/api/session").body().get("username");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(SvodApi.Answer page) {
        return (List<Map<String, Object>>) page.body().get("entries");
    }

    private static List<String> lines(SvodApi.Answer page) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> e : entries(page)) {
            lines.add(e.get("actor") + " " + e.get("action") + " " + e.get("target") + " " + e.get("outcome"));
        }
        return lines;
    }
}
