package dev.svod.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Calls Svod's REST API the way a client would, answering with status and JSON body even for errors. */
public final class SvodApi {

    private final HttpClient client;

    public SvodApi(HttpClient client) {
        this.client = client;
    }

    public record Answer(int status, Map<String, Object> body) {
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

    public Answer searchDecisions(String query, Map<String, String> params) {
        StringBuilder uri = new StringBuilder("/api/search/decisions?q=").append(encode(query));
        params.forEach((k, v) -> uri.append('&').append(k).append('=').append(encode(v)));
        return get(uri.toString());
    }

    @SuppressWarnings("unchecked")
    private Answer exchange(HttpRequest<?> request) {
        try {
            HttpResponse<Map> response = client.toBlocking().exchange(request, Map.class);
            return new Answer(response.code(), response.getBody().orElse(Map.of()));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(Map.class).orElse(Map.of()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
