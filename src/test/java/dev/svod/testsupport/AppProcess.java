package dev.svod.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Svod in a JVM of its own, for the tests that must kill it as an operator or the kernel would (SIGKILL: no
 * shutdown hooks, no flushing). It runs from the test classpath against the test servers.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Map<String, String> properties;
    private final Path log;
    private final int port;
    private Process process;

    /** @param properties Micronaut properties, passed as system properties */
    public AppProcess(Map<String, String> properties, Path log) throws IOException {
        this.properties = properties;
        this.log = log;
        this.port = freePort();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the app and returns once it answers its health check. */
    public void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dmicronaut.server.port=" + port);
        command.add("dev.svod.Application");
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitHealthy();
    }

    /** SIGKILL, as `kill -9` or the OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Svod exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        kill();
        throw new IllegalStateException("Svod did not answer its health check within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
