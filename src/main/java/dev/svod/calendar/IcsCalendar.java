package dev.svod.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import dev.svod.protocol.Addressee;
import dev.svod.search.DecisionHit;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A calendar selection as iCalendar (RFC 5545), one VEVENT per decision, its UID the decision id. All-day events:
 * on the due day, or spanning the deadline period (DTEND is the day after, exclusive). A PERIODIC deadline whose
 * recurrence the parser read repeats (RRULE) from the start of its period until its end.
 */
@Singleton
class IcsCalendar {

    static final String PRODUCT_ID = "-//Svod//Сроки решений//RU";
    private static final int SUMMARY_LENGTH = 120;

    private final Clock clock;

    IcsCalendar(Clock clock) {
        this.clock = clock;
    }

    /** @param baseUrl where the web UI is, e.g. {@code http://127.0.0.1:8080}: events link back to their decision */
    String write(List<DecisionHit> hits, String baseUrl) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName("Свод: сроки решений");
        Date stamp = Date.from(clock.instant());
        for (DecisionHit hit : hits) {
            VEvent event = event(hit, baseUrl);
            if (event != null) {
                event.setDateTimeStamp(stamp);
                calendar.addEvent(event);
            }
        }
        return Biweekly.write(calendar).go();
    }

    private static @Nullable VEvent event(DecisionHit hit, String baseUrl) {
        DecisionHit.HitDeadline d = hit.deadline();
        LocalDate start = d.from() != null ? d.from() : d.to();
        LocalDate end = d.to() != null ? d.to() : d.from();
        if (start == null) {
            return null;
        }
        VEvent event = new VEvent();
        event.setUid(hit.decisionId());
        event.setSummary(summary(hit));
        String link = link(baseUrl, hit);
        event.setUrl(link);
        event.setDescription(description(hit, link));
        if (hit.region() != null) {
            event.addCategories(hit.region());
        }
        Recurrence rule = "PERIODIC".equals(d.kind()) ? recurrence(d.recurrence(), end) : null;
        event.setDateStart(day(start));
        if (rule != null) {
            // each occurrence is one day; the rule carries the period
            event.setDateEnd(day(start.plusDays(1)));
            event.setRecurrenceRule(rule);
        } else {
            event.setDateEnd(day(end.plusDays(1)));
        }
        return event;
    }

    /** The parser's recurrence words as a rule; null when it has none the calendar can repeat. */
    static @Nullable Recurrence recurrence(@Nullable String recurrence, LocalDate until) {
        if (recurrence == null) {
            return null;
        }
        Recurrence.Builder rule = switch (recurrence) {
            case "daily" -> new Recurrence.Builder(Frequency.DAILY);
            case "weekly" -> new Recurrence.Builder(Frequency.WEEKLY);
            case "monthly" -> new Recurrence.Builder(Frequency.MONTHLY);
            case "quarterly" -> new Recurrence.Builder(Frequency.MONTHLY).interval(3);
            case "semiannually" -> new Recurrence.Builder(Frequency.MONTHLY).interval(6);
            case "yearly" -> new Recurrence.Builder(Frequency.YEARLY);
            default -> null;
        };
        return rule == null ? null : rule.until(day(until)).build();
    }

    /** A date without a time and without a time zone: the same day wherever the calendar is opened. */
    static ICalDate day(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }

    private static String summary(DecisionHit hit) {
        String text = hit.text().replaceAll("\\s+", " ").strip();
        if (text.length() > SUMMARY_LENGTH) {
            text = text.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
        }
        return (hit.number() == null ? "" : hit.number() + " ") + text;
    }

    private static String description(DecisionHit hit, String link) {
        StringBuilder s = new StringBuilder(hit.text().strip()).append("\n\n");
        if (hit.region() != null) {
            s.append("Регион: ").append(hit.region()).append('\n');
        }
        if (!hit.addressees().isEmpty()) {
            s.append("Кому: ").append(hit.addressees().stream().map(Addressee::name).collect(Collectors.joining("; ")))
                    .append('\n');
        }
        if (hit.deadline().raw() != null) {
            s.append("Срок в протоколе: ").append(hit.deadline().raw()).append('\n');
        }
        if (hit.date() != null) {
            s.append("Протокол от ").append(hit.date()).append(", файл ").append(hit.fileName()).append('\n');
        }
        return s.append(link).toString();
    }

    /** The decision on its protocol's page, as the web UI addresses it. */
    static String link(String baseUrl, DecisionHit hit) {
        return baseUrl.replaceAll("/+$", "") + "/#/protocol/" + encode(hit.protocolId()) + "?decision="
                + encode(hit.decisionId());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
