package dev.svod.search;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The search API beyond plain text: filters, paging, protocols, similar, compare, matrix, export. */
@MicronautTest
class SearchApiIT extends IntegrationTest {

    private static final String SMOLENSK = "smolensk-oblast_2021-12-09_kollegiya-reshenie";

    @Inject
    @Client("/")
    HttpClient http;

    private SvodApi api;

    @BeforeAll
    void uploadSeeds() {
        api = as(Role.ARCHIVIST);
        for (String seed : SeedProtocols.NAMES) {
            Map<String, String> fields = seed.startsWith("municipal") ? Map.of("region", "Тестовая область") : Map.of();
            assertThat(api.upload(seed + ".txt", SeedProtocols.txt(seed), fields).status()).isEqualTo(201);
        }
    }

    @Test
    void cursorPaging_walksEveryDecisionOnceInOrder() {
        long total = total(api.searchDecisions("", Map.of("size", "100")));
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Map<String, String> params = next == null ? Map.of("size", "7", "sort", "date") : Map.of("size", "7", "sort", "date", "after", next);
            SvodApi.Answer page = api.searchDecisions("", params);
            hits(page).forEach(h -> {
                seen.add((String) h.get("decisionId"));
                order.add((String) h.get("date"));
            });
            next = (String) page.body().get("next");
            pages++;
        } while (next != null && pages < 100);

