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
 * signed with the command's credentials (an API token, or a session signed in with a user's name and password,
 * ended on {@link #close()}).
 */
public final class SvodHttp implements AutoCloseable {

    /** One file to upload: its name as sent and its bytes. */
    public record FilePart(String fileName, byte[] bytes) {
        public static FilePart of(Path file) throws IOException {
            return new FilePart(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ApiCredentials credentials;

    private SvodHttp(URI base) {
        this.base = base;
    }

    /** Requests without an account, as a visitor of a public reading room sends them. */
    public static SvodHttp anonymous(URI base) {
        return new SvodHttp(base);
    }

    /**
     * Requests signed with a token, or with a session of the user and password given.
     *
     * @throws ApiCredentials.RefusedException when none is given or Svod refuses them; the message says what to do
     */
    public static SvodHttp signedIn(URI base, String token, String user, String password)
            throws IOException, InterruptedException, ApiCredentials.RefusedException {
        SvodHttp http = new SvodHttp(base);
        http.credentials = ApiCredentials.open(http.client, base, token, user, password);
        return http;
    }

    /** Signed in from the environment the launcher gives: SVOD_USER and SVOD_PASSWORD, unless a token is given. */
    public static SvodHttp signedInFromEnvironment(URI base, String token)
            throws IOException, InterruptedException, ApiCredentials.RefusedException {
        return signedIn(base, token, System.getenv("SVOD_USER"), System.getenv("SVOD_PASSWORD"));
    }

    public URI base() {
        return base;
    }

    public HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return client.send(request, body);
    }

    /** POST /api/protocols/batch: the files as parts named "file", plus the fields that apply to all of them. */
    public HttpResponse<String> uploadBatch(List<FilePart> files, Map<String, String> fields)
            throws IOException, InterruptedException {
        return client.send(upload("/api/protocols/batch", files, fields), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart upload to the path (POST /api/protocols takes one file, /api/protocols/batch several). */
    public HttpRequest upload(String path, List<FilePart> files, Map<String, String> fields) {
        String boundary = "svod-" + UUID.randomUUID();
        MultipartBody body = new MultipartBody(boundary);
        fields.forEach(body::field);
        for (FilePart file : files) {
            body.file("file", file.fileName(), file.bytes());
        }
        return request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
    }

    /** Every signed request to Svod starts here. */
    public HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = publicRequest(pathAndQuery);
        if (credentials != null) {
            request.header("Authorization", credentials.authorization());
        }
        return request;
    }

    /** A request without credentials, whatever this client signed in with: what an anonymous reader sends. */
    public HttpRequest.Builder publicRequest(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (credentials != null) {
            credentials.close();
        }
    }
}
