package dev.svod.cli;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ImportCommandIT extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    @Test
    void import_folder_storesEach_skipsStoredOnRerun_reportsFailures(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("2021"));
        for (String seed : SeedProtocols.NAMES.subList(0, 3)) {
            Files.write(folder.resolve("2021").resolve(seed + ".txt"), SeedProtocols.txt(seed));
        }
        Files.write(folder.resolve("junk.pdf"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.write(folder.resolve("empty.txt"), new byte[0]);

        Run first = run(folder);
        Run second = run(folder);

        assertThat(first.exitCode()).isEqualTo(ImportCommand.EXIT_SOME_FAILED);
        assertThat(first.output()).contains("import: 3 stored, 0 already stored, 2 failed").contains("[5/5")
                .contains("junk.pdf: FAILED 415").contains("empty.txt: FAILED empty_file");
        assertThat(second.output()).contains("import: 0 stored, 3 already stored, 2 failed");
    }

    @Test
    void import_noSvodListening_exitsWithAClearMessage(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("a.txt"), SeedProtocols.txt(SeedProtocols.NAMES.get(0)));

        int exit = new CommandLine(new SvodCli()).execute("import", "--url", "http://127.0.0.1:1", "--token", "svod_any", folder.toString());

        assertThat(exit).isEqualTo(ImportCommand.EXIT_SVOD_UNREACHABLE);
    }

    private record Run(int exitCode, String output) {
    }

    @Test
    void import_withoutCredentials_refusesBeforeUploadingAnything(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("a.txt"), SeedProtocols.txt(SeedProtocols.NAMES.get(4)));

        Run run = run("import", "--url", server.getURL().toString(), "--token", "", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.EXIT_NOT_ALLOWED);
        assertThat(as(Role.READER).get("/api/protocols/" + dev.svod.ingest.IngestService.sha256(
                SeedProtocols.txt(SeedProtocols.NAMES.get(4)))).status()).isEqualTo(404);
    }

    @Test
    void import_asReader_failsEachFileWithTheServersReason(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("a.txt"), SeedProtocols.txt(SeedProtocols.NAMES.get(3)));

        Run run = run("import", "--url", server.getURL().toString(), "--token", tokenFor(Role.READER), folder.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.EXIT_SOME_FAILED);
        assertThat(run.output()).contains("FAILED 403 Недостаточно прав");
    }

    private Run run(Path folder) {
        return run("import", "--url", server.getURL().toString(), "--token", archivistToken(), folder.toString());
    }

    private String archivistToken;

    private synchronized String archivistToken() {
        if (archivistToken == null) {
            archivistToken = tokenFor(Role.ARCHIVIST);
        }
        return archivistToken;
    }

    private Run run(String... arguments) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new SvodCli()).execute(arguments);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
