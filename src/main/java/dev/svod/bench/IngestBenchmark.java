package dev.svod.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.mongodb.client.MongoClient;
import dev.svod.cli.ImportCommand;
import dev.svod.corpus.CorpusCommand;
import dev.svod.extraction.ExtractionSettings;
import dev.svod.extraction.Extractor;
import dev.svod.extraction.IsolatedExtractor;
import dev.svod.extraction.TextExtractor;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * End-to-end ingest rate of generated protocols through the batch upload API (`svod import`), beside the rate of
 * Tika extraction alone of the same files with as many threads as cores, its upper bound on this machine.
 * The app runs in this JVM against the running MongoDB and Elasticsearch, in a database and indices of its own
 * that are dropped afterwards, so the demo data is untouched; run with -Xmx512m (as `./svod bench ingest` does)
 * the heap figure is the app's and the client's together.
 */
@Command(name = "ingest", description = "Protocols/s and MB/s of a bulk import, against the Tika-only rate of the same files.")
public class IngestBenchmark implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--protocols", defaultValue = "1000")
    int protocols;

    @Option(names = "--format", defaultValue = "docx", description = "txt, docx, pdf or mixed")
    String format;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--corpus", description = "folder of the corpus; generated when missing (default .svod/bench/corpus-FORMAT-N-seedS)")
    Path corpus;

    @Option(names = "--mongodb-uri", defaultValue = "${MONGODB_URI:-mongodb://127.0.0.1:27017/svod}")
    String mongoUri;

    @Option(names = "--es-url", defaultValue = "${SVOD_ES_URL:-http://127.0.0.1:9200}")
    String elasticsearchUrl;

    @Option(names = "--parallel", defaultValue = "2", description = "batches in flight")
    int parallel;

    @Option(names = "--batch", defaultValue = "16", description = "files per request")
    int batch;

    @Option(names = "--refresh", defaultValue = "false", description = "bulk refresh policy during the import")
    String refresh;

    @Option(names = "--isolation", defaultValue = "${SVOD_EXTRACTION_ISOLATION:-process}",
            description = "process (Tika in worker JVMs, the default) or in-process, for both figures")
    String isolation;

    @Override
    public Integer call() throws Exception {
        Path folder = corpus != null ? corpus : Path.of(".svod", "bench", "corpus-" + format + "-" + protocols + "-seed" + seed);
        if (!Files.exists(CorpusCommand.truthFile(folder))) {
            System.out.printf("writing the corpus (%d %s protocols, seed %d) to %s…%n", protocols, format, seed, folder);
            CorpusCommand.write(folder, protocols, seed, format);
        }
        List<Path> files = files(folder);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("ingest: %d files, %.1f MB, %d cores, load %s%n", files.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), BenchResults.loadAverage());

        double tikaSeconds = tikaOnly(files, isolation);
        double tikaRate = files.size() / tikaSeconds;
        System.out.printf("Tika only (" + isolation + "):  %7.1f files/s  %6.2f MB/s  (%.1f s, load %s)%n", tikaRate, bytes / 1e6 / tikaSeconds,
                tikaSeconds, BenchResults.loadAverage());

        HeapWatch heap = new HeapWatch();
        ImportCommand.Outcome outcome = endToEnd(folder, heap);
        double rate = outcome.stored() / outcome.seconds();
        System.out.printf("end to end: %7.1f files/s  %6.2f MB/s  (%.1f s, %d stored, %d skipped, %d failed, load %s)%n", rate,
                outcome.bytes() / 1e6 / outcome.seconds(), outcome.seconds(), outcome.stored(), outcome.skipped(),
                outcome.failed(), BenchResults.loadAverage());
        System.out.printf("ratio end to end / Tika only: %.0f %%%n", 100 * rate / tikaRate);
        System.out.printf("heap: max %d MB used of %d MB; GC %d collections, %.1f s%n", heap.maxUsedMB(),
                Runtime.getRuntime().maxMemory() >> 20, heap.collections(), heap.gcSeconds());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("protocols", files.size());
        figures.put("format", format);
        figures.put("isolation", isolation);
        figures.put("seed", seed);
        figures.put("megabytes", bytes / 1e6);
        figures.put("tikaOnlyProtocolsPerSecond", tikaRate);
        figures.put("endToEndProtocolsPerSecond", rate);
        figures.put("endToEndMegabytesPerSecond", outcome.bytes() / 1e6 / outcome.seconds());
        figures.put("ratio", rate / tikaRate);
        figures.put("stored", outcome.stored());
        figures.put("failed", outcome.failed());
        figures.put("maxHeapUsedMB", heap.maxUsedMB());
        figures.put("gcCollections", heap.collections());
        figures.put("gcSeconds", heap.gcSeconds());
        figures.put("batch", batch);
        figures.put("parallel", parallel);
        figures.put("refresh", refresh);
        BenchResults.write("ingest", figures);
        return outcome.failed() == 0 ? 0 : 1;
    }

    /** Extraction alone, all cores busy: what no import on this machine can beat. */
    private static double tikaOnly(List<Path> files, String isolation) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ExtractionSettings settings = new ExtractionSettings(20_000_000, java.time.Duration.ofMinutes(2), isolation, threads, "512m");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Extractor extractor = settings.inProcess()
                ? new TextExtractor(settings.maxCharacters(), settings.timeLimit()) : new IsolatedExtractor(settings)) {
            long started = System.nanoTime();
            List<Future<Integer>> lengths = files.stream()
                    .map(f -> pool.submit(() -> extractor.extract(Files.readAllBytes(f), f.getFileName().toString()).text().length()))
                    .toList();
            for (Future<Integer> length : lengths) {
                length.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private ImportCommand.Outcome endToEnd(Path folder, HeapWatch heap) throws InterruptedException {
        String prefix = "bench-ingest-" + System.currentTimeMillis();
        String database = "svod_bench_ingest";
        String base = mongoUri.replaceFirst("^(mongodb://[^/]+).*$", "$1");
        try (ApplicationContext app = BenchApp.start(elasticsearchUrl, prefix, refresh, Map.of("mongodb.uri", base + "/" + database, "svod.extraction.isolation", isolation))) {
            try {
                heap.start();
                ImportCommand command = new ImportCommand();
                new CommandLine(command).execute("--url", app.getBean(EmbeddedServer.class).getURL().toString(),
                        "--token", BenchApp.archivistToken(app),
                        "--parallel", Integer.toString(parallel), "--batch", Integer.toString(batch), folder.toString());
                heap.stop();
                return command.outcome();
            } finally {
                BenchResults.deleteIndices(app.getBean(ElasticsearchClient.class), prefix);
                app.getBean(MongoClient.class).getDatabase(database).drop();
            }
        }
    }

    private static List<Path> files(Path folder) throws java.io.IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Samples the heap in use every 100 ms and counts garbage collections while the import runs. */
    private static final class HeapWatch {
        private volatile boolean running;
        private volatile long maxUsed;
        private long collectionsAtStart;
        private long gcMillisAtStart;
        private long collections;
        private long gcMillis;
        private Thread sampler;

        void start() {
            running = true;
            collectionsAtStart = gcCount();
            gcMillisAtStart = gcMillis();
            sampler = new Thread(() -> {
                while (running) {
                    maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            collections = gcCount() - collectionsAtStart;
            gcMillis = gcMillis() - gcMillisAtStart;
        }

        long maxUsedMB() {
            return maxUsed >> 20;
        }

        long collections() {
            return collections;
        }

        double gcSeconds() {
            return gcMillis / 1e3;
        }

        private static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }
}
