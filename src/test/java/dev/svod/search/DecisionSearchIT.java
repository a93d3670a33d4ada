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
    @Test
    void search_oneWordSaidDifferently_stillFindsTheDecisionAndMarksTheMissingWord() {
        // the decision says «реестр экспертов», the researcher «реестр специалистов»: all-words-must-match found nothing
        List<Map<String, Object>> hits = hits(api.searchDecisions("региональный реестр специалистов", Map.of()));

        Map<String, Object> registry = hits.stream().filter(h -> ((String) h.get("text")).contains("реестр экспертов"))
                .findFirst().orElseThrow();
        assertThat(registry.get("missingWords")).isEqualTo(List.of("специалистов"));
        assertThat(hits.get(0).get("text")).isEqualTo(registry.get("text"));
    }

    @Test
    void search_decisionWithEveryWord_ranksAboveDecisionsWithSome() {
        List<Map<String, Object>> hits = hits(api.searchDecisions("реестр экспертов качества", Map.of()));

        assertThat(hits).isNotEmpty();
        assertThat((List<?>) hits.get(0).get("missingWords")).isEmpty();
        assertThat(hits).anySatisfy(h -> assertThat((List<?>) h.get("missingWords")).isNotEmpty());
        int firstPartial = hits.indexOf(hits.stream().filter(h -> !((List<?>) h.get("missingWords")).isEmpty()).findFirst().orElseThrow());
        assertThat(hits.subList(firstPartial, hits.size())).allSatisfy(h -> assertThat((List<?>) h.get("missingWords")).isNotEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void search_regionNamedInTheQuery_filtersAndComesBackAsAChip() {
        SvodApi.Answer answer = api.searchDecisions("наставничество в Смоленской области", Map.of());

        assertThat(protocolIds(hits(answer))).containsOnly(smolenskId);
        Map<String, Object> understood = (Map<String, Object>) answer.body().get("understood");
        List<Map<String, Object>> chips = (List<Map<String, Object>>) understood.get("chips");
        assertThat(chips).singleElement().satisfies(chip -> {
            assertThat(chip.get("kind")).isEqualTo("REGION");
            assertThat(chip.get("value")).isEqualTo("Смоленская область");
            assertThat(chip.get("words")).isEqualTo("Смоленской области");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void search_removedRegionChip_searchesItsWordsAsText() {
        SvodApi.Answer answer = api.searchDecisions("наставничество в Смоленской области", Map.of("plain", "region"));

        Map<String, Object> understood = (Map<String, Object>) answer.body().get("understood");
        assertThat((List<?>) understood.get("chips")).isEmpty();
        assertThat((List<Map<String, Object>>) understood.get("required")).extracting(u -> u.get("words"))
                .containsExactly("наставничество", "Смоленской", "области");
        assertThat(protocolIds(hits(answer))).contains(smolenskId);
    }

    @Test
    void search_deadlineMonthInTheQuery_keepsDecisionsDueThen() {
        List<Map<String, Object>> hits = hits(api.searchDecisions("реестр экспертов со сроком в феврале 2022", Map.of()));

        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> deadline = (Map<String, Object>) h.get("deadline");
            assertThat((String) deadline.get("from")).isLessThanOrEqualTo("2022-02-28");
            assertThat((String) deadline.get("to")).isGreaterThanOrEqualTo("2022-02-01");
        });
        assertThat(hits.get(0).get("text").toString()).contains("реестр экспертов");
    }

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
