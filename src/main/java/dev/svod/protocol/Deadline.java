package dev.svod.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A normalised deadline. {@code from} and {@code to} are inclusive; a DATE is one day (from = to, whether it
 * was written "до 01.12.2020" or "1 декабря 2020 года"), so a date-range search for another year never
 * catches it. Either may be null: open-ended ("с 1 сентября"), or kinds without a calendar span (ONGOING,
 * PERIODIC, RELATIVE, UNSPECIFIED, NONE).
 *
 * @param shared     true when the deadline was read from a "Срок" line closing a group of decisions rather than
 *                   stated for this decision alone
 * @param anchor     for RELATIVE, the event the term counts from as printed ("со дня подписания приказа"); null
 *                   when the text names none ("в месячный срок")
 * @param otherDates further dates the decision names besides its due date (an intermediate report, the dates of
 *                   an event), each the last day of what was written; the due date itself is from/to
 */
@Serdeable
public record Deadline(DeadlineKind kind,
                       @Nullable LocalDate from,
                       @Nullable LocalDate to,
                       @Nullable String recurrence,
                       @Nullable String raw,
                       boolean shared,
                       @Nullable String anchor,
                       @Nullable List<LocalDate> otherDates) {

    public static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, null, null, null, false);

    public Deadline {
        otherDates = otherDates == null ? List.of() : List.copyOf(otherDates);
    }

    /** A deadline without an anchor or other dates. */
    public Deadline(DeadlineKind kind, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String recurrence,
                    @Nullable String raw, boolean shared) {
        this(kind, from, to, recurrence, raw, shared, null, List.of());
    }

    public Deadline asShared() {
        return new Deadline(kind, from, to, recurrence, raw, true, anchor, otherDates);
    }

    /** The same deadline with these further dates kept beside the due date and those it had (none equal to it). */
    public Deadline withOtherDates(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return this;
        }
        List<LocalDate> others = java.util.stream.Stream.concat(otherDates.stream(), dates.stream())
                .filter(d -> !d.equals(to) && !d.equals(from)).distinct().toList();
        return new Deadline(kind, from, to, recurrence, raw, shared, anchor, others);
    }
}
