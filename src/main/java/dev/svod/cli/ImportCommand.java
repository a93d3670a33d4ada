package dev.svod.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Uploads every file of a folder (or the files named) to a running Svod in batches (several files per request;
 * the server extracts them in parallel and writes each batch to MongoDB and Elasticsearch in one request each),
 * a few batches at a time, with a line of progress per batch (files/s, MB/s, time left). Files already stored
 * answer 409 and are skipped, so an interrupted import is simply run again.
 */
@Command(name = "import", description = "Upload protocol files or whole folders to a running Svod.")
public class ImportCommand implements Callable<Integer> {

    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_SVOD_UNREACHABLE = 3;
    static final int EXIT_NOT_ALLOWED = 4;
    /** Well under the server's 50 MB request limit. */
    private static final long MAX_BATCH_BYTES = 24L << 20;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
    List<Path> paths;

    @Option(names = "--url", defaultValue = "${SVOD_URL:-http://127.0.0.1:8080}", description = "Svod's address")
    URI url;

    @Option(names = "--region", description = "region of every file, when the protocols do not name it")
    String region;

    @Option(names = "--token", defaultValue = "${SVOD_TOKEN}", description = "an API token of an archivist "
            + "(default SVOD_TOKEN; otherwise SVOD_USER and SVOD_PASSWORD sign in)")
    String token;

    @Option(names = "--parallel", defaultValue = "2", description = "batches in flight at a time")
    int parallel;

    @Option(names = "--batch", defaultValue = "16", description = "files per request")
    int batchSize;

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** What an import did, for the benchmark that runs one. */
    public record Outcome(int stored, int skipped, int failed, long bytes, double seconds) {
    }

    private Outcome outcome;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = collect();
        try (SvodHttp http = SvodHttp.signedInFromEnvironment(url, token)) {
            return importAll(http, files);
        } catch (ConnectException e) {
            System.err.println("svod import: Svod is not answering at " + url + " (start it with ./svod up)");
            return EXIT_SVOD_UNREACHABLE;
        } catch (ApiCredentials.RefusedException e) {
            System.err.println("svod import: " + e.getMessage());
            return EXIT_NOT_ALLOWED;
        }
    }

    private int importAll(SvodHttp http, List<Path> files) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (List<Path> batch : batches(files)) {
                batches.add(pool.submit(() -> {
                    importBatch(http, batch, files.size(), started);
                    return null;
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConnectException) {
                System.err.println("svod import: Svod is not answering at " + url + " (start it with ./svod up)");
                return EXIT_SVOD_UNREACHABLE;
            }
            if (e.getCause() instanceof IOException broken) {
                System.err.printf("svod import: the connection to Svod at %s broke (%s) after %d stored; run the import "
                        + "again to go on: stored files are skipped%n", url, broken.getMessage(), stored.get());
                return EXIT_SVOD_UNREACHABLE;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        outcome = new Outcome(stored.get(), skipped.get(), failed.get(), bytesDone.get(), seconds);
        System.out.printf("import: %d stored, %d already stored, %d failed in %.1f s%n", stored.get(), skipped.get(),
                failed.get(), seconds);
        return failed.get() == 0 ? 0 : EXIT_SOME_FAILED;
    }

    public Outcome outcome() {
        return outcome;
    }

    private void importBatch(SvodHttp http, List<Path> batch, int total, long started) throws IOException, InterruptedException {
        List<SvodHttp.FilePart> parts = new ArrayList<>();
        StringBuilder problems = new StringBuilder();
        for (Path file : batch) {
            SvodHttp.FilePart part = SvodHttp.FilePart.of(file);
            if (part.bytes().length == 0) { // multipart drops empty parts on the way, so they are refused here
                failed.incrementAndGet();
                problems.append("\n  ").append(file.getFileName()).append(": FAILED empty_file");
            } else {
                parts.add(part);
            }
        }
        if (!parts.isEmpty()) {
            tally(http.uploadBatch(parts, region == null ? Map.of() : Map.of("region", region)), parts.size(), problems);
        }
        int n = done.addAndGet(batch.size());
        long bytes = bytesDone.addAndGet(parts.stream().mapToLong(p -> p.bytes().length).sum());
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = n / Math.max(seconds, 1e-3);
        System.out.printf("[%d/%d %.1f files/s %.2f MB/s, %.0f s left] %s … %s%s%n", n, total, rate, bytes / 1e6 / Math.max(seconds, 1e-3),
                (total - n) / rate, batch.get(0).getFileName(), batch.get(batch.size() - 1).getFileName(), problems);
    }

    private void tally(HttpResponse<String> response, int sent, StringBuilder problems) throws IOException {
        if (response.statusCode() != 200) {
            failed.addAndGet(sent);
            problems.append("\n  batch FAILED ").append(response.statusCode()).append(' ').append(ApiCredentials.message(response.body()));
            return;
        }
        for (JsonNode result : json.readTree(response.body()).get("results")) {
            switch (result.get("status").asInt()) {
                case 201 -> stored.incrementAndGet();
                case 409 -> skipped.incrementAndGet();
                default -> {
                    failed.incrementAndGet();
                    problems.append("\n  ").append(result.get("fileName").asText()).append(": FAILED ")
                            .append(result.get("status").asInt()).append(' ').append(result.get("error").asText())
                            .append(' ').append(result.get("message").asText());
                }
            }
        }
    }

    private List<List<Path>> batches(List<Path> files) throws IOException {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            long size = Files.size(file);
            if (!current.isEmpty() && (current.size() >= batchSize || bytes + size > MAX_BATCH_BYTES)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(file);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private List<Path> collect() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("No such file or folder: " + path);
            }
        }
        return files;
    }
}
