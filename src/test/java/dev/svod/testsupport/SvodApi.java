package dev.svod.testsupport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Calls Svod's REST API the way a client would, answering with status and JSON body even for errors. Anonymous,
 * or acting with an API token ({@link IntegrationTest#as} gives one per role).
 */
public final class SvodApi {

    private final HttpClient client;
    private final @Nullable String token;

    public SvodApi(HttpClient client) {
        this(client, null);
    }

    private SvodApi(HttpClient client, @Nullable String token) {
        this.client = client;
        this.token = token;
    }

    /** The same client sending {@code Authorization: Bearer token}. */
    public SvodApi withToken(String bearerToken) {
        return new SvodApi(client, bearerToken);
    }

    /** The body is a list for list answers ({@code items}), an object otherwise. */
    public record Answer(int status, Map<String, Object> body) {

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body.get("items");
        }
    }

    public Answer upload(String fileName, byte[] bytes, Map<String, String> fields) {
        MultipartBody.Builder body = MultipartBody.builder()
                .addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes);
        fields.forEach(body::addPart);
        return exchange(HttpRequest.POST("/api/protocols", body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** Several files in one request to the batch endpoint, in the order of the map. */
    public Answer uploadBatch(Map<String, byte[]> files, Map<String, String> fields) {
        MultipartBody.Builder body = MultipartBody.builder();
        files.forEach((name, bytes) -> body.addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes));
        fields.forEach(body::addPart);
        return exchange(HttpRequest.POST("/api/protocols/batch", body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    public Answer get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    public Answer post(String path, Object json) {
        return exchange(HttpRequest.POST(path, json));
    }

    public Answer put(String path, Object json) {
        return exchange(HttpRequest.PUT(path, json));
    }

    public Answer patch(String path, Object json) {
        return exchange(HttpRequest.PATCH(path, json));
    }

    public Answer delete(String path) {
        return exchange(HttpRequest.DELETE(path));
    }

    /** Any method and path, with an optional JSON body; for the access table. */
    public Answer send(String method, String path, @Nullable Object json) {
        MutableHttpRequest<Object> request = HttpRequest.create(io.micronaut.http.HttpMethod.parse(method), path);
        if (json != null) {
            request.body(json).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return exchange(request);
    }

    public Answer searchDecisions(String query, Map<String, String> params) {
        StringBuilder uri = new StringBuilder("/api/search/decisions?q=").append(encode(query));
        params.forEach((k, v) -> uri.append('&').append(k).append('=').append(encode(v)));
        return get(uri.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Answer exchange(MutableHttpRequest<?> request) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<Object> response = client.toBlocking().exchange(request, Object.class);
            return new Answer(response.code(), asMap(response.getBody().orElse(null)));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(Map.class).orElse(Map.of()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(@Nullable Object body) {
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (body instanceof List<?> list) {
            return Map.of("items", list);
        }
        return Map.of();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
