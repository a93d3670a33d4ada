package dev.svod.access;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser sessions (cookie, CSRF header, sign-out), API tokens (shown once, hashed, revocable), disabled users. */
@MicronautTest
class SessionsAndTokensIT extends IntegrationTest {

    @Inject
    EmbeddedServer server;

    @Inject
    UserService users;

    @Inject
    MongoClient mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signIn_setsAnHttpOnlySameSiteStrictCookie_thatActsAsTheUser_untilSignOut() throws Exception {
        String name = user(Role.ARCHIVIST, "archivist-password");

        HttpResponse<String> signIn = send("POST", "/api/session", json(name, "archivist-password"), Map.of("X-Svod-Request", "1"));
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(setCookie).startsWith("svod_session=svod_").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/");
        assertThat(signIn.body()).doesNotContain(cookie.substring("svod_session=".length()));
        assertThat(send("GET", "/api/session", null, Map.of("Cookie", cookie)).body())
                .contains("\"authenticated\":true").contains("\"username\":\"" + name + "\"").contains("\"role\":\"archivist\"");

        HttpResponse<String> signOut = send("DELETE", "/api/session", null, Map.of("Cookie", cookie, "X-Svod-Request", "1"));

        assertThat(signOut.statusCode()).isEqualTo(204);
        assertThat(signOut.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(send("GET", "/api/session", null, Map.of("Cookie", cookie)).body()).contains("\"authenticated\":false");
        String endedHash = TokenService.sha256(cookie.substring("svod_session=".length()));
        signIn(name, "archivist-password");
        assertThat(tokensCollection()).as("an ended session is cleared at the next sign-in").noneMatch(json -> json.contains(endedHash));
    }

    @Test
    void cookieRequestThatChangesSomething_withoutTheSvodHeader_isRefusedAsCsrf() throws Exception {
        String name = user(Role.ADMIN, "admin-password-1");
        String cookie = signIn(name, "admin-password-1");

        HttpResponse<String> forged = send("POST", "/api/tokens", "{\"name\":\"forged\"}", Map.of("Cookie", cookie));
        HttpResponse<String> fromTheUi = send("POST", "/api/tokens", "{\"name\":\"mine\"}", Map.of("Cookie", cookie, "X-Svod-Request", "1"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"error\":\"csrf\"");
        assertThat(fromTheUi.statusCode()).isEqualTo(201);
    }

    @Test
    void signIn_wrongPasswordOrUnknownUser_sameAnswer401() throws Exception {
        String name = user(Role.READER, "reader-password");

        HttpResponse<String> wrong = send("POST", "/api/session", json(name, "not-the-password"), Map.of());
        HttpResponse<String> unknown = send("POST", "/api/session", json("nobody-" + name, "reader-password"), Map.of());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body()).contains("Неверное имя пользователя или пароль");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> anonymousDelete = send("DELETE", "/api/protocols/abc", null, Map.of());
        assertThat(anonymousDelete.statusCode()).isEqualTo(401);
        assertThat(anonymousDelete.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"svod\"");
    }

    @Test
    void apiToken_shownOnce_storedOnlyAsHash_worksUntilRevoked() {
        SvodApi archivist = as(Role.ARCHIVIST);
        SvodApi.Answer created = archivist.post("/api/tokens", Map.of("name", "nightly import"));
        String secret = (String) created.body().get("token");
        String id = (String) created.body().get("id");
        SvodApi script = anonymous().withToken(secret);

        assertThat(created.status()).isEqualTo(201);
        assertThat(secret).startsWith("svod_").hasSizeGreaterThan(40);
        assertThat(archivist.get("/api/tokens").items()).anySatisfy(t -> assertThat(t).containsEntry("id", id)
                .containsEntry("name", "nightly import").doesNotContainKey("token"));
        assertThat(tokensCollection()).noneMatch(json -> json.contains(secret));
        assertThat(script.upload("nightly.txt", SeedProtocols.txt(SeedProtocols.NAMES.get(0)), Map.of()).status()).isEqualTo(201);

        assertThat(archivist.delete("/api/tokens/" + id).status()).isEqualTo(204);

        SvodApi.Answer afterRevocation = script.upload("nightly-2.txt", SeedProtocols.txt(SeedProtocols.NAMES.get(1)), Map.of());
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat((String) afterRevocation.body().get("message")).contains("Токен не подходит");
        // a revoked token is refused even where anyone may read: a script should learn its token is dead
        assertThat(script.get("/api/search/decisions?q=x").status()).isEqualTo(401);
    }

    @Test
    void createToken_withoutALife_endsAfterTokenDays_shownWhenCreatedAndListed() {
        SvodApi reader = as(Role.READER);
        Instant before = Instant.now();

        SvodApi.Answer created = reader.post("/api/tokens", Map.of("name", "default life"));
        Instant expiresAt = Instant.parse((String) created.body().get("expiresAt"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(90)), Instant.now().plus(Duration.ofDays(90)));
        assertThat(reader.get("/api/tokens").items()).anySatisfy(t -> assertThat(t)
                .containsEntry("id", created.body().get("id")).containsEntry("expiresAt", created.body().get("expiresAt")));
    }

    @Test
    void createToken_fewerDaysAsked_endsThen_moreThanTheSettingIs400() {
        SvodApi reader = as(Role.READER);

        SvodApi.Answer week = reader.post("/api/tokens", Map.of("name", "a week", "expiresInDays", 7));
        SvodApi.Answer tooLong = reader.post("/api/tokens", Map.of("name", "a year", "expiresInDays", 365));

        assertThat(week.status()).isEqualTo(201);
        assertThat(Duration.between(Instant.parse((String) week.body().get("createdAt")),
                Instant.parse((String) week.body().get("expiresAt")))).isEqualTo(Duration.ofDays(7));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).containsEntry("error", "invalid_field");
        assertThat((String) tooLong.body().get("message")).contains("от 1 до 90 дней");
    }

