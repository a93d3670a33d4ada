package dev.svod.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import dev.svod.cli.SvodHttp;
import dev.svod.index.ProtocolIndexer;
import dev.svod.search.DecisionSearchService;
import dev.svod.search.SearchParams;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of the decision search API (facets and highlighting always on) under a fixed query mix, at several
 * numbers of concurrent clients. Without {@code --decisions} it measures a running Svod (`./svod up`). With
 * {@code --decisions N} it fills benchmark indices of its own with N generated decisions
 * ({@link SearchCorpusLoader}), runs the app in this JVM against them, and sends the very requests the app sends
 * to Elasticsearch straight to Elasticsearch too: the difference is the app's overhead.
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

    @Option(names = "--decisions", description = "fill benchmark indices with this many generated decisions and measure them")
    Long decisions;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--es-url", defaultValue = "${SVOD_ES_URL:-http://127.0.0.1:9200}")
    String elasticsearchUrl;

    @Option(names = "--drop", description = "delete the benchmark indices afterwards (they are kept for the next run by default)")
    boolean drop;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One measured level: latencies and throughput. */
    private record Level(String target, int clients, Latencies latencies, double perSecond) {
        Map<String, Object> figures() {
            return Map.of("target", target, "clients", clients, "p50", latencies.percentileMillis(50),
                    "p95", latencies.percentileMillis(95), "p99", latencies.percentileMillis(99),
                    "max", latencies.percentileMillis(100), "perSecond", perSecond);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (decisions == null) {
            List<Level> api = measure("api", QUERY_MIX.stream().map(SearchBenchmark::searchUri).map(this::getRequest).toList());
            BenchResults.write("search", Map.of("url", url.toString(), "levels", api.stream().map(Level::figures).toList()));
            return 0;
        }
        String prefix = "bench-search-" + decisions + "-seed" + seed;
        try (ApplicationContext app = BenchApp.start(elasticsearchUrl, prefix, "false", Map.of())) {
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            long held = SearchCorpusLoader.fill(app.getBean(ProtocolIndexer.class), client, prefix + "-decisions", decisions, seed);
            url = app.getBean(EmbeddedServer.class).getURL().toURI();
            DecisionSearchService search = app.getBean(DecisionSearchService.class);
            List<HttpRequest> direct = QUERY_MIX.stream().map(q -> directRequest(search, client, prefix + "-decisions", q)).toList();
            System.out.printf("%d decisions in %s; load %s%n", held, prefix + "-decisions", BenchResults.loadAverage());
            List<Level> api = measure("api", QUERY_MIX.stream().map(SearchBenchmark::searchUri).map(this::getRequest).toList());
            List<Level> elasticsearch = measure("elasticsearch", direct);
            System.out.printf("%8s %14s %14s%n", "clients", "overhead p50", "overhead p95");
            for (int i = 0; i < api.size(); i++) {
                System.out.printf("%8d %11.1f ms %11.1f ms%n", api.get(i).clients(),
                        api.get(i).latencies().percentileMillis(50) - elasticsearch.get(i).latencies().percentileMillis(50),
                        api.get(i).latencies().percentileMillis(95) - elasticsearch.get(i).latencies().percentileMillis(95));
            }
            List<Map<String, Object>> levels = new ArrayList<>();
            api.forEach(l -> levels.add(l.figures()));
            elasticsearch.forEach(l -> levels.add(l.figures()));
            BenchResults.write("search", Map.of("decisions", held, "levels", levels));
            if (drop) {
                BenchResults.deleteIndices(client, prefix);
            }
        }
        return 0;
    }

    private List<Level> measure(String target, List<HttpRequest> mix) throws Exception {
        run(mix, 1, Math.min(100, requests)); // warm-up: JIT, caches
        System.out.printf("decision search, %s, %d requests per level, query mix of %d, load %s%n", target, requests, mix.size(),
                BenchResults.loadAverage());
        System.out.printf("%8s %9s %9s %9s %9s %10s%n", "clients", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
        List<Level> levels = new ArrayList<>();
        for (int clients : concurrency) {
            long started = System.nanoTime();
            Latencies latencies = run(mix, clients, requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            Level level = new Level(target, clients, latencies, latencies.count() / seconds);
            System.out.printf("%8d %9.1f %9.1f %9.1f %9.1f %10.0f%n", clients, latencies.percentileMillis(50),
                    latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.percentileMillis(100),
                    level.perSecond());
            levels.add(level);
        }
        return levels;
    }

    private HttpRequest getRequest(String pathAndQuery) {
        return SvodHttp.anonymous(url).publicRequest(pathAndQuery).GET().build();
    }

    /** The request body the app would send for this query, posted to Elasticsearch's _search as it is. */
    private HttpRequest directRequest(DecisionSearchService search, ElasticsearchClient client, String index, String query) {
        Map<String, String> params = parameters(query);
        SearchParams searchParams = new SearchParams(params.get("q"), params.get("region"), null, null, null, null, null,
                null, null, params.get("deadlineFrom"), params.get("deadlineTo"), params.get("deadlineKind"), params.get("sort"),
                null, params.containsKey("size") ? Integer.valueOf(params.get("size")) : null, null, params.get("plain"));
        String body = JsonpUtils.toJsonString(search.request(searchParams), client._jsonpMapper());
        return HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/" + index + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The API path of a query of the mix, its values percent-encoded (the mix is written readably). */
    static String searchUri(String query) {
        StringBuilder encoded = new StringBuilder();
        parameters(query).forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return "/api/search/decisions?" + encoded;
    }

    /** A query of the mix as name → value, in its order. */
    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private Latencies run(List<HttpRequest> mix, int clients, int total) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[total];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        nanos[i] = timeOne(mix.get(i % mix.size()));
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

    private long timeOne(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return elapsed;
    }
}
