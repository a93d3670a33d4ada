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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Uploads every file of a folder (or the files named) to a running Svod, one line of progress per file.
 * Files already stored answer 409 and are skipped, so an interrupted import can simply be run again.
 */
@Command(name = "import", description = "Upload protocol files or whole folders to a running Svod.")
class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
    List<Path> paths;

    @Option(names = "--url", defaultValue = "${SVOD_URL:-http://127.0.0.1:8080}", description = "Svod's address")
    URI url;

    @Option(names = "--region", description = "region of every file, when the protocols do not name it")
    String region;

    private final HttpClient http = HttpClient.newHttpClient();

    static final int EXIT_SVOD_UNREACHABLE = 3;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = collect();
        try {
            return importAll(files);
        } catch (ConnectException e) {
            System.err.println("svod import: Svod is not answering at " + url + " (start it with ./svod up)");
            return EXIT_SVOD_UNREACHABLE;
        }
    }

    private int importAll(List<Path> files) throws IOException, InterruptedException {
        int stored = 0;
        int skipped = 0;
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            HttpResponse<String> response = upload(file);
            String outcome = switch (response.statusCode()) {
                case 201 -> {
                    stored++;
                    yield "stored";
                }
                case 409 -> {
                    skipped++;
                    yield "already stored";
                }
                default -> {
                    failed++;
                    yield "FAILED " + response.statusCode() + " " + response.body();
                }
            };
            System.out.printf("[%d/%d] %s: %s%n", i + 1, files.size(), file.getFileName(), outcome);
        }
        System.out.printf("import: %d stored, %d already stored, %d failed%n", stored, skipped, failed);
        return failed == 0 ? 0 : 1;
    }

    private List<Path> collect() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
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
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
