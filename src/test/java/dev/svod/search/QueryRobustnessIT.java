package dev.svod.search;

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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a person types into the search box, Svod answers 200 or a 400 that says why; never 500. */
@MicronautTest
class QueryRobustnessIT extends IntegrationTest {

    private static final String[] PIECES = {"\"", "\"\"", "(", ")", "-", "+", "|", "*", "?", "~", "~2", "\\", "/", ".*",
            "[a-z]+", "(a|aa)*", "AND", "OR", "NOT", "наставничество", "ДОУ", "ОМСУ", "\u0000", "\u0007", "\t", "\n",
            "\u202e", "🙂", "%", "&", "=", "#", "{", "}", "<script>", "'", ";", "ё", "Ё", ":", "^", "!", "@", "$"};

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void thousandGeneratedQueries_areAnswered200Or400_andTheServerKeepsServing() {
        SvodApi api = anonymous();
        assertThat(as(Role.ARCHIVIST).upload("seed.txt", SeedProtocols.txt(SeedProtocols.NAMES.get(4)), Map.of()).status()).isEqualTo(201);
        Random random = new Random(20261122);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 990; i++) {
            StringBuilder q = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                q.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    q.append(' ');
                }
            }
            queries.add(q.toString());
        }
        queries.add("а".repeat(100_000));
        queries.add("\"".repeat(5_000));
        queries.add("(".repeat(1_000) + "образование" + ")".repeat(1_000));
        queries.add("*".repeat(1_000));
        queries.add("a".repeat(200) + "~");
        queries.add("\uD800");
        queries.add("наставничество | ".repeat(100));
        queries.add("-".repeat(500));
        queries.add("   ");
        queries.add("");

        int ok = 0;
        int refused = 0;
        for (String q : queries) {
            SvodApi.Answer answer = api.searchDecisions(q, Map.of());
            assertThat(answer.status()).as("query %s", q.length() > 80 ? q.substring(0, 80) + "…" : q).isIn(200, 400);
            if (answer.status() == 400) {
                refused++;
                assertThat((String) answer.body().get("message")).isNotBlank();
            } else {
                ok++;
            }
        }
        assertThat(ok + refused).isEqualTo(1000);
        assertThat(api.searchDecisions("наставничество", Map.of()).status()).isEqualTo(200);
        System.out.printf("[query robustness] %d answered, %d refused with 400%n", ok, refused);
    }
}
