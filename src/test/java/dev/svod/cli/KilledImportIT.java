package dev.svod.cli;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.svod.testsupport.AppProcess;
import dev.svod.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app is killed with SIGKILL in the middle of `svod import`: running the import again after a restart
 * completes the archive with nothing missing and nothing twice, in MongoDB, GridFS and Elasticsearch.
 */
@ExtendWith(TestServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledImportIT {

    private static final int FILES = 60;
    private static final int KILL_AFTER_STORED = FILES / 3;
    private static final String DATABASE = "svod_killedimportit";
    private static final String DECISIONS = "test-killedimportit-decisions";
    private static final String PROTOCOLS = "test-killedimportit-protocols";

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "killed-import-" + java.util.UUID.randomUUID();

    private final TestServers.Servers servers = TestServers.get();
    private MongoClient mongo;
    private MongoDatabase database;

    @BeforeAll
    void connect() {
        mongo = MongoClients.create(servers.mongoUri());
        database = mongo.getDatabase(DATABASE);
        database.drop();
    }

    @AfterAll
    void disconnect() {
        mongo.close();
    }

    @Test
    void import_appKilledMidway_rerunAfterRestartStoresEachProtocolOnceAndIndexesAll(@TempDir Path folder) throws Exception {
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve("protocol-%03d.txt".formatted(i)), protocol(i), StandardCharsets.UTF_8);
        }
        Path logs = Path.of("target", "killed-import");

        try (AppProcess app = new AppProcess(appProperties(), logs.resolve("app.log"))) {
            app.start();
            Process firstImport = importInBackground(app.url(), folder, logs.resolve("import-1.log"));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> database.getCollection("protocols").countDocuments() >= KILL_AFTER_STORED);
            app.kill();
            assertThat(firstImport.waitFor()).as("the import whose server died").isNotZero();
            long storedBeforeKill = database.getCollection("protocols").countDocuments();
            assertThat(storedBeforeKill).as("killed mid-import").isBetween((long) KILL_AFTER_STORED, FILES - 1L);

            app.start();
            Process secondImport = importInBackground(app.url(), folder, logs.resolve("import-2.log"));
            assertThat(secondImport.waitFor()).as("re-run, see " + logs.resolve("import-2.log")).isZero();
            String summary = Files.readString(logs.resolve("import-2.log"));
            Matcher counts = Pattern.compile("import: (\\d+) stored, (\\d+) already stored, 0 failed").matcher(summary);
            assertThat(counts.find()).as(summary).isTrue();
            assertThat(Long.parseLong(counts.group(1)) + Long.parseLong(counts.group(2))).isEqualTo(FILES);

            assertThat(database.getCollection("protocols").countDocuments()).isEqualTo(FILES);
            assertThat(originalsWithoutProtocol()).as("GridFS originals left without their protocol").isEmpty();
            assertThat(database.getCollection("originals.files").countDocuments()).isEqualTo(FILES);
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                assertThat(count(PROTOCOLS)).isEqualTo(FILES);
                assertThat(count(DECISIONS)).isEqualTo(2L * FILES);
            });
            assertThat(database.getCollection("protocols").countDocuments(new Document("indexState", "INDEXED")))
                    .isEqualTo(FILES);
        }
    }

    private Map<String, String> appProperties() {
        return Map.of(
                "mongodb.uri", servers.mongoUri() + "/" + DATABASE,
                "svod.elasticsearch.url", servers.elasticsearchUrl(),
                "svod.elasticsearch.decisions-alias", DECISIONS,
                "svod.elasticsearch.protocols-alias", PROTOCOLS,
                "svod.indexing.retry-every", "1s",
                "svod.security.first-admin-user", ADMIN,
                "svod.security.first-admin-password", ADMIN_PASSWORD);
    }

    private static Process importInBackground(String url, Path folder, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.svod.cli.SvodCli",
                "import", "--url", url, "--parallel", "2", folder.toString()));
        ProcessBuilder importer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        importer.environment().put("SVOD_USER", ADMIN);
        importer.environment().put("SVOD_PASSWORD", ADMIN_PASSWORD);
        importer.environment().remove("SVOD_TOKEN");
        return importer.start();
    }

    private Set<Object> originalsWithoutProtocol() {
        Set<Object> protocolIds = new HashSet<>();
        database.getCollection("protocols").find().projection(new Document("_id", 1))
                .forEach(d -> protocolIds.add(d.get("_id")));
        Set<Object> orphans = new HashSet<>();
        database.getCollection("originals.files").find().projection(new Document("_id", 1))
                .forEach(d -> orphans.add(d.get("_id")));
        orphans.removeAll(protocolIds);
        return orphans;
    }

    private long count(String alias) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = servers.elasticsearchUrl() + "/" + alias;
        http.send(HttpRequest.newBuilder(URI.create(base + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/_count")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher count = Pattern.compile("\"count\":(\\d+)").matcher(body);
        return count.find() ? Long.parseLong(count.group(1)) : -1;
    }

    private static String protocol(int i) {
        return "ПРОТОКОЛ\nзаседания коллегии № " + i + "\n"
                + "1. Обеспечить наставничество молодых педагогов, признак уникальный" + i + ".\nСрок: до 01.03.2022\n"
                + "2. Утвердить план работы на 2022 год.\nСрок: постоянно\n";
    }
}
