package dev.svod.ingest;

import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** MongoDB unreachable: an upload is answered 503 with a message, and Svod itself keeps answering. */
@MicronautTest
class MongoOutageIT extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("mongodb.uri", "mongodb://127.0.0.1:" + closedPort() + "/svod?serverSelectionTimeoutMS=1500");
        return properties;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void upload_whileMongoIsUnreachable_answers503SayingNothingWasStored() {
        // no user can be looked up either: whatever the token, the answer is that the archive is unreachable
        SvodApi api = anonymous();
        String seed = SeedProtocols.NAMES.get(0);

        SvodApi.Answer answer = api.withToken("svod_cannot-be-checked").upload(seed + ".txt", SeedProtocols.txt(seed), Map.of());

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).containsEntry("error", "archive_unavailable");
        assertThat((String) answer.body().get("message")).contains("ничего не сохранено");
        assertThat(api.get("/health").body()).containsEntry("mongodb", "DOWN");
        assertThat(api.searchDecisions("образование", Map.of()).status()).isEqualTo(200);
    }
}
