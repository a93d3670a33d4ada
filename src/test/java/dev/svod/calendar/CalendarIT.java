package dev.svod.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import dev.svod.access.Role;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline calendar and its .ics over the seed protocols, on a day fixed by the test: 15 March 2022. */
@MicronautTest
class CalendarIT extends IntegrationTest {

    private static final String TODAY = "2022-03-15";
    private static final String SMOLENSK = "Смоленская область";
    private static final String TEST_REGION = "Тестовая область";
    private static final String PERIODIC = """
            ПРОТОКОЛ
            заседания коллегии
            от 20 декабря 2021 года
            1. Представлять отчёт о мониторинге календарного плана воспитательной работы.
            Срок: ежеквартально в течение 2022 года
            """;

    /** Today as this test says: overdue and upcoming must not depend on when the suite runs. */
    @Factory
    @Requires(property = "svod.test.today")
    static class FixedToday {

        @Singleton
        @Replaces(Clock.class)
        Clock clock(@Value("${svod.test.today}") String today) {
            return Clock.fixed(LocalDate.parse(today).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    @Inject
    @Client("/")
    HttpClient http;

    private SvodApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("svod.test.today", TODAY);
        return properties;
    }

    @BeforeAll
    void uploadSeeds() {
        api = as(Role.ARCHIVIST);
        for (String seed : SeedProtocols.NAMES) {
            Map<String, String> fields = seed.startsWith("municipal") ? Map.of("region", TEST_REGION) : Map.of();
            assertThat(api.upload(seed + ".txt", SeedProtocols.txt(seed), fields).status()).isEqualTo(201);
        }
        assertThat(api.upload("periodic.txt", PERIODIC.getBytes(StandardCharsets.UTF_8), Map.of("region", "Тверская область"))
                .status()).isEqualTo(201);
    }

    @Test
    void calendar_month_decisionsMeetingItAcrossRegionsGroupedByDueDay() {
        SvodApi.Answer answer = api.get("/api/calendar?month=2022-03");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("from", "2022-03-01").containsEntry("to", "2022-03-31")
                .containsEntry("today", TODAY);
        List<Map<String, Object>> days = days(answer);
        List<String> dates = days.stream().map(d -> (String) d.get("date")).toList();
        assertThat(dates).isSorted().contains("2022-03-01", "2022-03-31", "2022-06-30").doesNotContain("2022-04-01");
        assertThat(day(days, "2022-03-01")).containsEntry("status", "OVERDUE");
        assertThat(regions(day(days, "2022-03-01"))).contains(TEST_REGION);
        assertThat(day(days, "2022-03-31")).containsEntry("status", "UPCOMING");
        assertThat(regions(day(days, "2022-03-31"))).contains(SMOLENSK);
        for (Map<String, Object> day : days) {
            for (Map<String, Object> decision : decisions(day)) {
                Map<String, Object> deadline = deadline(decision);
                assertThat((String) deadline.get("from")).isLessThanOrEqualTo("2022-03-31");
                assertThat((String) deadline.get("to")).isGreaterThanOrEqualTo("2022-03-01");
            }
        }
        long listed = days.stream().mapToLong(d -> decisions(d).size()).sum();
        assertThat(((Number) answer.body().get("total")).longValue()).isEqualTo(listed);
        assertThat(((Number) answer.body().get("overdue")).longValue() + ((Number) answer.body().get("upcoming")).longValue())
                .isEqualTo(listed);
    }

    @Test
    void calendar_searchFilters_applyAsInTheSearch() {
        List<Map<String, Object>> smolensk = days(api.get("/api/calendar?quarter=2022-Q1&region=" + encode(SMOLENSK)));
        assertThat(smolensk).isNotEmpty().allSatisfy(day -> assertThat(regions(day)).containsOnly(SMOLENSK));

        // a region written into the words is a chip, as in the search
        List<Map<String, Object>> chip = days(api.get("/api/calendar?quarter=2022-Q1&q=" + encode("Смоленской области")));
        assertThat(chip).isNotEmpty().allSatisfy(day -> assertThat(regions(day)).containsOnly(SMOLENSK));
    }

    @Test
    void calendar_badPeriod_answers400() {
        SvodApi.Answer answer = api.get("/api/calendar?month=март");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("error", "invalid_query");
    }

    @Test
    void calendarIcs_sameSelection_readsBackWithOneEventPerDecision() {
        SvodApi.Answer json = api.get("/api/calendar?month=2022-03");
        List<Map<String, Object>> decisions = days(json).stream().flatMap(d -> decisions(d).stream()).toList();

        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/api/calendar.ics?month=2022-03"), String.class);

        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/calendar"));
        assertThat(response.header("Content-Disposition")).contains("svod-deadlines-2022-03.ics");
        ICalendar calendar = Biweekly.parse(response.body()).first();
        assertThat(calendar.getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactlyInAnyOrderElementsOf(decisions.stream().map(d -> (String) d.get("decisionId")).toList());
        Map<String, Object> due = decisions.stream()
                .filter(d -> "2022-03-01".equals(deadline(d).get("from")) && "2022-03-01".equals(deadline(d).get("to")))
                .findFirst().orElseThrow();
        VEvent event = event(calendar, (String) due.get("decisionId"));
        assertThat(date(event.getDateStart().getValue().getRawComponents())).isEqualTo("2022-03-01");
        assertThat(date(event.getDateEnd().getValue().getRawComponents())).isEqualTo("2022-03-02");
        assertThat(event.getUrl().getValue())
                .endsWith("/#/protocol/" + due.get("protocolId") + "?decision=" + due.get("decisionId"));
    }

    @Test
    void calendarIcs_periodicDeadline_carriesItsRule() {
        String ics = http.toBlocking().retrieve(HttpRequest.GET("/api/calendar.ics?month=2022-03&region="
                + encode("Тверская область")));

        List<VEvent> events = Biweekly.parse(ics).first().getEvents();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(events.get(0).getRecurrenceRule().getValue().getInterval()).isEqualTo(3);
        assertThat(date(events.get(0).getDateStart().getValue().getRawComponents())).isEqualTo("2022-01-01");
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> uid.equals(e.getUid().getValue())).findFirst().orElseThrow();
    }

    private static String date(DateTimeComponents c) {
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDate()).toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> days(SvodApi.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.body().get("days");
    }

    private static Map<String, Object> day(List<Map<String, Object>> days, String date) {
        return days.stream().filter(d -> date.equals(d.get("date"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> decisions(Map<String, Object> day) {
        return (List<Map<String, Object>>) day.get("decisions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadline(Map<String, Object> decision) {
        return (Map<String, Object>) decision.get("deadline");
    }

    private static List<String> regions(Map<String, Object> day) {
        return decisions(day).stream().map(d -> (String) d.get("region")).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
