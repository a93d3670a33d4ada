package dev.svod.access;

import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SvodApi;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every caller (anonymous, reader, archivist, admin) → allowed, 401 or 403, against the running
 * app. The endpoints come from the router: a new endpoint without a row here fails {@link #everyRoute_hasARow()}.
 * "Allowed" means the security let the request through: whatever the endpoint then answers (200, 201, 204, or 400
 * and 404 for the deliberately unknown ids), but not 401 or 403.
 */
abstract class AccessTable extends IntegrationTest {

    /** Who may call an endpoint. */
    enum Access { ANYONE, SIGNED_IN, READ, ARCHIVIST, ADMIN }

    enum Caller { ANONYMOUS, READER, ARCHIVIST, ADMIN }

    private static final String LOGIN_USER = "table-login";
    private static final String LOGIN_PASSWORD = "table-login-password";

    /** The table: method and route as the router names it → who may call it. */
    static final Map<String, Access> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("GET /health", Access.ANYONE);
        TABLE.put("GET /api/session", Access.ANYONE);
        TABLE.put("POST /api/session", Access.ANYONE);
        TABLE.put("DELETE /api/session", Access.SIGNED_IN);
        TABLE.put("GET /api/search/decisions", Access.READ);
        TABLE.put("GET /api/search/protocols", Access.READ);
        TABLE.put("GET /api/search/decisions/export", Access.READ);
        TABLE.put("GET /api/decisions/{id}", Access.READ);
        TABLE.put("GET /api/decisions/{id}/similar", Access.READ);
        TABLE.put("GET /api/compare", Access.READ);
        TABLE.put("GET /api/matrix", Access.READ);
        TABLE.put("GET /api/calendar", Access.READ);
        TABLE.put("GET /api/calendar.ics", Access.READ);
        TABLE.put("GET /api/protocols/{id}", Access.READ);
        TABLE.put("GET /api/protocols/{id}/original", Access.READ);
        TABLE.put("GET /api/tokens", Access.READ);
        TABLE.put("POST /api/tokens", Access.READ);
        TABLE.put("DELETE /api/tokens/{id}", Access.READ);
        TABLE.put("POST /api/protocols", Access.ARCHIVIST);
        TABLE.put("POST /api/protocols/batch", Access.ARCHIVIST);
        TABLE.put("PUT /api/protocols/{id}/metadata", Access.ARCHIVIST);
        TABLE.put("POST /api/protocols/{id}/reparse", Access.ARCHIVIST);
        TABLE.put("DELETE /api/protocols/{id}", Access.ADMIN);
        TABLE.put("GET /api/admin/users", Access.ADMIN);
        TABLE.put("POST /api/admin/users", Access.ADMIN);
        TABLE.put("PATCH /api/admin/users/{username}", Access.ADMIN);
        TABLE.put("GET /api/admin/tokens", Access.ADMIN);
        TABLE.put("GET /api/admin/audit", Access.ADMIN);
    }

    @Inject
    Router router;

    abstract boolean anonymousReads();

    @BeforeAll
    void createLoginUser() {
        applicationContext.getBean(UserService.class).create(LOGIN_USER, LOGIN_PASSWORD, Role.READER, null);
    }

    @Test
    void everyRoute_hasARow() {
        // HEAD routes are the GET routes' twins, secured alike
        Set<String> routes = router.uriRoutes().filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(route -> route.getHttpMethodName() + " " + template(route))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(routes).as("routes of the app; add a row to AccessTable.TABLE for a new one")
                .containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRoute_isInTheOpenApiDocument() throws java.io.IOException {
        Map<String, Object> document;
        try (var in = getClass().getResourceAsStream("/openapi/svod.yml")) {
            document = new org.yaml.snakeyaml.Yaml().load(in);
        }
        Set<String> documented = new TreeSet<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) ->
                operations.keySet().forEach(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @Test
    void session_tellsTheUiWhetherReadsAreAnonymous() {
        assertThat(anonymous().get("/api/session").body())
                .containsEntry("authenticated", false)
                .containsEntry("anonymousReads", anonymousReads());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint_everyCaller_allowedOr401Or403() {
        List<DynamicTest> rows = new ArrayList<>();
        TABLE.forEach((endpoint, access) -> {
            for (Caller caller : Caller.values()) {
                int expected = expected(access, caller);
                String name = endpoint + " as " + caller + " → " + (expected == 0 ? "allowed" : expected);
                rows.add(DynamicTest.dynamicTest(name, () -> check(endpoint, caller, expected)));
            }
        });
        return rows.stream();
    }

    /** 0 for allowed. */
    private int expected(Access access, Caller caller) {
        boolean anonymous = caller == Caller.ANONYMOUS;
        return switch (access) {
            case ANYONE -> 0;
            case SIGNED_IN -> anonymous ? 401 : 0;
            case READ -> anonymous && !anonymousReads() ? 401 : 0;
            case ARCHIVIST -> anonymous ? 401 : caller == Caller.READER ? 403 : 0;
            case ADMIN -> anonymous ? 401 : caller == Caller.ADMIN ? 0 : 403;
        };
    }

    private void check(String endpoint, Caller caller, int expected) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "no-such-thing");
        Object body = switch (method) {
            case "POST" -> path.equals("/api/session") ? Map.of("username", LOGIN_USER, "password", LOGIN_PASSWORD) : Map.of();
            case "PUT", "PATCH" -> Map.of();
            default -> null;
        };

        byte[] protocol = "ПРОТОКОЛ\n1. Утвердить план.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SvodApi.Answer answer = switch (endpoint) {
            case "POST /api/protocols" -> api(caller).upload("table.txt", protocol, Map.of());
            case "POST /api/protocols/batch" -> api(caller).uploadBatch(Map.of("table.txt", protocol), Map.of());
            default -> api(caller).send(method, path, body);
        };

        if (expected == 0) {
            assertThat(answer.status()).as("%s as %s: %s", endpoint, caller, answer.body()).isNotIn(401, 403);
        } else {
            assertThat(answer.status()).as("%s as %s: %s", endpoint, caller, answer.body()).isEqualTo(expected);
            assertThat(answer.body()).containsEntry("error", expected == 401 ? "unauthorized" : "forbidden");
            assertThat((String) answer.body().get("message")).isNotBlank();
        }
    }

    private SvodApi api(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> anonymous();
            case READER -> as(Role.READER);
            case ARCHIVIST -> as(Role.ARCHIVIST);
            case ADMIN -> as(Role.ADMIN);
        };
    }

    /** The route's path without its query part: "/api/search/decisions{?q,region}" → "/api/search/decisions". */
    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
    }
}
