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
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test: for a fixed time, several clients send a mix of searches, similar-decision and
 * protocol-page reads and uploads of new protocols to a running Svod, as a busy day would. Prints progress
 * while it runs, then p50/p95/p99 per kind of request and the errors; exits 1 when any request failed.
 * `./svod bench load` runs it against an instance of its own, so the demo archive gets none of its uploads.
 */
@Command(name = "load", description = "Mixed search and upload traffic for a fixed time; latency per request kind and errors.")
public class LoadBenchmark implements Callable<Integer> {

    static final int EXIT_ERRORS = 1;

    /** What a request does; the weights make the mix (a reading room, with an archivist uploading now and then). */
    enum Kind {
        SEARCH(80), SIMILAR(7), PROTOCOL(7), UPLOAD(6);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        static Kind pick(Random random) {
            int roll = random.nextInt(100);
            for (Kind kind : values()) {
                roll -= kind.weight;
                if (roll < 0) {
                    return kind;
                }
            }
            return SEARCH;
        }
    }

    @Option(names = "--url", defaultValue = "${SVOD_URL:-http://127.0.0.1:8080}", description = "Svod's address")
    URI url;

    @Option(names = "--duration", defaultValue = "PT5M", description = "how long to run, ISO-8601 (PT5M) (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the request mix")
    long seed;

    @Option(names = "--results", defaultValue = "bench-results", description = "folder for the JSON result")
    Path results;

    @Option(names = "--token", defaultValue = "${SVOD_TOKEN}", description = "an API token of an archivist "
            + "(default: $SVOD_TOKEN; else SVOD_USER and SVOD_PASSWORD sign in)")
    String token;

    @Option(names = "--keep-uploads", description = "keep the protocols the run uploaded (by default an admin's "
            + "credentials delete them afterwards, so runs do not pile up)")
    boolean keepUploads;

    /** Reads go without an account, as a public reading room's visitors' do, unless Svod refuses anonymous reads. */
    private volatile boolean readsNeedAccount;

    private SvodHttp http;
    private ProtocolComposer composer;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Kind, ConcurrentLinkedQueue<Long>> nanos = new EnumMap<>(Kind.class);
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong uploads = new AtomicLong();
    private final ConcurrentLinkedQueue<String> uploadedIds = new ConcurrentLinkedQueue<>();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @Override
    public Integer call() throws Exception {
        try (SvodHttp signedIn = SvodHttp.signedInFromEnvironment(url, token)) {
            http = signedIn;
            composer = new ProtocolComposer(seed ^ run.hashCode(), RegionDirectory.standard());
            return run();
        } catch (ApiCredentials.RefusedException e) {
            System.err.println("bench load: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws Exception {
        for (Kind kind : Kind.values()) {
            nanos.put(kind, new ConcurrentLinkedQueue<>());
        }
        List<String> decisionIds = new ArrayList<>();
        List<String> protocolIds = new ArrayList<>();
        collectIds(decisionIds, protocolIds);
        if (decisionIds.isEmpty()) {
            System.err.println("bench load: Svod at " + url + " has no decisions to read; load some protocols first");
            return 2;
        }
        System.out.printf("load: %d clients for %s against %s (mix: %s)%n", clients, duration, url, mix());
        long started = System.nanoTime();
        long until = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(seed * 1_000 + c);
                workers.add(pool.submit(() -> {
                    // one of each kind first, so even a short run measures every kind
                    for (int sent = 0; System.nanoTime() < until; sent++) {
                        Kind kind = sent < Kind.values().length ? Kind.values()[sent] : Kind.pick(random);
                        send(kind, random, decisionIds, protocolIds);
                    }
                    return null;
                }));
            }
            reportProgressUntilDone(workers, started);
        } finally {
            pool.shutdownNow();
        }
        int exit = report((System.nanoTime() - started) / 1e9);
        if (!keepUploads) {
            deleteUploads();
        }
        return exit;
    }

