package dev.svod.calendar;

import dev.svod.search.DecisionHit;
import dev.svod.search.UnderstoodQuery;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.svod.calendar.CalendarHits.hit;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCalendarTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);
    private static final LocalDate MARCH_15 = LocalDate.of(2022, 3, 15);
    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);

    @Test
    void of_hitsDueOnDifferentDays_groupedByDueDayInOrderAndMarkedAgainstToday() {
        List<DecisionHit> hits = List.of(
                hit("a", "MONTH", MARCH_1, MARCH_31, null),
                hit("b", "DATE", MARCH_1, MARCH_1, null),
                hit("c", "RANGE", LocalDate.of(2022, 1, 1), MARCH_31, null),
                hit("d", "DATE", MARCH_15, MARCH_15, null));

        DeadlineCalendar calendar = DeadlineCalendar.of(CalendarPeriod.month(java.time.YearMonth.of(2022, 3)), MARCH_15,
                new CalendarService.Selection(hits, 4, false, UnderstoodQuery.EMPTY));

        assertThat(calendar.days()).extracting(DeadlineCalendar.Day::date).containsExactly(MARCH_1, MARCH_15, MARCH_31);
        assertThat(calendar.days()).extracting(DeadlineCalendar.Day::status).containsExactly(
                DeadlineCalendar.Status.OVERDUE, DeadlineCalendar.Status.UPCOMING, DeadlineCalendar.Status.UPCOMING);
        assertThat(calendar.days().get(2).decisions()).extracting(DecisionHit::decisionId).containsExactly("a", "c");
        assertThat(calendar.overdue()).isEqualTo(1);
        assertThat(calendar.upcoming()).isEqualTo(3);
    }

    @Test
    void due_openEndedPeriod_isItsStart() {
        assertThat(DeadlineCalendar.due(hit("a", "DATE", MARCH_15, null, null))).isEqualTo(MARCH_15);
    }
}
