package dev.svod.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import dev.svod.search.DecisionHit;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.svod.calendar.CalendarHits.hit;
import static org.assertj.core.api.Assertions.assertThat;

/** The .ics file read back with the library that wrote it. */
class IcsCalendarTest {

    private static final IcsCalendar ICS = new IcsCalendar(Clock.fixed(Instant.parse("2022-03-15T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void write_dateAndRange_allDayEventsWithExclusiveEnd() {
        ICalendar calendar = readBack(List.of(
                hit("p1-1", "DATE", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1), null),
                hit("p1-2", "RANGE", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30), null)));

        assertThat(calendar.getEvents()).hasSize(2);
        VEvent date = calendar.getEvents().get(0);
        assertThat(date.getUid().getValue()).isEqualTo("p1-1");
        assertThat(day(date.getDateStart().getValue())).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(date.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(date.getDateEnd().getValue())).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(date.getRecurrenceRule()).isNull();
        assertThat(date.getUrl().getValue()).isEqualTo("http://svod.example/#/protocol/p1?decision=p1-1");
        assertThat(date.getDescription().getValue()).contains("наставничества", "Смоленская область", "http://svod.example/#/protocol/p1");
        VEvent range = calendar.getEvents().get(1);
        assertThat(day(range.getDateStart().getValue())).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(day(range.getDateEnd().getValue())).isEqualTo(LocalDate.of(2022, 7, 1));
    }

    @Test
    void write_periodicWithKnownRecurrence_repeatsOneDayUntilTheEndOfItsPeriod() {
        ICalendar calendar = readBack(List.of(
                hit("p1-3", "PERIODIC", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "quarterly")));

        VEvent event = calendar.getEvents().get(0);
        assertThat(day(event.getDateStart().getValue())).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(day(event.getDateEnd().getValue())).isEqualTo(LocalDate.of(2022, 1, 2));
        assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(event.getRecurrenceRule().getValue().getInterval()).isEqualTo(3);
        assertThat(day(event.getRecurrenceRule().getValue().getUntil())).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void write_periodicWithUnknownRecurrence_spansItsPeriodWithoutRule() {
        VEvent event = readBack(List.of(
                hit("p1-4", "PERIODIC", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "3 per year"))).getEvents().get(0);

        assertThat(event.getRecurrenceRule()).isNull();
        assertThat(day(event.getDateEnd().getValue())).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void recurrence_eachKnownWord_becomesItsRule() {
        LocalDate until = LocalDate.of(2022, 12, 31);
        assertThat(IcsCalendar.recurrence("monthly", until).getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(IcsCalendar.recurrence("weekly", until).getFrequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(IcsCalendar.recurrence("yearly", until).getFrequency()).isEqualTo(Frequency.YEARLY);
        assertThat(IcsCalendar.recurrence("semiannually", until).getInterval()).isEqualTo(6);
        assertThat(IcsCalendar.recurrence(null, until)).isNull();
    }

    private static ICalendar readBack(List<DecisionHit> hits) {
        String text = ICS.write(hits, "http://svod.example/");
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("PRODID:" + IcsCalendar.PRODUCT_ID);
        return Biweekly.parse(text).first();
    }

    private static LocalDate day(ICalDate date) {
        DateTimeComponents c = date.getRawComponents();
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
    }
}
