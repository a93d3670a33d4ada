package dev.svod.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.svod.access.Role;
import dev.svod.cli.SvodCli;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class LoadBenchmarkIT extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    @Test
    void load_shortRun_sendsEveryKindOfRequestWithoutErrors_andWritesItsFigures(@TempDir Path results) throws Exception {
        SvodApi api = as(Role.ARCHIVIST);
        for (String seed : SeedProtocols.NAMES) {
            assertThat(api.upload(seed + ".txt", SeedProtocols.txt(seed), Map.of()).status()).isEqualTo(201);
        }

        int exit = new CommandLine(new SvodCli()).execute("bench", "load", "--url", server.getURL().toString(),
                "--duration", "PT4S", "--clients", "3", "--results", results.toString(), "--token", tokenFor(Role.ARCHIVIST));

        assertThat(exit).isZero();
        File[] written;
        try (Stream<Path> files = Files.list(results)) {
            written = files.map(Path::toFile).toArray(File[]::new);
        }
        assertThat(written).hasSize(1);
        JsonNode figures = new ObjectMapper().readTree(written[0]);
        assertThat(figures.path("errors").asInt()).isZero();
        for (String kind : new String[]{"search", "similar", "protocol", "upload"}) {
            assertThat(figures.path(kind).path("count").asInt()).as(kind).isPositive();
            assertThat(figures.path(kind).path("p95Ms").asDouble()).as(kind).isPositive();
        }
        assertThat(api.get("/api/search/protocols?q=нагрузочный").body().get("total"))
                .as("an archivist's run cannot delete, so its uploads stay").isEqualTo(figures.path("upload").path("count").asInt());

        new CommandLine(new SvodCli()).execute("bench", "load", "--url", server.getURL().toString(),
                "--duration", "PT3S", "--clients", "2", "--results", results.toString(), "--token", tokenFor(Role.ADMIN));
        assertThat(api.get("/api/search/protocols?q=нагрузочный").body().get("total"))
                .as("an admin's run deletes what it uploaded").isEqualTo(figures.path("upload").path("count").asInt());
    }
}