    @Test
    void apiToken_pastItsEnd_answers401LikeARevokedOne() {
        SvodApi archivist = as(Role.ARCHIVIST);
        SvodApi.Answer created = archivist.post("/api/tokens", Map.of("name", "short-lived", "expiresInDays", 1));
        SvodApi script = anonymous().withToken((String) created.body().get("token"));
        assertThat(script.get("/api/tokens").status()).isEqualTo(200);

        // a day passes: the stored end moves into the past, as the clock would move past it
        tokens().updateOne(Filters.eq("_id", created.body().get("id")),
                Updates.set("expiresAt", Date.from(Instant.now().minusSeconds(1))));

        SvodApi.Answer expired = script.get("/api/tokens");
        assertThat(expired.status()).isEqualTo(401);
        assertThat((String) expired.body().get("message")).contains("истёк");
        assertThat(script.get("/api/search/decisions?q=x").status()).as("refused even where anyone may read").isEqualTo(401);
        assertThat(archivist.get("/api/tokens").items()).anySatisfy(t -> assertThat(t)
                .containsEntry("id", created.body().get("id")).containsEntry("revokedAt", null));
    }

    @Test
    void apiToken_storedWithoutAnEnd_endsTokenDaysAfterItsCreation() {
        SvodApi reader = as(Role.READER);
        SvodApi.Answer created = reader.post("/api/tokens", Map.of("name", "made before expiry existed"));
        SvodApi script = anonymous().withToken((String) created.body().get("token"));
        tokens().updateOne(Filters.eq("_id", created.body().get("id")), Updates.unset("expiresAt"));
        assertThat(script.get("/api/tokens").status()).isEqualTo(200);

        tokens().updateOne(Filters.eq("_id", created.body().get("id")),
                Updates.set("createdAt", Date.from(Instant.now().minus(Duration.ofDays(91)))));

        assertThat(script.get("/api/tokens").status()).isEqualTo(401);
    }

    @Test
    void revoke_someoneElsesToken_isNotFound_butAnAdminMayRevokeIt() {
        SvodApi owner = anonymous().withToken(tokenFor(Role.READER));
        String id = (String) owner.post("/api/tokens", Map.of("name", "owned")).body().get("id");

        assertThat(as(Role.ARCHIVIST).delete("/api/tokens/" + id).status()).isEqualTo(404);
        assertThat(as(Role.ADMIN).get("/api/admin/tokens").items()).anySatisfy(t -> assertThat(t).containsEntry("id", id));
        assertThat(as(Role.ADMIN).delete("/api/tokens/" + id).status()).isEqualTo(204);
    }

    @Test
    void disabledUser_tokenAndPasswordStopWorking_untilEnabledAgain() throws Exception {
        String name = user(Role.ARCHIVIST, "to-be-disabled");
        String secret = applicationContext.getBean(TokenService.class).issue(name, "t", AccessToken.Kind.API).secret();
        SvodApi script = anonymous().withToken(secret);
        SvodApi admin = as(Role.ADMIN);

        assertThat(admin.patch("/api/admin/users/" + name, Map.of("disabled", true)).body()).containsEntry("disabled", true);

        assertThat(script.get("/api/tokens").status()).isEqualTo(401);
        HttpResponse<String> signIn = send("POST", "/api/session", json(name, "to-be-disabled"), Map.of());
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(signIn.body()).contains("user_disabled").contains("отключена");

        admin.patch("/api/admin/users/" + name, Map.of("disabled", false));
        assertThat(script.get("/api/tokens").status()).isEqualTo(200);
    }

