package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One token of a deadline: a date, a month, a year, a preposition, a recurrence word…
 *
 * @param a    the main number: day of DAY_MONTH, month of MONTH, year of YEAR, first quarter, count, unit length
 * @param b    the second number: month of DAY_MONTH, last quarter of QUARTER, the unit of PERIOD/RELATIVE
 * @param word the recurrence of RECUR, the word of OTHER
 */
record DeadlineToken(Type type, int start, int end, int a, int b, @Nullable LocalDate date, @Nullable String word) {

    enum Type {
        DATE, DAY_MONTH, MONTH, YEAR, QUARTER, HALF, NUMBER,
        DASH, COMMA, AND,
        BY, PO, FROM, IN, DURING, END, START,
        ONGOING, RECUR, TIMES, EACH, AS_NEEDED, RELATIVE, PERIOD, AFTER, UNSPECIFIED, WHEN,
        YEAR_WORD, ACADEMIC, CURRENT, NEXT, CURRENT_YEAR,
        FILLER, OTHER
    }

    /** Units of PERIOD and RELATIVE tokens, in {@code b}. */
    static final int DAYS = 1;
    static final int WEEKS = 2;
    static final int MONTHS = 3;
    static final int YEARS = 4;
    static final int QUARTERS = 5;
    static final int HALF_YEARS = 6;

    static DeadlineToken of(Type type, int start, int end) {
        return new DeadlineToken(type, start, end, 0, 0, null, null);
    }

    static DeadlineToken of(Type type, int start, int end, int a, int b) {
        return new DeadlineToken(type, start, end, a, b, null, null);
    }

    boolean is(Type t) {
        return type == t;
    }

    /** Tokens that may start a point in time: "01.12.2020", "1 марта", "март", "I квартал", "2022". */
    boolean startsPoint() {
        return switch (type) {
            case DATE, DAY_MONTH, MONTH, QUARTER, HALF, YEAR, CURRENT_YEAR -> true;
            default -> false;
        };
    }
}
