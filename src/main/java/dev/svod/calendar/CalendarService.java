package dev.svod.calendar;

import dev.svod.search.DecisionHit;
import dev.svod.search.DecisionSearchService;
import dev.svod.search.SearchPage;
import dev.svod.search.SearchParams;
import dev.svod.search.UnderstoodQuery;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline calendar: the decision search (its words, chips, thesaurus and filters) limited to the decisions
 * whose deadline period meets a period, read along the search's cursor.
 */
@Singleton
public class CalendarService {

    /** A calendar is read by a person; beyond this many decisions the filters should narrow it. */
    static final int MAX_DECISIONS = 2_000;
    private static final int PAGE = SearchParams.MAX_SIZE;

    private final DecisionSearchService search;
    private final Clock clock;

    CalendarService(DecisionSearchService search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    /** What a calendar lists, soonest due first; {@code truncated} when more than {@link #MAX_DECISIONS} match. */
    record Selection(List<DecisionHit> hits, long total, boolean truncated, UnderstoodQuery understood) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    DeadlineCalendar calendar(SearchParams params, CalendarPeriod period) {
        return DeadlineCalendar.of(period, today(), select(params, period));
    }

    Selection select(SearchParams params, CalendarPeriod period) {
        SearchParams limited = params.withDeadlinePeriod(period.from(), period.to()).withSize(PAGE);
        List<DecisionHit> hits = new ArrayList<>();
        SearchPage<DecisionHit> first = search.search(limited);
        SearchPage<DecisionHit> page = first;
        hits.addAll(page.hits());
        while (page.next() != null && hits.size() < MAX_DECISIONS) {
            page = search.search(limited.withCursor(page.next()));
            hits.addAll(page.hits());
        }
        boolean truncated = hits.size() > MAX_DECISIONS || page.next() != null;
        List<DecisionHit> listed = hits.size() > MAX_DECISIONS ? List.copyOf(hits.subList(0, MAX_DECISIONS)) : hits;
        return new Selection(listed, first.total(), truncated, first.understood());
    }
}
