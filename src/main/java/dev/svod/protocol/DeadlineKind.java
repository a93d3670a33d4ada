package dev.svod.protocol;

/** How a deadline is stated; see DESIGN §2. */
public enum DeadlineKind {
    /** A single day: "до 01.12.2020", "к 1 сентября", "не позднее 15.05.2021", "1 сентября 2022 года". */
    DATE,
    /** A whole month: "февраль 2022 года", "в декабре т.г.". */
    MONTH,
    /** A span of months or days: "март-июнь 2022 года", "с 10 по 14 марта", "I квартал 2022 г.", "во II полугодии". */
    RANGE,
    /** A whole year: "в течение 2022 года". */
    YEAR,
    /** "постоянно", "в течение года" without an end. */
    ONGOING,
    /** Recurring: "ежеквартально, до 5 числа…", "ежегодно", "ежемесячно до 5 числа". */
    PERIODIC,
    /**
     * A term counted from an event with no date of its own: "в течение 10 дней со дня подписания", "в месячный
     * срок"; the event is {@link Deadline#anchor()}. No from/to: the day the event happens is not in the text.
     */
    RELATIVE,
    /** A deadline stated without a time: "по мере необходимости", "в установленные сроки", "по отдельному графику". */
    UNSPECIFIED,
    /** No deadline could be read. */
    NONE
}
