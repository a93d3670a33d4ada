package dev.svod.search;

import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class DecisionSearchIT extends IntegrationTest {

    private static final String SMOLENSK = "smolensk-oblast_2021-12-09_kollegiya-reshenie";
    private static final String MUNICIPAL = "municipal_2021-12-16_gms-reshenie";

    @Inject
    @Client("/")
    HttpClient http;

    private SvodApi api;
    private String smolenskId;
    private String municipalId;

    @BeforeAll
    void uploadSeeds() {
        api = as(Role.ARCHIVIST);
        for (String seed : SeedProtocols.NAMES) {
            SvodApi.Answer answer = api.upload(seed + ".txt", SeedProtocols.txt(seed), Map.of());
            assertThat(answer.status()).as("upload of %s", seed).isEqualTo(201);
            if (seed.equals(SMOLENSK)) {
                smolenskId = (String) answer.body().get("id");
            } else if (seed.equals(MUNICIPAL)) {
                municipalId = (String) answer.body().get("id");
            }
        }
    }

    @Test
    void search_mentoring_findsSmolenskAndMunicipalDecisions() {
        List<Map<String, Object>> hits = hits(api.searchDecisions("наставничество", Map.of()));

        assertThat(protocolIds(hits)).contains(smolenskId, municipalId);
        Map<String, Object> smolensk = hits.stream().filter(h -> smolenskId.equals(h.get("protocolId"))).findFirst().orElseThrow();
        assertThat((String) smolensk.get("text")).containsIgnoringCase("наставничеств");
        assertThat((String) smolensk.get("highlight")).contains("<em>");
        assertThat(smolensk.get("region")).isEqualTo("Смоленская область");
    }

    @ParameterizedTest
    @ValueSource(strings = {"наставник", "наставников", "наставнической"})
    void search_otherFormsOfTheWordFamily_findTheSameDecisions(String form) {
        Set<String> expected = decisionIds(hits(api.searchDecisions("наставничество", Map.of())));

        Set<String> found = decisionIds(hits(api.searchDecisions(form, Map.of())));

        assertThat(found).containsAll(expected);
    }

    @Test
    void search_withRegionFilter_keepsOnlyThatRegion() {
        SvodApi.Answer answer = api.searchDecisions("наставничество", Map.of("region", "Смоленская область"));

        assertThat(protocolIds(hits(answer))).containsOnly(smolenskId);
        assertThat(((Number) answer.body().get("total")).longValue()).isEqualTo(hits(answer).size());
    }

    @Test
    void search_facets_countDecisionsPerRegion() {
        SvodApi.Answer all = api.searchDecisions("", Map.of("size", "1"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> regions = (List<Map<String, Object>>) ((Map<String, Object>) all.body().get("facets")).get("region");

        assertThat(regions).extracting(r -> r.get("value"))
                .contains("Смоленская область", "Хабаровский край", "Амурская область");
        long smolenskCount = ((Number) api.searchDecisions("", Map.of("region", "Смоленская область")).body().get("total")).longValue();
        assertThat(regions).filteredOn(r -> "Смоленская область".equals(r.get("value")))
                .extracting(r -> ((Number) r.get("count")).longValue()).containsExactly(smolenskCount);
    }

    @Test
    void search_sizeOutOfRange_answers400() {
        SvodApi.Answer answer = api.searchDecisions("план", Map.of("size", "1000"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("error", "invalid_query");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(SvodApi.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.body().get("hits");
    }

    private static Set<String> protocolIds(List<Map<String, Object>> hits) {
        return hits.stream().map(h -> (String) h.get("protocolId")).collect(Collectors.toSet());
    }

    private static Set<String> decisionIds(List<Map<String, Object>> hits) {
        return hits.stream().map(h -> (String) h.get("decisionId")).collect(Collectors.toSet());
    }
}
