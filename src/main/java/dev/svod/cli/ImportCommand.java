package dev.svod.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Uploads every file of a folder (or the files named) to a running Svod, several at a time, with one line of
 * progress per file (rate and time left). Files already stored answer 409 and are skipped, so an interrupted
 * import is simply run again.
 */
@Command(name = "import", description = "Upload protocol files or whole folders to a running Svod.")
class ImportCommand implements Callable<Integer> {

    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_SVOD_UNREACHABLE = 3;
    static final int EXIT_NOT_ALLOWED = 4;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
    List<Path> paths;

    @Option(names = "--url", defaultValue = "${SVOD_URL:-http://127.0.0.1:8080}", description = "Svod's address")
    URI url;

    @Option(names = "--region", description = "region of every file, when the protocols do not name it")
    String region;

    @Option(names = "--token", defaultValue = "${SVOD_TOKEN}", description = "an API token of an archivist "
            + "(default SVOD_TOKEN; otherwise SVOD_USER and SVOD_PASSWORD sign in)")
    String token;

    @Option(names = "--parallel", defaultValue = "2", description = "uploads at a time (extraction runs on the server)")
    int parallel;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private ApiCredentials credentials;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = collect();
        try (ApiCredentials signedIn = ApiCredentials.open(http, url, token, System.getenv("SVOD_USER"),
                System.getenv("SVOD_PASSWORD"))) {
            credentials = signedIn;
            return importAll(files);
        } catch (ConnectException e) {
            System.err.println("svod import: Svod is not answering at " + url + " (start it with ./svod up)");
            return EXIT_SVOD_UNREACHABLE;
        } catch (ApiCredentials.RefusedException e) {
            System.err.println("svod import: " + e.getMessage());
            return EXIT_NOT_ALLOWED;
        }
    }

    private int importAll(List<Path> files) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (Path file : files) {
                uploads.add(pool.submit(() -> {
                    importOne(file, files.size(), started);
                    return null;
                }));
            }
            for (Future<?> upload : uploads) {
                upload.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConnectException) {
                System.err.println("svod import: Svod is not answering at " + url + " (start it with ./svod up)");
                return EXIT_SVOD_UNREACHABLE;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("import: %d stored, %d already stored, %d failed in %.1f s%n", stored.get(), skipped.get(),
                failed.get(), (System.nanoTime() - started) / 1e9);
        return failed.get() == 0 ? 0 : EXIT_SOME_FAILED;
    }

    private void importOne(Path file, int total, long started) throws IOException, InterruptedException {
        HttpResponse<String> response = upload(file);
        String outcome = switch (response.statusCode()) {
            case 201 -> {
                stored.incrementAndGet();
                yield "stored";
            }
            case 409 -> {
                skipped.incrementAndGet();
                yield "already stored";
            }
            default -> {
                failed.incrementAndGet();
                yield "FAILED " + response.statusCode() + " " + ApiCredentials.message(response.body());
            }
        };
        int n = done.incrementAndGet();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = n / Math.max(seconds, 1e-3);
        System.out.printf("[%d/%d %.1f files/s, %.0f s left] %s: %s%n", n, total, rate, (total - n) / rate,
                file.getFileName(), outcome);
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

    private HttpResponse<String> upload(Path file) throws IOException, InterruptedException {
        String boundary = "svod-" + UUID.randomUUID();
        MultipartBody body = new MultipartBody(boundary)
                .file("file", file.getFileName().toString(), Files.readAllBytes(file));
        if (region != null) {
            body.field("region", region);
        }
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/protocols"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", credentials.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
