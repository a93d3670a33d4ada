package dev.svod.web;

import dev.svod.access.Role;
import dev.svod.access.UserService;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import dev.svod.testsupport.TestServers;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser. The seed protocols go in through the API; then {@code src/test/browser/flows.mjs}
 * (Playwright core, no browser download) drives Debian's Chromium against this test's embedded server through
 * the researcher's, the analyst's and the archivist's flows, the heat map, safe rendering and phone width.
 * Its output is in this test's log; its screenshots are in {@code target/screenshots/} for review.
 */
@MicronautTest
class BrowserFlowsIT extends IntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserFlowsIT.class);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration FLOWS_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> SCREENSHOTS = List.of(
            "researcher-1-results", "researcher-2-filtered", "researcher-3-protocol",
            "analyst-1-similar", "analyst-2-compare",
            "access-1-signed-out-upload", "access-2-login-error",
            "archivist-1-upload", "archivist-receipt-reparse", "archivist-2-protocol", "archivist-3-found",
            "admin-1-protocol-corrected", "admin-2-audit", "admin-3-users", "admin-4-delete-confirm",
            "matrix-1-heatmap", "calendar-1-month", "rendering-protocol",
            "phone-search", "phone-search-filters", "phone-protocol", "phone-protocol-decisions", "phone-compare",
            "phone-upload", "phone-matrix", "phone-calendar");

    /**
     * The parser reads region, date and kind of the seeds itself; only the municipal decision names no region,
     * so the archivist states one, as at a real upload.
     */
    private static final Map<String, Map<String, String>> SEED_METADATA = Map.of(
            "municipal_2021-12-16_gms-reshenie", Map.of("region", "Тестовая область"));

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void uploadSeeds() {
        SvodApi api = as(Role.ARCHIVIST);
        for (String seed : SeedProtocols.NAMES) {
            SvodApi.Answer answer = api.upload(seed + ".txt", SeedProtocols.txt(seed), SEED_METADATA.getOrDefault(seed, Map.of()));
            assertThat(answer.status()).as("upload of %s: %s", seed, answer.body()).isEqualTo(201);
        }
    }

    @Test
    void webUi_researcherAnalystArchivistFlows_passInChromium() {
        Path root = TestServers.projectRoot();
        Path browserTests = root.resolve("src/test/browser");
        Path screenshots = root.resolve("target/screenshots");
        ensureChromium();
        if (dependenciesStale(browserTests)) {
            assertThat(run(browserTests, List.of("npm", "ci", "--no-audit", "--no-fund"), INSTALL_TIMEOUT))
                    .as("npm ci in %s", browserTests).isZero();
        }
        deleteScreenshots(screenshots);

        long started = System.nanoTime();
        int exit = run(browserTests, List.of("node", "flows.mjs", server.getURL().toString(), screenshots.toString()),
                FLOWS_TIMEOUT, Map.of("SVOD_FLOW_ARCHIVIST", user("flow-archivist", Role.ARCHIVIST),
                        "SVOD_FLOW_ADMIN", user("flow-admin", Role.ADMIN)));
        LOG.info("[browser] flows took {} s", Duration.ofNanos(System.nanoTime() - started).toSeconds());

        assertThat(exit).as("exit code of node flows.mjs; its output is in the log above").isZero();
        assertThat(SCREENSHOTS).allSatisfy(name -> assertThat(screenshots.resolve(name + ".png")).isNotEmptyFile());
    }

    /** Debian's Chromium, installed with apt when missing and allowed (root); Playwright downloads no browser. */
    private static void ensureChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            LOG.info("[browser] {} is missing: apt-get install -y chromium", CHROMIUM);
            List<String> install = List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium");
            if (run(Path.of("/"), install, INSTALL_TIMEOUT) != 0) {
                run(Path.of("/"), List.of("apt-get", "update"), INSTALL_TIMEOUT);
                run(Path.of("/"), install, INSTALL_TIMEOUT);
            }
        }
        assertThat(CHROMIUM).as("Chromium for the browser tests; install it with: apt-get install -y chromium")
                .isExecutable();
    }

    /** npm ci leaves node_modules/.package-lock.json behind; missing or older than the lock file means stale. */
    private static boolean dependenciesStale(Path dir) {
        Path installed = dir.resolve("node_modules/.package-lock.json");
        try {
            return !Files.exists(installed)
                    || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(dir.resolve("package-lock.json"))) < 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    private static void deleteScreenshots(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path png : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }

    /** Runs a command, its output line by line into the log; the exit code, or a failure on timeout. */
    /** A user for the browser to sign in as, "name:password". */
    private String user(String name, Role role) {
        String password = name + "-password";
        applicationContext.getBean(UserService.class).create(name, password, role, null);
        return name + ":" + password;
    }

    private static int run(Path dir, List<String> command, Duration timeout) {
        return run(dir, command, timeout, Map.of());
    }

    private static int run(Path dir, List<String> command, Duration timeout, Map<String, String> environment) {
        LOG.info("[browser] $ {}", String.join(" ", command));
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0) + " (is it installed?)", e);
        }
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(line -> LOG.info("[browser] {}", line));
            } catch (IOException e) {
                LOG.warn("[browser] output of {} lost", command.get(0), e);
            }
        }, "browser-output");
        pump.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }
}
