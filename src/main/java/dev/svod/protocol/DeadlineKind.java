package dev.svod.protocol;

/** How a deadline is stated; see DESIGN §2. */
public enum DeadlineKind {
    /** A single day: "до 01.12.2020", "1 сентября 2022 года". */
    DATE,
    /** A whole month: "февраль 2022 года". */
    MONTH,
    /** A span of months or days: "март-июнь 2022 года", "I квартал 2022 г.". */
    RANGE,
    /** A whole year: "в течение 2022 года". */
    YEAR,
    /** "постоянно", "в течение года" without an end. */
    ONGOING,
    /** Recurring: "ежеквартально, до 5 числа…", "ежегодно". */
    PERIODIC,
    /** No deadline could be read. */
    NONE
}