    /**
     * Not timed: the archive goes back to what it was, so the next run measures the same. As many deletions at a
     * time as there were clients, since each waits for Elasticsearch's refresh.
     */
    private void deleteUploads() throws InterruptedException {
        System.out.printf("deleting the %d protocols this run uploaded…%n", uploadedIds.size());
        AtomicLong deleted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (String id : uploadedIds) {
            pool.submit(() -> {
                HttpResponse<String> response = http.send(http.request("/api/protocols/" + encode(id)).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                (response.statusCode() == 204 ? deleted : refused).incrementAndGet();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        System.out.println(refused.get() == 0 ? "deleted the " + deleted.get() + " protocols this run uploaded"
                : deleted.get() + " deleted, " + refused.get() + " kept (deleting needs an admin)");
    }

    private String mix() {
        StringBuilder mix = new StringBuilder();
        for (Kind kind : Kind.values()) {
            mix.append(mix.isEmpty() ? "" : ", ").append(kind.name().toLowerCase()).append(' ').append(kind.weight).append('%');
        }
        return mix.toString();
    }

    private void reportProgressUntilDone(List<Future<?>> workers, long started) throws Exception {
        long lastCount = 0;
        long lastReport = started;
        for (Future<?> worker : workers) {
            while (true) {
                try {
                    worker.get(10, java.util.concurrent.TimeUnit.SECONDS);
                    break;
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    long now = System.nanoTime();
                    long count = nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
                    System.out.printf("[%3.0f s / %d s] %d requests, %.0f req/s now, %d uploads, %d errors%n",
                            (now - started) / 1e9, duration.toSeconds(), count, (count - lastCount) / ((now - lastReport) / 1e9),
                            uploads.get(), errors.size());
                    lastCount = count;
                    lastReport = now;
                }
            }
        }
    }

    private void send(Kind kind, Random random, List<String> decisionIds, List<String> protocolIds) {
        HttpRequest request = switch (kind) {
            case SEARCH -> get(SearchBenchmark.searchUri(SearchBenchmark.QUERY_MIX.get(random.nextInt(SearchBenchmark.QUERY_MIX.size()))));
            case SIMILAR -> get("/api/decisions/" + encode(decisionIds.get(random.nextInt(decisionIds.size()))) + "/similar");
            case PROTOCOL -> get("/api/protocols/" + encode(protocolIds.get(random.nextInt(protocolIds.size()))));
            case UPLOAD -> upload();
        };
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long elapsed = System.nanoTime() - start;
            int expected = kind == Kind.UPLOAD ? 201 : 200;
            if (response.statusCode() != expected) {
                error(kind, request.uri() + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
                return;
            }
            nanos.get(kind).add(elapsed);
            if (kind == Kind.UPLOAD) {
                uploadedIds.add(json.readTree(response.body()).path("id").asText());
            }
        } catch (IOException e) {
            error(kind, request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void error(Kind kind, String message) {
        if (errors.size() < 1_000) {
            errors.add(kind + " " + message);
        }
    }

    private HttpRequest get(String pathAndQuery) {
        return (readsNeedAccount ? http.request(pathAndQuery) : http.publicRequest(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** A generated protocol, marked so that each is new to the archive and a run's uploads can be found. */
    private HttpRequest upload() {
        long n = uploads.incrementAndGet();
        String text = composer.compose((int) n, ProtocolFormat.TXT).text() + "\n(нагрузочный тест " + run + "-" + n + ")\n";
        return http.upload("/api/protocols", List.of(new SvodHttp.FilePart("load-" + run + "-" + n + ".txt",
                text.getBytes(StandardCharsets.UTF_8))), Map.of());
    }

    /** Decisions and protocols to read, from a few searches of the mix. */
    private void collectIds(List<String> decisionIds, List<String> protocolIds) throws IOException, InterruptedException {
        for (String query : SearchBenchmark.QUERY_MIX.subList(0, 4)) {
            HttpResponse<String> response = http.send(get(SearchBenchmark.searchUri(query + "&size=50")),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 401 && !readsNeedAccount) {
                readsNeedAccount = true;
                response = http.send(get(SearchBenchmark.searchUri(query + "&size=50")), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            if (response.statusCode() != 200) {
                throw new IOException("Svod at " + url + " answered " + response.statusCode() + " to a search: " + abbreviate(response.body()));
            }
            for (JsonNode hit : json.readTree(response.body()).path("hits")) {
                decisionIds.add(hit.path("decisionId").asText());
                protocolIds.add(hit.path("protocolId").asText());
            }
        }
    }

    private int report(double seconds) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", url.toString());
        result.put("clients", clients);
        result.put("seconds", Math.round(seconds));
        System.out.printf("%n%-9s %8s %8s %8s %8s %8s %8s%n", "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        long total = 0;
        for (Kind kind : Kind.values()) {
            Latencies latencies = new Latencies(nanos.get(kind).stream().mapToLong(Long::longValue).toArray());
            total += latencies.count();
            print(kind.name().toLowerCase(), latencies, seconds);
            result.put(kind.name().toLowerCase(), figures(latencies, seconds));
        }
        Latencies all = new Latencies(nanos.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue).toArray());
        print("all", all, seconds);
        result.put("all", figures(all, seconds));
        result.put("errors", errors.size());
        System.out.printf("%d requests in %.0f s, %d errors; load average %s%n", total, seconds, errors.size(),
                BenchResults.loadAverage());
        errors.stream().limit(10).forEach(e -> System.out.println("  error: " + e));
        BenchResults.write(results, "load", result);
        return errors.isEmpty() ? 0 : EXIT_ERRORS;
    }

    private static void print(String name, Latencies latencies, double seconds) {
        System.out.printf("%-9s %8d %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, latencies.count(), latencies.count() / seconds,
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                latencies.percentileMillis(100));
    }

    private static Map<String, Object> figures(Latencies latencies, double seconds) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", latencies.count());
        figures.put("perSecond", latencies.count() / seconds);
        figures.put("p50Ms", latencies.percentileMillis(50));
        figures.put("p95Ms", latencies.percentileMillis(95));
        figures.put("p99Ms", latencies.percentileMillis(99));
        figures.put("maxMs", latencies.percentileMillis(100));
        return figures;
    }


    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
