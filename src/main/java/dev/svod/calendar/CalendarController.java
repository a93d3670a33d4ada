package dev.svod.calendar;

import dev.svod.access.Roles;
import dev.svod.search.SearchParams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.nio.charset.StandardCharsets;

/** The deadline calendar («Сроки») and its iCalendar export; the same selection for both. */
@Controller("/api")
@Secured(Roles.READER)
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

    private static final MediaType ICS = MediaType.of("text/calendar; charset=utf-8");

    private final CalendarService calendars;
    private final IcsCalendar ics;
    private final HttpHostResolver hosts;

    CalendarController(CalendarService calendars, IcsCalendar ics, HttpHostResolver hosts) {
        this.calendars = calendars;
        this.ics = ics;
        this.hosts = hosts;
    }

    @Get("/calendar")
    DeadlineCalendar calendar(@RequestBean SearchParams params, @Nullable @QueryValue String from,
                              @Nullable @QueryValue String to, @Nullable @QueryValue String month,
                              @Nullable @QueryValue String quarter) {
        return calendars.calendar(params, CalendarPeriod.of(from, to, month, quarter, calendars.today()));
    }

    @Get("/calendar.ics")
    HttpResponse<byte[]> ics(HttpRequest<?> request, @RequestBean SearchParams params, @Nullable @QueryValue String from,
                             @Nullable @QueryValue String to, @Nullable @QueryValue String month,
                             @Nullable @QueryValue String quarter) {
        CalendarPeriod period = CalendarPeriod.of(from, to, month, quarter, calendars.today());
        String body = ics.write(calendars.select(params, period).hits(), hosts.resolve(request));
        return HttpResponse.ok(body.getBytes(StandardCharsets.UTF_8)).contentType(ICS)
                .header("Content-Disposition", "attachment; filename=\"svod-deadlines-" + period.label() + ".ics\"");
    }
}
