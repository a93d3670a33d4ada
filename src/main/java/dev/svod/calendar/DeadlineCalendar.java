package dev.svod.calendar;

import dev.svod.search.DecisionHit;
import dev.svod.search.UnderstoodQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decisions whose deadline period meets {@code from..to}, grouped by the day they fall due (the deadline's last
 * day; its first for an open end), each day overdue or upcoming as seen on {@code today}.
 *
 * @param total     how many decisions the selection holds (exact up to 10,000)
 * @param truncated true when only the first {@link CalendarService#MAX_DECISIONS} are listed
 */
@Serdeable
public record DeadlineCalendar(LocalDate from, LocalDate to, LocalDate today, long total, boolean truncated,
                               int overdue, int upcoming, List<Day> days, UnderstoodQuery understood) {

    /** Overdue: the due day lies before today. A decision due today is still upcoming. */
    public enum Status { OVERDUE, UPCOMING }

    @Serdeable
    public record Day(LocalDate date, Status status, List<DecisionHit> decisions) {
    }

    static DeadlineCalendar of(CalendarPeriod period, LocalDate today, CalendarService.Selection selection) {
        Map<LocalDate, List<DecisionHit>> byDay = new TreeMap<>();
        for (DecisionHit hit : selection.hits()) {
            LocalDate due = due(hit);
            if (due != null) {
                byDay.computeIfAbsent(due, d -> new ArrayList<>()).add(hit);
            }
        }
        List<Day> days = new ArrayList<>();
        int overdue = 0;
        int upcoming = 0;
        for (Map.Entry<LocalDate, List<DecisionHit>> e : byDay.entrySet()) {
            Status status = e.getKey().isBefore(today) ? Status.OVERDUE : Status.UPCOMING;
            days.add(new Day(e.getKey(), status, List.copyOf(e.getValue())));
            if (status == Status.OVERDUE) {
                overdue += e.getValue().size();
            } else {
                upcoming += e.getValue().size();
            }
        }
        return new DeadlineCalendar(period.from(), period.to(), today, selection.total(), selection.truncated(),
                overdue, upcoming, days, selection.understood());
    }

    /** The day a decision falls due: the end of its deadline period, or its start when the period is open-ended. */
    static @Nullable LocalDate due(DecisionHit hit) {
        return hit.deadline().to() != null ? hit.deadline().to() : hit.deadline().from();
    }
}
