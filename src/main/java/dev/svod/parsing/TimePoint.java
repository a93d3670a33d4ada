package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A point in time as a deadline names it, at its own precision: a day, a month, quarters, a half-year, a year
 * or years, an academic year. The year may be missing ("до 1 марта") until the protocol's date supplies it.
 *
 * @param first first month (MONTH), quarter (QUARTER) or half (HALF); day for DAY
 * @param last  last quarter/half; month for DAY
 * @param year  the (first) year, or null while unknown
 * @param lastYear the last year of YEAR spans ("2022-2024 годы") and ACADEMIC years
 */
record TimePoint(Unit unit, int first, int last, @Nullable Integer year, @Nullable Integer lastYear, boolean explicitYear) {

    enum Unit { DAY, MONTH, QUARTER, HALF, YEAR, ACADEMIC }

    static TimePoint day(LocalDate d) {
        return new TimePoint(Unit.DAY, d.getDayOfMonth(), d.getMonthValue(), d.getYear(), null, true);
    }

    static TimePoint day(int day, int month) {
        return new TimePoint(Unit.DAY, day, month, null, null, false);
    }

    static TimePoint month(int month) {
        return new TimePoint(Unit.MONTH, month, month, null, null, false);
    }

    static TimePoint year(int year, boolean explicit) {
        return new TimePoint(Unit.YEAR, 1, 12, year, year, explicit);
    }

    static TimePoint years(int from, int to) {
        return new TimePoint(Unit.YEAR, 1, 12, from, Math.max(from, to), true);
    }

    static TimePoint academic(int from, boolean explicit) {
        return new TimePoint(Unit.ACADEMIC, 9, 8, from, from + 1, explicit);
    }

    TimePoint withYear(int y, boolean explicit) {
        int span = lastYear == null || year == null ? 0 : lastYear - year;
        return new TimePoint(unit, first, last, y, unit == Unit.YEAR || unit == Unit.ACADEMIC ? y + span : null, explicit);
    }

    boolean hasYear() {
        return year != null;
    }

    /** A month a point of this precision can be compared by: the first month it covers. */
    int firstMonth() {
        return switch (unit) {
            case DAY -> last;
            case MONTH -> first;
            case QUARTER -> (first - 1) * 3 + 1;
            case HALF -> first == 1 ? 1 : 7;
            case YEAR -> 1;
            case ACADEMIC -> 9;
        };
    }

    /** Only when the year is known, and the day exists. */
    @Nullable LocalDate start() {
        if (year == null) {
            return null;
        }
        return switch (unit) {
            case DAY -> RussianDates.date(year, last, first).orElse(null);
            case MONTH -> LocalDate.of(year, clampMonth(first), 1);
            case QUARTER -> LocalDate.of(year, (clampQuarter(first) - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(year, first == 2 ? 7 : 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case ACADEMIC -> LocalDate.of(year, 9, 1);
        };
    }

    @Nullable LocalDate end() {
        if (year == null) {
            return null;
        }
        return switch (unit) {
            case DAY -> RussianDates.date(year, last, first).orElse(null);
            case MONTH -> RussianDates.endOfMonth(year, clampMonth(last));
            case QUARTER -> RussianDates.endOfMonth(year, clampQuarter(last) * 3);
            case HALF -> last == 2 ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
            case YEAR -> LocalDate.of(lastYear == null ? year : lastYear, 12, 31);
            case ACADEMIC -> LocalDate.of(lastYear == null ? year + 1 : lastYear, 8, 31);
        };
    }

    private static int clampMonth(int m) {
        return Math.max(1, Math.min(12, m));
    }

    private static int clampQuarter(int q) {
        return Math.max(1, Math.min(4, q));
    }
}
