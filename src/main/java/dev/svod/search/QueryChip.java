package dev.svod.search;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Structure the researcher wrote into the query words and Svod understood: a region («Смоленский»,
 * «Амурской области»), a deadline period («в декабре», «первый квартал 2022») or an addressee kind («ИРО»,
 * «органам местного самоуправления»). The UI shows each as a chip; removing it (parameter {@code plain} with the
 * chip's kind) searches its words as plain text instead.
 *
 * @param kind    what it is: {@link Kind}
 * @param value   what it filters or ranks by: the region's name, the addressee kind, the period as text
 * @param label   how the UI says it, in Russian
 * @param words   the query words it was read from, as typed
 * @param periods for a deadline: the periods a decision must fall due in (one per year when none was named)
 */
@Serdeable
public record QueryChip(Kind kind, String value, String label, String words, List<Period> periods) {

    public enum Kind {
        /** Filters to one region. */
        REGION,
        /** Filters to decisions due (the deadline's last day) within one of {@link #periods}. */
        DEADLINE,
        /** Ranks decisions addressed to that kind first; filters nothing. */
        ADDRESSEE
    }

    /** Inclusive days. */
    @Serdeable
    public record Period(LocalDate from, LocalDate to) {
    }

    static QueryChip region(String name, String words) {
        return new QueryChip(Kind.REGION, name, "регион: " + name, words, List.of());
    }

    static QueryChip deadline(String value, String label, String words, List<Period> periods) {
        return new QueryChip(Kind.DEADLINE, value, "срок: " + label, words, List.copyOf(periods));
    }

    static QueryChip addressee(String kind, String label, String words) {
        return new QueryChip(Kind.ADDRESSEE, kind, "адресат: " + label, words, List.of());
    }
}
