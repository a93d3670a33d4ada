package dev.svod.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Provides real Elasticsearch and MongoDB servers to every integration test, started once per test JVM and
 * stopped when it ends. Which servers, in order of preference:
 * <ul>
 *   <li>MongoDB: {@code MONGODB_URI}; Testcontainers {@code mongo:8} when a Docker engine answers; a {@code mongod}
 *       on PATH; otherwise mongo-java-server in this JVM (a MongoDB-wire-compatible server).</li>
 *   <li>Elasticsearch: {@code SVOD_ES_URL}; Testcontainers with the project's image when Docker answers;
 *       otherwise {@code scripts/elasticsearch.sh}, which provisions 8.19.21 with the Russian plugin.</li>
 * </ul>
 * The test output says which ones are in use.
 */
public final class TestServers implements BeforeAllCallback {

    private static final Logger LOG = LoggerFactory.getLogger(TestServers.class);
    private static final int TEST_ES_PORT = Integer.parseInt(System.getenv().getOrDefault("SVOD_TEST_ES_PORT", "9250"));

    private static Servers servers;

    /** The URIs of both servers, in a form that names the database or index prefix per test class. */
    public record Servers(String mongoUri, String elasticsearchUrl, String mongoKind, String elasticsearchKind) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        get();
    }

    public static synchronized Servers get() {
        if (servers == null) {
            List<Runnable> stops = new ArrayList<>();
            boolean docker = dockerAvailable();
            String[] mongo = startMongo(docker, stops);
            String[] es = startElasticsearch(docker, stops);
            servers = new Servers(mongo[0], es[0], mongo[1], es[1]);
            deleteIndicesOfEarlierRuns(servers.elasticsearchUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stops.forEach(Runnable::run)));
            LOG.info("[svod-test] MongoDB: {} at {}", servers.mongoKind(), servers.mongoUri());
            LOG.info("[svod-test] Elasticsearch: {} at {}", servers.elasticsearchKind(), servers.elasticsearchUrl());
            System.out.printf("[svod-test] MongoDB: %s; Elasticsearch: %s%n", servers.mongoKind(), servers.elasticsearchKind());
        }
        return servers;
    }

    /** Test classes make their own `test-*` indices; a run starts from none, whatever an earlier run left. */
    private static void deleteIndicesOfEarlierRuns(String elasticsearchUrl) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try {
            String names = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(elasticsearchUrl + "/_cat/indices/test-*?h=index")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            for (String index : names.split("\\s+")) {
                if (index.startsWith("test-")) {
                    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(elasticsearchUrl + "/" + index))
                            .DELETE().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch at " + elasticsearchUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String[] startMongo(boolean docker, List<Runnable> stops) {
        String external = System.getenv("MONGODB_URI");
        if (external != null && !external.isBlank()) {
            return new String[]{stripDatabase(external), "external server (MONGODB_URI)"};
        }
        if (docker) {
            MongoDBContainer container = new MongoDBContainer("mongo:8");
            container.start();
            stops.add(container::stop);
            return new String[]{container.getConnectionString(), "Testcontainers mongo:8"};
        }
        Path mongod = onPath("mongod");
        if (mongod != null) {
            return startMongod(mongod, stops);
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        stops.add(server::shutdown);
        return new String[]{"mongodb://127.0.0.1:" + address.getPort(),
                "mongo-java-server in-process (no Docker engine, no mongod on PATH)"};
    }

    private static String[] startMongod(Path mongod, List<Runnable> stops) {
        try {
            int port = freePort();
            Path dbPath = Files.createTempDirectory("svod-mongod");
            Process process = new ProcessBuilder(mongod.toString(), "--port", String.valueOf(port), "--bind_ip",
                    "127.0.0.1", "--dbpath", dbPath.toString()).redirectErrorStream(true)
                    .redirectOutput(dbPath.resolve("mongod.log").toFile()).start();
            stops.add(process::destroy);
            return new String[]{"mongodb://127.0.0.1:" + port, "mongod from PATH (" + mongod + ")"};
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + mongod, e);
        }
    }

    private static String[] startElasticsearch(boolean docker, List<Runnable> stops) {
        String external = System.getenv("SVOD_ES_URL");
        if (external != null && !external.isBlank()) {
            return new String[]{external, "external server (SVOD_ES_URL)"};
        }
        if (docker) {
            Path root = projectRoot();
            GenericContainer<?> container = new GenericContainer<>(new ImageFromDockerfile("svod-elasticsearch", false)
                    .withFileFromPath(".", root)
                    .withDockerfile(root.resolve("src/main/docker/elasticsearch.Dockerfile")))
                    .withEnv("discovery.type", "single-node")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
                    .withExposedPorts(9200)
                    .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200))
                    .withStartupTimeout(Duration.ofMinutes(3));
            container.start();
            stops.add(container::stop);
            return new String[]{"http://" + container.getHost() + ":" + container.getMappedPort(9200),
                    "Testcontainers, image from src/main/docker/elasticsearch.Dockerfile"};
        }
        Path script = projectRoot().resolve("scripts/elasticsearch.sh");
        run(List.of("bash", script.toString(), "start", "--name", "test", "--port", String.valueOf(TEST_ES_PORT)));
        if (!"true".equals(System.getenv("SVOD_KEEP_TEST_ES"))) {
            stops.add(() -> run(List.of("bash", script.toString(), "stop", "--name", "test")));
        }
        return new String[]{"http://127.0.0.1:" + TEST_ES_PORT,
                "Elasticsearch 8.19.21 provisioned by scripts/elasticsearch.sh (no Docker engine)"};
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(projectRoot().toFile()).inheritIO().start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }

    /** Maven runs tests in the project directory; SVOD_HOME says so explicitly elsewhere. */
    public static Path projectRoot() {
        String home = System.getenv("SVOD_HOME");
        return Path.of(home != null ? home : System.getProperty("user.dir")).toAbsolutePath();
    }

    private static Path onPath(String executable) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, executable);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String stripDatabase(String uri) {
        int slash = uri.indexOf('/', "mongodb://".length());
        return slash < 0 ? uri : uri.substring(0, slash);
    }
}
