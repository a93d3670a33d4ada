package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.testsupport.ElasticsearchProxyTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch unreachable while an admin deletes: the answer is 503 and nothing is deleted, so no protocol is
 * left searchable with its original gone; once Elasticsearch is back the deletion goes through.
 */
@MicronautTest
class DeletionOutageIT extends ElasticsearchProxyTest {

    @Inject
    ProtocolRepository protocols;

    @Inject
    OriginalStore originals;

    @Test
    void delete_whileElasticsearchIsDown_deletesNothing_andSucceedsOnceItIsBack() throws IOException {
        String seed = SeedProtocols.NAMES.get(2);
        String id = (String) as(Role.ARCHIVIST).upload(seed + ".txt", SeedProtocols.txt(seed), Map.of()).body().get("id");
        SvodApi admin = as(Role.ADMIN);

        elasticsearch.cut();
        SvodApi.Answer refused;
        try {
            refused = admin.delete("/api/protocols/" + id);
        } finally {
            elasticsearch.restore();
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat((String) refused.body().get("message")).contains("Протокол не удалён").contains("Ничего не изменено");
        assertThat(protocols.findById(id)).isPresent();
        assertThat(originals.read(id)).isPresent();
        assertThat(total(seed)).isPositive();
        List<Map<String, Object>> audit = entries(admin.get("/api/admin/audit?size=1"));
        assertThat(audit.get(0)).containsEntry("action", "protocol_delete").containsEntry("outcome", "search_unavailable");

        assertThat(admin.delete("/api/protocols/" + id).status()).isEqualTo(204);
        assertThat(protocols.findById(id)).isEmpty();
        assertThat(total(seed)).isZero();
    }

    private long total(String seed) {
        return ((Number) anonymous().get("/api/search/protocols?q=" + "протокол").body().get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(SvodApi.Answer page) {
        return (List<Map<String, Object>>) page.body().get("entries");
    }
}
