package dev.svod.audit;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests refused with 401 or 403 reach the audit log folded: a burst is one line with its count. */
@MicronautTest
class RefusedRequestsAuditIT extends IntegrationTest {

    @Test
    void burstOfFiftyForbiddenAndFiftyUnauthorized_isOneEntryEach_countingFifty() {
        SvodApi reader = as(Role.READER);
        String readerName = (String) reader.get("/api/session").body().get("username");
        for (int i = 0; i < 50; i++) {
            assertThat(reader.get("/api/admin/users").status()).isEqualTo(403);
            assertThat(anonymous().delete("/api/protocols/no-such-" + i).status()).isEqualTo(401);
        }
        anonymous().post("/api/session", Map.of("username", readerName, "password", "wrong-password"));

        applicationContext.getBean(DeniedRequestLog.class).flush();

        List<Map<String, Object>> denied = entries(as(Role.ADMIN).get("/api/admin/audit?size=200")).stream()
                .filter(e -> "access_denied".equals(e.get("action"))).toList();
        assertThat(denied).hasSize(2);
        assertThat(denied).anySatisfy(e -> assertThat(e).containsEntry("actor", readerName)
                .containsEntry("target", "GET /api/admin/users").containsEntry("outcome", "forbidden")
                .containsEntry("count", 50));
        assertThat(denied).anySatisfy(e -> assertThat(e).containsEntry("actor", "anonymous")
                .containsEntry("target", "DELETE /api/protocols/{id}").containsEntry("outcome", "unauthorized")
                .containsEntry("count", 50).containsEntry("detail", "127.0.0.1"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(SvodApi.Answer page) {
        return (List<Map<String, Object>>) page.body().get("entries");
    }
}
