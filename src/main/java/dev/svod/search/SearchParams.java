package dev.svod.search;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A search as the researcher states it in the query string. Text follows the simple_query_string syntax;
 * dates are yyyy-MM-dd; the deadline range matches every decision whose deadline period intersects it.
 * {@code plain} names the kinds of chips ({@link QueryChip.Kind}, or {@code all}) whose words are searched as plain
 * text instead of being understood as a region, a deadline period or an addressee.
 */
@Introspected
public record SearchParams(@Nullable @QueryValue String q,
                           @Nullable @QueryValue String region,
                           @Nullable @QueryValue String municipality,
                           @Nullable @QueryValue String issuingBody,
                           @Nullable @QueryValue String addresseeKind,
                           @Nullable @QueryValue String addressee,
                           @Nullable @QueryValue String kind,
                           @Nullable @QueryValue String dateFrom,
                           @Nullable @QueryValue String dateTo,
                           @Nullable @QueryValue String deadlineFrom,
                           @Nullable @QueryValue String deadlineTo,
                           @Nullable @QueryValue String deadlineKind,
                           @Nullable @QueryValue String sort,
                           @Nullable @QueryValue Integer page,
                           @Nullable @QueryValue Integer size,
                           @Nullable @QueryValue String after,
                           @Nullable @QueryValue String plain) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's window for from+size paging; beyond it the `after` cursor pages on. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 2_000;

    public static SearchParams text(String q) {
        return new SearchParams(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public SearchParams withSize(int newSize) {
        return new SearchParams(q, region, municipality, issuingBody, addresseeKind, addressee, kind, dateFrom, dateTo,
                deadlineFrom, deadlineTo, deadlineKind, sort, page, newSize, after, plain);
    }

    public SearchParams withCursor(String cursor) {
        return new SearchParams(q, region, municipality, issuingBody, addresseeKind, addressee, kind, dateFrom, dateTo,
                deadlineFrom, deadlineTo, deadlineKind, sort, null, size, cursor, plain);
    }

    /**
     * The same search limited to decisions whose deadline period meets {@code from..to}, soonest due first: what
     * the deadline calendar lists.
     */
    public SearchParams withDeadlinePeriod(LocalDate from, LocalDate to) {
        return new SearchParams(q, region, municipality, issuingBody, addresseeKind, addressee, kind, dateFrom, dateTo,
                from.toString(), to.toString(), deadlineKind, SortOrder.DEADLINE.name().toLowerCase(Locale.ROOT), null,
                size, null, plain);
    }

    public String textOrEmpty() {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("Запрос длиннее " + MAX_QUERY_LENGTH + " символов; сократите его.");
        }
        return q == null ? "" : q.strip();
    }

    public int pageSize() {
        int s = size == null ? DEFAULT_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidQueryException("Размер страницы (size) должен быть от 1 до " + MAX_SIZE + ".");
        }
        return s;
    }

    /** 0-based offset of the page; the cursor (`after`) pages without one. */
    public int offset() {
        int p = page == null ? 1 : page;
        if (p < 1) {
            throw new InvalidQueryException("Номер страницы (page) начинается с 1.");
        }
        int offset = (p - 1) * pageSize();
        if (offset + pageSize() > MAX_WINDOW) {
            throw new InvalidQueryException("Постраничный просмотр по номеру страницы ограничен первыми " + MAX_WINDOW
                    + " результатами; листайте дальше по курсору next (параметр after).");
        }
        return offset;
    }

    public SortOrder sortOrder() {
        if (sort == null || sort.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("Сортировка (sort) бывает relevance, date или deadline, а не «" + sort + "».");
        }
    }

    @Nullable
    public LocalDate date(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Дата " + name + " должна быть в виде ГГГГ-ММ-ДД, а не «" + value + "».");
        }
    }
}
