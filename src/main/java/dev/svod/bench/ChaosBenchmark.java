package dev.svod.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.svod.cli.ApiCredentials;
import dev.svod.cli.SvodHttp;
import dev.svod.corpus.ProtocolComposer;
import dev.svod.corpus.ProtocolFormat;
import dev.svod.parsing.RegionDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The traffic and the verdict of a chaos run: clients upload new files, files already stored, the same file at the
 * same moment, batches, and search, for a fixed time, while `./svod bench chaos` kills Elasticsearch, MongoDB and
 * the app under them (SIGKILL) and restarts each. Failed requests during the outages are expected; what must hold
 * afterwards is {@link ChaosVerdict}'s. Exits 1 on any loss, duplicate or stray.
 */
@Command(name = "chaos", description = "Mixed uploads and searches while the servers are killed; checks nothing acknowledged is lost.")
public class ChaosBenchmark implements Callable<Integer> {

    static final int EXIT_LOSS = 1;
    /** Files uploaded by every client in turn: each is stored once, all the other uploads of it answer 409. */
    private static final int SHARED_FILES = 24;

    @Option(names = "--url", defaultValue = "${SVOD_URL:-http://127.0.0.1:8080}", description = "Svod's address")
    URI url;

    @Option(names = "--duration", defaultValue = "PT2M", description = "how long the traffic runs, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--settle", defaultValue = "PT3M", description = "how long to wait afterwards for Svod and its index to recover")
    Duration settle;

    @Option(names = "--clients", defaultValue = "8")
    int clients;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--mongodb-uri", defaultValue = "${MONGODB_URI:-mongodb://127.0.0.1:27017/svod}",
            description = "the instance's own database, read directly at the end")
    String mongoUri;

    @Option(names = "--token", defaultValue = "${SVOD_TOKEN}", description = "an archivist's API token (default: $SVOD_TOKEN; else SVOD_USER and SVOD_PASSWORD)")
    String token;

    @Option(names = "--results", defaultValue = "bench-results")
    Path results;

    private final ObjectMapper json = new ObjectMapper();
    private final ChaosLedger ledger = new ChaosLedger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicInteger fileNumber = new AtomicInteger();
    /** For the longest unavailability: the last time any request succeeded, and the longest gap between two. */
    private final AtomicLong lastSuccess = new AtomicLong(System.nanoTime());
    private final AtomicLong longestGap = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private SvodHttp http;
    private ProtocolComposer composer;
    private long started;

    /** What a client does next. */
    enum Kind { SEARCH, UPLOAD_NEW, UPLOAD_SHARED, BATCH }

    @Override
    public Integer call() throws Exception {
        try (SvodHttp signedIn = SvodHttp.signedInFromEnvironment(url, token)) {
            http = signedIn;
            composer = new ProtocolComposer(seed ^ run.hashCode(), RegionDirectory.standard());
            return run();
        } catch (ApiCredentials.RefusedException e) {
            System.err.println("bench chaos: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws Exception {
        List<byte[]> shared = new ArrayList<>();
        for (int i = 0; i < SHARED_FILES; i++) {
            shared.add(newFile());
        }
        System.out.printf("chaos: %d clients for %s against %s%n", clients, duration, url);
        started = System.nanoTime();
        long until = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1_000 + c);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    step(random, shared);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            while (true) {
                try {
                    worker.get(10, TimeUnit.SECONDS);
                    break;
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    System.out.printf("[%3.0f s] %d requests, %d failed, %d files acknowledged%n",
                            (System.nanoTime() - started) / 1e9, requests.get(), failures.get(), ledger.acknowledged().size());
                }
            }
        }
        pool.shutdownNow();
        long trafficSeconds = Math.round((System.nanoTime() - started) / 1e9);
        System.out.println("traffic done; waiting for Svod to answer and its index to catch up, then checking…");
        if (!awaitHealthy()) {
            System.out.println("Svod did not come back within " + settle);
            return EXIT_LOSS;
        }
        ChaosVerdict verdict = new ChaosVerdict(http, mongoUri);
        verdict.check(ledger, settle);
        return report(verdict, trafficSeconds);
    }

