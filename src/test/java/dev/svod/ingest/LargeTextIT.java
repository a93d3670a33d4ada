package dev.svod.ingest;

import com.mongodb.client.MongoClient;
import dev.svod.access.Role;
import dev.svod.archive.OriginalStore;
import dev.svod.archive.ProtocolRepository;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SvodApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts past MongoDB's 16 MB document limit: stored whole, searchable, the protocol document itself small. */
@MicronautTest
class LargeTextIT extends IntegrationTest {

    private static final String[] WORDS = {"обеспечить", "наставничество", "образовательных", "организаций",
            "муниципальных", "мониторинг", "качества", "образования", "реализации", "программы", "педагогов",
            "повышения", "квалификации", "региональной", "системы", "оценки", "деятельности", "учреждений"};

    @Inject
    ProtocolRepository protocols;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        // Tika, the parser and Elasticsearch's analysis of ten megabytes take longer than the client's default 10 s
        properties.put("micronaut.http.client.read-timeout", "300s");
        return properties;
    }

    @Inject
    OriginalStore originals;

    @Inject
    MongoClient mongo;

    @Test
    void upload_tenMegabyteOneParagraphText_storedWholeAndSearchable() {
        String text = oneParagraph(10 * 1024 * 1024, "землеустроительный");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SvodApi api = as(Role.ARCHIVIST);

        SvodApi.Answer answer = api.upload("long.txt", bytes, Map.of());

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        String id = (String) answer.body().get("id");
        Protocol stored = protocols.findById(id).orElseThrow();
        // compared by length and ending: a failure must not print ten megabytes
        assertThat(stored.text().strip().length()).as("the whole text, not a prefix").isEqualTo(text.length());
        assertThat(stored.text().strip().endsWith("землеустроительный.")).as("its last word kept").isTrue();
        assertThat(stored.indexState()).isEqualTo(IndexState.INDEXED);
        assertThat(protocols.storedDocumentSize(id)).as("the protocol document stays small").isLessThan(1024 * 1024);
        assertThat(originals.read(id)).contains(bytes);
        assertThat(((Number) api.get("/api/search/protocols?q=землеустроительный").body().get("total")).longValue())
                .as("a word near the end is found").isEqualTo(1);

        assertThat(as(Role.ADMIN).delete("/api/protocols/" + id).status()).isEqualTo(204);
        assertThat(protocols.findById(id)).isEmpty();
        assertThat(mongo.getDatabase("svod_largetextit").getCollection("bodies.files").countDocuments())
                .as("its body deleted with it").isZero();
    }

    /** One paragraph of {@code bytes} UTF-8 bytes or a little more, without a line break, ending with a rare word. */
    private static String oneParagraph(int bytes, String lastWord) {
        Random random = new Random(12);
        StringBuilder text = new StringBuilder(bytes / 2 + 64);
        while (text.length() * 2 < bytes) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.append(lastWord).append('.').toString();
    }
}