        assertThat(seen).hasSize((int) total);
        assertThat(order).isSortedAccordingTo((a, b) -> b == null ? -1 : a == null ? 1 : b.compareTo(a));
    }

    @Test
    void deadlineRange_intersectsDeadlinePeriods() {
        SvodApi.Answer answer = api.searchDecisions("", Map.of("deadlineFrom", "2022-03-01", "deadlineTo", "2022-03-31", "size", "100"));

        assertThat(hits(answer)).isNotEmpty();
        for (Map<String, Object> hit : hits(answer)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> deadline = (Map<String, Object>) hit.get("deadline");
            LocalDate from = deadline.get("from") == null ? LocalDate.MIN : LocalDate.parse((String) deadline.get("from"));
            LocalDate to = deadline.get("to") == null ? LocalDate.MAX : LocalDate.parse((String) deadline.get("to"));
            assertThat(from).as("deadline %s", deadline).isBeforeOrEqualTo(LocalDate.of(2022, 3, 31));
            assertThat(to).as("deadline %s", deadline).isAfterOrEqualTo(LocalDate.of(2022, 3, 1));
        }
    }

    @Test
    void deadlineSort_earliestFirst() {
        List<String> dues = hits(api.searchDecisions("", Map.of("sort", "deadline", "deadlineKind", "DATE", "size", "100")))
                .stream().map(h -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> d = (Map<String, Object>) h.get("deadline");
                    return (String) (d.get("to") != null ? d.get("to") : d.get("from"));
                }).toList();

        assertThat(dues).isNotEmpty().isSorted();
    }

    @Test
    void facets_eachFilterNarrowsToItsValue() {
        SvodApi.Answer all = api.searchDecisions("", Map.of("size", "1"));
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> facets = (Map<String, List<Map<String, Object>>>) all.body().get("facets");

        assertThat(facets).containsKeys("region", "municipality", "issuingBody", "kind", "addresseeKind", "addressee", "deadlineKind", "year");
        Map<String, Object> kind = facets.get("deadlineKind").get(0);
        long filtered = total(api.searchDecisions("", Map.of("deadlineKind", (String) kind.get("value"))));
        assertThat(filtered).isEqualTo(((Number) kind.get("count")).longValue());
    }

    @Test
    void abbreviation_findsTheSpelledOutForm() {
        Set<String> byAbbreviation = ids(api.searchDecisions("МСОКО", Map.of("size", "100")));
        Set<String> spelledOut = ids(api.searchDecisions("\"муниципальная система оценки качества образования\"", Map.of("size", "100")));

        assertThat(byAbbreviation).containsAll(spelledOut);
    }

    @Test
    void phraseAndExclusion_followSimpleQueryStringSyntax() {
        long mentoring = total(api.searchDecisions("наставничество", Map.of()));
        long withoutProgrammes = total(api.searchDecisions("наставничество -программ", Map.of()));

        assertThat(withoutProgrammes).isLessThan(mentoring);
    }

    @Test
    void protocolSearch_findsProtocolsWithDecisionCounts() {
        SvodApi.Answer answer = api.get("/api/search/protocols?q=" + enc("наставничество"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(hits(answer)).isNotEmpty().allSatisfy(h -> assertThat((Integer) h.get("decisionCount")).isPositive());
        assertThat(api.get("/api/search/protocols?deadlineKind=DATE").status()).isEqualTo(400);
    }

    @Test
    void similar_otherRegions_excludesTheDecisionsOwnRegion() {
        Map<String, Object> smolensk = smolenskMentoringDecision();

        SvodApi.Answer similar = api.get("/api/decisions/" + smolensk.get("decisionId") + "/similar?otherRegions=true");

        assertThat(similar.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) similar.body().get("hits");
        assertThat(found).isNotEmpty().allSatisfy(h -> assertThat(h.get("region")).isNotEqualTo(smolensk.get("region")));
    }

    @Test
    void compare_twoDecisions_listsSharedWords() {
        Map<String, Object> smolensk = smolenskMentoringDecision();
        Map<String, Object> other = hits(api.searchDecisions("наставничество", Map.of("region", "Тестовая область"))).get(0);

        SvodApi.Answer comparison = api.get("/api/compare?ids=" + smolensk.get("decisionId") + "," + other.get("decisionId"));

        assertThat(comparison.status()).isEqualTo(200);
        assertThat((List<?>) comparison.body().get("decisions")).hasSize(2);
        @SuppressWarnings("unchecked")
        List<String> shared = (List<String>) comparison.body().get("sharedTerms");
        assertThat(shared).anySatisfy(w -> assertThat(w).startsWith("наставничеств"));
        assertThat(api.get("/api/compare?ids=" + smolensk.get("decisionId")).status()).isEqualTo(400);
    }

    @Test
    void matrix_countsPerRegionAndTopic_asJsonAndCsv() {
        SvodApi.Answer matrix = api.get("/api/matrix?q=" + enc("наставничество") + "&q=" + enc("мониторинг"));

        assertThat(matrix.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) matrix.body().get("regions");
        Map<String, Object> smolenskRow = rows.stream().filter(r -> "Смоленская область".equals(r.get("region"))).findFirst().orElseThrow();
        long expected = total(api.searchDecisions("наставничество", Map.of("region", "Смоленская область")));
        assertThat(((Number) ((List<?>) smolenskRow.get("counts")).get(0)).longValue()).isEqualTo(expected);

        HttpResponse<byte[]> csv = http.toBlocking().exchange(HttpRequest.GET("/api/matrix?format=csv&q=" + enc("наставничество")), byte[].class);
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFРегион,наставничество\r\n").contains("Смоленская область," + expected);
    }

    @Test
    void export_csvHasOneRowPerHit_jsonTheSameHits() {
        long total = total(api.searchDecisions("наставничество", Map.of()));

        HttpResponse<byte[]> csv = http.toBlocking().exchange(HttpRequest.GET("/api/search/decisions/export?format=csv&q=" + enc("наставничество")), byte[].class);
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(body).startsWith("\uFEFFdecisionId,");
        assertThat(body.split("\r\n(?=[0-9a-f]{64}-)")).hasSize((int) total + 1);

        List<Map> json = http.toBlocking().retrieve(HttpRequest.GET("/api/search/decisions/export?format=json&q=" + enc("наставничество")),
                io.micronaut.core.type.Argument.listOf(Map.class));
        assertThat(json).hasSize((int) total);
    }

    @Test
    void ui_isServedWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(page.body()).contains("<html");
        assertThat(page.getHeaders().get("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(page.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void unknownDecision_answers404() {
        assertThat(api.get("/api/decisions/nope-1").status()).isEqualTo(404);
        assertThat(api.get("/api/decisions/nope-1/similar").status()).isEqualTo(404);
    }

    private Map<String, Object> smolenskMentoringDecision() {
        return hits(api.searchDecisions("наставничество", Map.of("region", "Смоленская область"))).get(0);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long total(SvodApi.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return ((Number) answer.body().get("total")).longValue();
    }

    private static Set<String> ids(SvodApi.Answer answer) {
        Set<String> ids = new HashSet<>();
        hits(answer).forEach(h -> ids.add((String) h.get("decisionId")));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(SvodApi.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.body().get("hits");
    }
}