    private void step(Random random, List<byte[]> shared) throws InterruptedException {
        int roll = random.nextInt(100);
        Kind kind = roll < 45 ? Kind.SEARCH : roll < 70 ? Kind.UPLOAD_NEW : roll < 85 ? Kind.UPLOAD_SHARED : Kind.BATCH;
        // the shared file of the current 5-second slot: clients in the same slot upload the same bytes at once
        byte[] sharedNow = shared.get((int) ((System.nanoTime() - started) / 5_000_000_000L) % SHARED_FILES);
        List<byte[]> files = switch (kind) {
            case SEARCH -> List.of();
            case UPLOAD_NEW -> List.of(newFile());
            case UPLOAD_SHARED -> List.of(sharedNow);
            case BATCH -> List.of(newFile(), sharedNow, newFile());
        };
        HttpRequest request = kind == Kind.SEARCH
                ? http.request(SearchBenchmark.searchUri(SearchBenchmark.QUERY_MIX.get(random.nextInt(SearchBenchmark.QUERY_MIX.size()))))
                        .timeout(Duration.ofSeconds(30)).GET().build()
                : http.upload(kind == Kind.BATCH ? "/api/protocols/batch" : "/api/protocols", parts(files), Map.of());
        List<ChaosLedger.File> attempts = files.stream().map(this::attempt).toList();
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean ok = switch (kind) {
                case SEARCH -> response.statusCode() == 200;
                case BATCH -> response.statusCode() == 200 && recordBatch(response.body(), attempts);
                default -> record(response.statusCode(), response.body(), attempts.get(0));
            };
            if (ok) {
                succeeded();
                return;
            }
        } catch (IOException e) {
            attempts.forEach(a -> a.failed.incrementAndGet());
        }
        failures.incrementAndGet();
        Thread.sleep(100); // a server that is down refuses at once; do not spin
    }

    private boolean record(int status, String body, ChaosLedger.File file) {
        JsonNode answer = parse(body);
        return count(status, status == 201 ? answer.path("id").asText() : answer.path("protocolId").asText(), file);
    }

    private boolean count(int status, String id, ChaosLedger.File file) {
        switch (status) {
            case 201 -> {
                file.created.incrementAndGet();
                file.createdIds.add(id);
            }
            case 409 -> {
                file.conflicts.incrementAndGet();
                file.conflictIds.add(id);
            }
            default -> {
                file.failed.incrementAndGet();
                return false;
            }
        }
        return true;
    }

    private boolean recordBatch(String body, List<ChaosLedger.File> attempts) {
        JsonNode results = parse(body).path("results");
        boolean ok = true;
        for (int i = 0; i < attempts.size(); i++) {
            JsonNode result = results.path(i);
            ok &= count(result.path("status").asInt(), result.path("id").asText(), attempts.get(i));
        }
        return ok;
    }

    private ChaosLedger.File attempt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return ledger.attempt(ChaosVerdict.sha256(bytes), text.substring(text.lastIndexOf(' ') + 1).strip());
    }

    /** A generated protocol whose last word is a marker of its own, which the search must find afterwards. */
    private byte[] newFile() {
        int n = fileNumber.incrementAndGet();
        return (composer.compose(n, ProtocolFormat.TXT).text() + "\nметка хаос-теста: chaos" + run + "x" + n + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<SvodHttp.FilePart> parts(List<byte[]> files) {
        List<SvodHttp.FilePart> parts = new ArrayList<>();
        for (byte[] file : files) {
            parts.add(new SvodHttp.FilePart("chaos-" + run + "-" + parts.size() + ".txt", file));
        }
        return parts;
    }

    private void succeeded() {
        long now = System.nanoTime();
        long previous = lastSuccess.getAndSet(now);
        longestGap.accumulateAndGet(now - previous, Math::max);
    }

    private boolean awaitHealthy() throws InterruptedException {
        long until = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (http.send(http.publicRequest("/health").timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still down
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private int report(ChaosVerdict verdict, long seconds) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", url.toString());
        result.put("clients", clients);
        result.put("seconds", seconds);
        result.put("requests", requests.get());
        result.put("failedRequests", failures.get());
        result.putAll(verdict.figures);
        result.put("longestUnavailabilitySeconds", Math.round(longestGap.get() / 1e8) / 10.0);
        System.out.println();
        result.forEach((name, value) -> System.out.printf("%-30s %s%n", name, value));
        verdict.problems.stream().limit(20).forEach(p -> System.out.println("  problem: " + p));
        result.put("problems", verdict.problems);
        BenchResults.write(results, "chaos", result);
        System.out.println(verdict.failed() ? "FAILED: see the problems above" : "nothing acknowledged was lost, duplicated or strayed");
        return verdict.failed() ? EXIT_LOSS : 0;
    }
}
