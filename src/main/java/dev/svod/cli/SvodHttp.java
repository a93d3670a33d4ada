package dev.svod.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one place the command line and the benchmarks talk HTTP to a running Svod: every request is built here,
 * so whatever a request must carry (an Authorization header once writes need a user) is added in one spot.
 */
public final class SvodHttp {

    /** One file to upload: its name as sent and its bytes. */
    public record FilePart(String fileName, byte[] bytes) {
        public static FilePart of(Path file) throws IOException {
            return new FilePart(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public SvodHttp(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST /api/protocols/batch: the files as parts named "file", plus the fields that apply to all of them. */
    public HttpResponse<String> uploadBatch(List<FilePart> files, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "svod-" + UUID.randomUUID();
        MultipartBody body = new MultipartBody(boundary);
        fields.forEach(body::field);
        for (FilePart file : files) {
            body.file("file", file.fileName(), file.bytes());
        }
        HttpRequest request = request("/api/protocols/batch")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Every request to Svod starts here. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery));
    }
}
