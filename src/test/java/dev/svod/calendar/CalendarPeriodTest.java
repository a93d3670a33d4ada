package dev.svod.calendar;

import dev.svod.search.InvalidQueryException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 3, 15);

    @Test
    void of_month_isItsFirstToLastDay() {
        CalendarPeriod p = CalendarPeriod.of(null, null, "2022-02", null, TODAY);

        assertThat(p).isEqualTo(new CalendarPeriod(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28)));
        assertThat(p.label()).isEqualTo("2022-02");
    }

    @Test
    void of_quarter_isItsThreeMonths() {
        CalendarPeriod p = CalendarPeriod.of(null, null, null, "2022-Q2", TODAY);

        assertThat(p).isEqualTo(new CalendarPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));
        assertThat(p.label()).isEqualTo("2022-Q2");
    }

    @Test
    void of_range_isTakenAsGiven() {
        CalendarPeriod p = CalendarPeriod.of("2022-03-10", "2022-04-05", null, null, TODAY);

        assertThat(p).isEqualTo(new CalendarPeriod(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 4, 5)));
        assertThat(p.label()).isEqualTo("2022-03-10_2022-04-05");
    }

    @Test
    void of_nothing_isTheCurrentMonth() {
        assertThat(CalendarPeriod.of(null, " ", null, null, TODAY))
                .isEqualTo(new CalendarPeriod(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)));
    }

    @Test
    void of_badOrConflictingValues_areInvalidQueries() {
        assertThatThrownBy(() -> CalendarPeriod.of(null, null, "март", null, TODAY)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> CalendarPeriod.of(null, null, null, "2022-Q5", TODAY)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> CalendarPeriod.of("2022-03-01", null, null, null, TODAY)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> CalendarPeriod.of(null, null, "2022-03", "2022-Q1", TODAY)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> CalendarPeriod.of("2022-04-01", "2022-03-01", null, null, TODAY))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> CalendarPeriod.of("2020-01-01", "2023-01-01", null, null, TODAY))
                .isInstanceOf(InvalidQueryException.class);
    }
}