    @Test
    void newPassword_endsTheUsersSessions_butNotTheirApiTokens() throws Exception {
        String name = user(Role.READER, "old-password-1");
        String cookie = signIn(name, "old-password-1");
        SvodApi script = anonymous().withToken(applicationContext.getBean(TokenService.class).issue(name, "t", AccessToken.Kind.API).secret());

        assertThat(as(Role.ADMIN).patch("/api/admin/users/" + name, Map.of("password", "new-password-1")).status()).isEqualTo(200);

        assertThat(send("GET", "/api/session", null, Map.of("Cookie", cookie)).body()).contains("\"authenticated\":false");
        assertThat(send("POST", "/api/session", json(name, "old-password-1"), Map.of()).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/session", json(name, "new-password-1"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(script.get("/api/tokens").status()).isEqualTo(200);
    }

    @Test
    void roleChange_appliesToTheUsersExistingToken() {
        String name = user(Role.READER, "reader-to-archivist");
        SvodApi script = anonymous().withToken(applicationContext.getBean(TokenService.class).issue(name, "t", AccessToken.Kind.API).secret());
        byte[] seed = SeedProtocols.txt(SeedProtocols.NAMES.get(2));

        assertThat(script.upload("a.txt", seed, Map.of()).status()).isEqualTo(403);
        assertThat(as(Role.ADMIN).patch("/api/admin/users/" + name, Map.of("role", "archivist")).status()).isEqualTo(200);
        assertThat(script.upload("a.txt", seed, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void admin_createsAndListsUsers_neverShowingHashes_andCannotLockThemselvesOut() throws Exception {
        SvodApi admin = as(Role.ADMIN);
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);

        SvodApi.Answer created = admin.post("/api/admin/users", Map.of("username", name, "password", "new-user-password", "role", "archivist"));
        SvodApi.Answer again = admin.post("/api/admin/users", Map.of("username", name, "password", "new-user-password", "role", "reader"));
        SvodApi.Answer weak = admin.post("/api/admin/users", Map.of("username", name + "x", "password", "short", "role", "reader"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).containsEntry("role", "archivist").doesNotContainKey("passwordHash");
        assertThat(again.status()).isEqualTo(409);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(admin.get("/api/admin/users").items()).anySatisfy(u -> assertThat(u).containsEntry("username", name)
                .doesNotContainKey("passwordHash"));
        assertThat(send("POST", "/api/session", json(name, "new-user-password"), Map.of()).statusCode()).isEqualTo(200);

        String adminName = (String) admin.get("/api/session").body().get("username");
        SvodApi.Answer selfDisable = admin.patch("/api/admin/users/" + adminName, Map.of("disabled", true));
        assertThat(selfDisable.status()).isEqualTo(400);
        assertThat(selfDisable.body()).containsEntry("error", "self_lockout");
    }

    @Test
    void signIn_afterFiveWrongPasswords_answers429WithRetryAfter_evenForTheRightOne() throws Exception {
        String name = user(Role.READER, "reader-password");
        for (int i = 0; i < 5; i++) {
            assertThat(send("POST", "/api/session", json(name, "wrong-" + i), Map.of()).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = send("POST", "/api/session", json(name, "reader-password"), Map.of());

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("\"error\":\"too_many_sign_ins\"").doesNotContain("reader-password");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
        String other = user(Role.READER, "other-password");
        assertThat(send("POST", "/api/session", json(other, "other-password"), Map.of()).statusCode())
                .as("another name from the same address, under its limit").isEqualTo(200);
    }

    private String user(Role role, String password) {
        String name = role.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, password, role, null);
        return name;
    }

    private String signIn(String name, String password) throws IOException, InterruptedException {
        String setCookie = send("POST", "/api/session", json(name, password), Map.of()).headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String json(String name, String password) {
        return "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}";
    }

    private List<String> tokensCollection() {
        return tokens().find().map(Document::toJson).into(new ArrayList<>());
    }

    private MongoCollection<Document> tokens() {
        String uri = applicationContext.getProperty("mongodb.uri", String.class).orElseThrow();
        return mongo.getDatabase(dev.svod.archive.ProtocolRepository.databaseName(uri)).getCollection("tokens");
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
