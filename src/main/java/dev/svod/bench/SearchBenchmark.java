package dev.svod.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of the decision search API (facets and highlighting always on) under a fixed query mix, at several
 * numbers of concurrent clients. Needs a running Svod with data (`./svod up`).
 */
@Command(name = "search", description = "Measure decision-search latency percentiles through the API.")
public class SearchBenchmark implements Callable<Integer> {

    /** Topic words in several forms, a phrase, an abbreviation, exclusions, filters and deadline ranges. */
    static final List<String> QUERY_MIX = List.of(
            "q=наставничество",
            "q=наставников",
            "q=мониторинг качества образования",
            "q=%22дорожная карта%22",
            "q=ДОУ",
            "q=программа -развития",
            "q=наставничество&region=Смоленская область",
            "q=образование&sort=date",
            "q=&deadlineFrom=2022-03-01&deadlineTo=2022-03-31",
            "q=&deadlineKind=DATE&sort=deadline",
            "q=методическая работа&size=50",
            "q=олимпиада | конкурс");

    @Option(names = "--url", defaultValue = "${SVOD_URL:-http://127.0.0.1:8080}")
    URI url;

    @Option(names = "--requests", defaultValue = "600", description = "requests per concurrency level")
    int requests;

    @Option(names = "--concurrency", split = ",", defaultValue = "1,4,16")
    List<Integer> concurrency;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Integer call() throws Exception {
        List<URI> uris = QUERY_MIX.stream().map(this::searchUri).toList();
        run(uris, 1, Math.min(100, requests)); // warm-up: JIT, caches
        System.out.printf("decision search through %s, %d requests per level, query mix of %d%n", url, requests, uris.size());
        System.out.printf("%8s %9s %9s %9s %9s %10s%n", "clients", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
        for (int clients : concurrency) {
            long started = System.nanoTime();
            Latencies latencies = run(uris, clients, requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%8d %9.1f %9.1f %9.1f %9.1f %10.0f%n", clients, latencies.percentileMillis(50),
                    latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.percentileMillis(100),
                    latencies.count() / seconds);
        }
        return 0;
    }

    private URI searchUri(String query) {
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            encoded.append(encoded.isEmpty() ? "" : "&").append(kv[0]).append('=')
                    .append(URLEncoder.encode(java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        return url.resolve("/api/search/decisions?" + encoded);
    }

    private Latencies run(List<URI> uris, int clients, int total) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[total];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        nanos[i] = timeOne(uris.get(i % uris.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Latencies(nanos);
    }

    private long timeOne(URI uri) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        // where reads need an account (SVOD_ANONYMOUS_READS=false), a reader's token from the environment
        String token = System.getenv("SVOD_TOKEN");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return elapsed;
    }
}
