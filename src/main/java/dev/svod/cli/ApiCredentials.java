package dev.svod.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * How a command acts on a running Svod: with an API token ({@code --token} / {@code SVOD_TOKEN}), or by signing in
 * with a user's name and password ({@code SVOD_USER}, {@code SVOD_PASSWORD}; what {@code ./svod up} does with the
 * admin it created), in which case the session is ended when the command is done.
 */
public final class ApiCredentials implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION_COOKIE = "svod_session";

    private final HttpClient http;
    private final URI url;
    private final String bearer;
    private final boolean session;

    private ApiCredentials(HttpClient http, URI url, String bearer, boolean session) {
        this.http = http;
        this.url = url;
        this.bearer = bearer;
        this.session = session;
    }

    /** Thrown when no credentials are given or Svod refuses them; the message says what to do. */
    public static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    public static ApiCredentials open(HttpClient http, URI url, String token, String user, String password)
            throws IOException, InterruptedException, RefusedException {
        if (token != null && !token.isBlank()) {
            return new ApiCredentials(http, url, token.strip(), false);
        }
        if (user == null || user.isBlank() || password == null) {
            throw new RefusedException("uploading needs an account: give an API token (--token or SVOD_TOKEN) or "
                    + "SVOD_USER and SVOD_PASSWORD of an archivist");
        }
        String body = JSON.writeValueAsString(Map.of("username", user, "password", password));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve("/api/session"))
                .header("Content-Type", "application/json").header("X-Svod-Request", "cli")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new RefusedException("signing in as " + user + " failed: " + message(response.body()));
        }
        String secret = response.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> cookie.getName().equals(SESSION_COOKIE)).map(HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new RefusedException("Svod signed in " + user + " but set no session"));
        return new ApiCredentials(http, url, secret, true);
    }

    /** The value of the Authorization header. */
    public String authorization() {
        return "Bearer " + bearer;
    }

    /** Svod's {@code message} from an error answer, or the body as it is. */
    public static String message(String body) {
        try {
            return Optional.ofNullable(JSON.readTree(body).get("message")).map(JsonNode::asText).orElse(body);
        } catch (IOException e) {
            return body;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (session) {
            http.send(HttpRequest.newBuilder(url.resolve("/api/session")).header("Authorization", authorization())
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
